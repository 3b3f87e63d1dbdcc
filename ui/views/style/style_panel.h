#pragma once
// The Style view's group in the Parameters dock: class / prompt picker, noise seed, style strength
// and guidance, the kind of style components (raw dimensions or PCA directions) and their sliders
// (−3…3, step 0.1), and Sample style / Encode from image / Reset / Copy / Paste. It holds no style
// vector: the view owns `s` and sets the slider positions.
#include <QList>
#include <QWidget>

#include <map>

#include <string>
#include <vector>

#include "clue/style.h"

class LabeledSlider;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

class StylePanel : public QWidget {
    Q_OBJECT

public:
    explicit StylePanel(QWidget* parent = nullptr);

    /// The model's classes and prompt template (from ModelInfo); fills the class picker.
    void setPromptChoices(const std::vector<std::string>& classes, const QString& promptTemplate,
                          const std::map<std::string, std::string>& classPrompts = {});
    /// "{class}" in `promptTemplate` replaced by `className`; the class alone when there is no template.
    static QString promptForClass(const QString& promptTemplate, const QString& className);

    QString prompt() const;
    void setPrompt(const QString& prompt);
    qint64 seed() const;
    void setSeed(qint64 seed);
    qint64 styleSeed() const;
    double styleScale() const;
    double styleGuidance() const;
    bool livePreview() const;

    clue::StyleComponent::Kind componentKind() const;
    void setPcaAvailable(bool available);
    int componentCount() const;

    /// One slider per component, labelled with component.label(); values start at 0.
    void setComponents(const std::vector<clue::StyleComponent>& components);
    /// Moves the sliders without signals (after Sample / Encode / Paste / Reset).
    void setSliderValues(const std::vector<double>& values);
    int sliderCount() const { return int(m_sliders.size()); }
    LabeledSlider* slider(int index) const { return m_sliders.value(index); }

    QComboBox* classCombo() const { return m_class; }
    QComboBox* kindCombo() const { return m_kind; }

Q_SIGNALS:
    /// The user moved slider `index` to `value`.
    void componentMoved(int index, double value);
    /// Prompt, seed, strength or guidance changed (a new preview is due).
    void settingsChanged();
    /// The kind or the number of components changed (the view rebuilds the sliders).
    void componentsWanted();
    void sampleRequested();
    void encodeRequested();
    void resetRequested();
    void copyRequested();
    void pasteRequested();

private:
    std::vector<std::string> m_classNames;
    QString m_template;
    std::map<std::string, std::string> m_classPrompts;  ///< class → its text for {class} (clue.json)
    QString classPrompt(const QString& className) const;
    QComboBox* m_class;
    QLineEdit* m_prompt;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_scale;
    QDoubleSpinBox* m_guidance;
    QComboBox* m_kind;
    QSpinBox* m_count;
    QCheckBox* m_live;
    QVBoxLayout* m_sliderLayout;
    QList<LabeledSlider*> m_sliders;
    QSpinBox* m_styleSeed;
};
