#include "widgets/labeled_slider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

LabeledSlider::LabeledSlider(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_valueLabel(new QLabel(this)) {
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("dim 1023 ")));
    m_valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("−3.00")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_valueLabel);
    connect(m_slider, &QSlider::valueChanged, this, [this](int ticks) {
        updateValueText();
        if (!m_silent) Q_EMIT valueChanged(fromTicks(ticks));
    });
    setRange(-3.0, 3.0, 0.1);
}

void LabeledSlider::setRange(double minimum, double maximum, double step) {
    m_minimum = minimum;
    m_maximum = maximum;
    m_step = step > 0 ? step : 0.1;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, int(std::lround((m_maximum - m_minimum) / m_step)));
    m_slider->setPageStep(qMax(1, m_slider->maximum() / 12));
    m_slider->setValue(toTicks(0.0));
    updateValueText();
}

void LabeledSlider::setLabel(const QString& text) { m_label->setText(text); }

QString LabeledSlider::label() const { return m_label->text(); }

int LabeledSlider::toTicks(double value) const {
    const double clamped = qBound(m_minimum, value, m_maximum);
    return int(std::lround((clamped - m_minimum) / m_step));
}

double LabeledSlider::fromTicks(int ticks) const {
    // Round away the binary noise of min + ticks·step (−3 + 30·0.1 must be exactly 0).
    const double raw = m_minimum + double(ticks) * m_step;
    return std::round(raw * 1e6) / 1e6;
}

double LabeledSlider::value() const { return fromTicks(m_slider->value()); }

void LabeledSlider::setValue(double value, bool notify) {
    m_silent = !notify;
    m_slider->setValue(toTicks(value));
    m_silent = false;
    updateValueText();
}

void LabeledSlider::updateValueText() {
    const double v = value();
    m_valueLabel->setText(QString::number(v, 'f', 1));
}
