#pragma once
// The Trajectory view's strip: one thumbnail per control point of the trajectory (the neutral image first, then
// λ = 45, 40, … towards the strongest edit) with λ and the direction cosine under it. During a run it shows one
// placeholder per λ that follows the progress; the images arrive with the finished trajectory.
#include <QList>
#include <QListWidget>

#include "clue/trajectory.h"

class TrajectoryStrip : public QListWidget {
    Q_OBJECT

public:
    explicit TrajectoryStrip(QWidget* parent = nullptr);

    /// One placeholder per control point (`steps` = the neutral image, no swap).
    void showPending(const QList<int>& swapSteps, int steps);
    /// The control points before `done` are computed, `done` is running (from the job's progress).
    void markProgress(int done);
    /// The finished trajectory: thumbnails, λ and direction cosines.
    void setTrajectory(const clue::Trajectory& trajectory, int steps);
    /// Removes everything (a new model, a cancelled run).
    void clearStrip();
    /// How many thumbnails show an image (not a placeholder).
    int thumbnailCount() const { return m_images; }

    /// "neutral" for λ = steps, else "λ = 45"; the caption's second line is the cosine ("cos 0.982").
    static QString lambdaText(int lambda, int steps);

Q_SIGNALS:
    /// A thumbnail was clicked: the index of its control point.
    void pointClicked(int index);

private:
    QIcon placeholder(const QString& text) const;

    int m_images = 0;
    int m_done = -1;
};
