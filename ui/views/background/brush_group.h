#pragma once
// The "Brush" group of the Background view's panel: add (subject) or erase (background) mode, size and feather of
// the brush, undo, redo and clear. It only holds the settings; the canvas paints, BrushLayers keeps the history.
#include <QWidget>

#include "views/background/brush_layers.h"

class QSlider;
class QSpinBox;
class QToolButton;

class BrushGroup : public QWidget {
    Q_OBJECT

public:
    explicit BrushGroup(QWidget* parent = nullptr);

    BrushLayers::Mode mode() const;
    void setMode(BrushLayers::Mode mode);
    /// Radius in reference pixels (half the size shown).
    double radius() const;
    int size() const;
    void setBrushSize(int pixels);
    /// 0…1: the share of the radius that fades out.
    double feather() const;
    void setFeather(double feather);
    void setHistory(bool canUndo, bool canRedo, bool canClear);

    QToolButton* addButton() const { return m_add; }
    QToolButton* eraseButton() const { return m_erase; }
    QToolButton* undoButton() const { return m_undo; }
    QToolButton* redoButton() const { return m_redo; }
    QToolButton* clearButton() const { return m_clear; }

Q_SIGNALS:
    void brushChanged();
    void undoRequested();
    void redoRequested();
    void clearRequested();

private:
    QToolButton* m_add;
    QToolButton* m_erase;
    QSpinBox* m_size;
    QSlider* m_feather;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QToolButton* m_clear;
};
