#include "views/background/brush_group.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

}  // namespace

BrushGroup::BrushGroup(QWidget* parent)
    : QWidget(parent),
      m_add(toolButton(this, tr("Add"), tr("Paint the subject: painted areas are kept (green)"))),
      m_erase(toolButton(this, tr("Erase"), tr("Paint the background: painted areas take the reference (red)"))),
      m_size(new QSpinBox(this)),
      m_feather(new QSlider(Qt::Horizontal, this)),
      m_undo(toolButton(this, tr("Undo"), tr("Undo the last stroke (Ctrl+Z)"))),
      m_redo(toolButton(this, tr("Redo"), tr("Redo the stroke undone last (Ctrl+Shift+Z)"))),
      m_clear(toolButton(this, tr("Clear"), tr("Remove every stroke (undoable)"))) {
    for (QToolButton* b : {m_add, m_erase}) b->setCheckable(true);
    auto* modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_add);
    modes->addButton(m_erase);
    m_add->setChecked(true);
    m_size->setRange(1, 512);
    m_size->setValue(24);
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Brush diameter in pixels of the reference image"));
    m_feather->setRange(0, 100);
    m_feather->setValue(50);
    m_feather->setToolTip(tr("Soft brush edge: how much of the radius fades out (the mask counts what is more than "
                             "half painted)"));

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_add);
    modeRow->addWidget(m_erase);
    modeRow->addStretch(1);
    auto* historyRow = new QHBoxLayout;
    historyRow->addWidget(m_undo);
    historyRow->addWidget(m_redo);
    historyRow->addWidget(m_clear);
    historyRow->addStretch(1);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Brush"), modeRow);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Feather"), m_feather);
    form->addRow(historyRow);  // the whole width: three buttons

    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on) Q_EMIT brushChanged();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &BrushGroup::brushChanged);
    connect(m_feather, &QSlider::valueChanged, this, &BrushGroup::brushChanged);
    connect(m_undo, &QToolButton::clicked, this, &BrushGroup::undoRequested);
    connect(m_redo, &QToolButton::clicked, this, &BrushGroup::redoRequested);
    connect(m_clear, &QToolButton::clicked, this, &BrushGroup::clearRequested);
    setHistory(false, false, false);
}

BrushLayers::Mode BrushGroup::mode() const {
    return m_erase->isChecked() ? BrushLayers::Mode::Erase : BrushLayers::Mode::Add;
}

void BrushGroup::setMode(BrushLayers::Mode mode) {
    (mode == BrushLayers::Mode::Erase ? m_erase : m_add)->setChecked(true);
}

double BrushGroup::radius() const { return m_size->value() / 2.0; }

int BrushGroup::size() const { return m_size->value(); }

void BrushGroup::setBrushSize(int pixels) { m_size->setValue(pixels); }

double BrushGroup::feather() const { return m_feather->value() / 100.0; }

void BrushGroup::setFeather(double feather) { m_feather->setValue(int(feather * 100.0 + 0.5)); }

void BrushGroup::setHistory(bool canUndo, bool canRedo, bool canClear) {
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_clear->setEnabled(canClear);
}
