#pragma once
// The Trajectory view's timeline (ui.md "swap step"): the scheduler steps 0 … N from left (pure noise) to right
// (the clean image), with one marker per swap step λ (the neutral prompt conditions steps 0 … λ−1, the attribute
// prompt the rest). Drag a marker to move it, click an empty place to add one, right-click a marker to remove it.
// Keyboard: Left/Right move the selected marker (Ctrl: by 5), Up/Down select another, Insert/+ adds one in the
// widest gap, Delete/− removes the selected one. The value logic (add, remove, move, rescale) is public and works
// without painting, for tests.
#include <QList>
#include <QWidget>

class SwapTimeline : public QWidget {
    Q_OBJECT

public:
    explicit SwapTimeline(QWidget* parent = nullptr);

    /// N, the number of scheduler steps (≥ 1). Markers keep their relative place (rescaled()).
    void setSteps(int steps);
    int steps() const { return m_steps; }

    /// The swap steps, descending (neutral end first, the authors' order 45, 40, …, 5); each in 0 … N−1, unique.
    QList<int> swapSteps() const { return m_swapSteps; }
    /// Replaces the markers (normalised); emits swapStepsChanged when they differ.
    void setSwapSteps(const QList<int>& steps);

    /// Adds a marker at `step`; false when outside 0 … N−1 or already there.
    bool addStep(int step);
    /// Removes the marker at `step`; false when there is none or it is the last one (a trajectory needs one).
    bool removeStep(int step);
    /// Moves the marker at `from` towards `to` (clamped to 0 … N−1); a place taken by another marker is skipped
    /// over in the direction of the move, or the marker stays. Returns where the marker is now (−1: no marker).
    int moveStep(int from, int to);
    /// Adds a marker in the middle of the widest free gap; returns it (−1 when every step is taken).
    int addInWidestGap();

    /// The selected marker's step (keyboard and highlight), −1 when none.
    int selectedStep() const { return m_selected; }
    void setSelectedStep(int step);

    /// Sorted descending, unique, clamped to 0 … steps−1 (out-of-range values are dropped, not clamped).
    static QList<int> normalized(const QList<int>& steps, int stepCount);
    /// Moves swap steps from an N-step schedule to an M-step one at the same relative place (rounded, unique).
    static QList<int> rescaled(const QList<int>& steps, int oldCount, int newCount);
    /// "45, 40, 35" and back; parse() ignores empty items and returns false for anything but integers.
    static QString format(const QList<int>& steps);
    static bool parse(const QString& text, QList<int>* steps);

    /// Geometry (exposed for tests): the x of a step, the step nearest to x, the marker under a point (−1: none).
    int xForStep(int step) const;
    int stepAtX(int x) const;
    int markerAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Any change of the markers (also while dragging).
    void swapStepsChanged(const QList<int>& steps);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void changed();
    QRect axisRect() const;

    int m_steps = 50;
    QList<int> m_swapSteps;
    int m_selected = -1;
    int m_dragging = -1;  ///< the step of the marker being dragged, −1 when none
};
