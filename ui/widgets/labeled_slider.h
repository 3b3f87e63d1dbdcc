#pragma once
// A labelled slider over a real range (−3…3 in steps of 0.1 for style components): name on the left,
// the value on the right. QSlider counts whole ticks; this widget maps ticks <-> values.
#include <QWidget>

class QLabel;
class QSlider;

class LabeledSlider : public QWidget {
    Q_OBJECT

public:
    explicit LabeledSlider(QWidget* parent = nullptr);

    /// Range and step in value units (default −3…3, step 0.1).
    void setRange(double minimum, double maximum, double step);
    void setLabel(const QString& text);
    QString label() const;

    double value() const;
    /// Rounds to the step and clamps to the range; emits valueChanged only when `notify` is true.
    void setValue(double value, bool notify = false);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    double step() const { return m_step; }

    QSlider* slider() const { return m_slider; }
    /// Tick <-> value (exposed for tests).
    int toTicks(double value) const;
    double fromTicks(int ticks) const;

Q_SIGNALS:
    /// The user moved the slider (or setValue(…, true)).
    void valueChanged(double value);

private:
    void updateValueText();

    QLabel* m_label;
    QSlider* m_slider;
    QLabel* m_valueLabel;
    double m_minimum = -3.0;
    double m_maximum = 3.0;
    double m_step = 0.1;
    bool m_silent = false;
};
