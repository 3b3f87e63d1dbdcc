#pragma once
// Exports of a finished trajectory (issue #5): the strip as one labelled PNG, the Bézier frames as PNGs, an animated
// GIF of the frames (clue::write_animated_gif) and a CSV of λ and the cosines. Plain functions without shared state:
// the view runs them as a job on the device worker (the GUI thread never waits on file writing).
#include <QImage>
#include <QString>
#include <QStringList>

#include "clue/result.h"
#include "clue/trajectory.h"

namespace TrajectoryExport {

enum Part { Strip = 1, Frames = 2, Gif = 4, Csv = 8, All = Strip | Frames | Gif | Csv };

/// The control-point images side by side, each with "neutral" / "λ = 45 · cos 0.982" in a band under it.
QImage composeStrip(const clue::Trajectory& trajectory, int steps);
/// "point,lambda,direction_cosine,turn_cosine" and one row per control point (empty where a cosine is undefined).
QString csvText(const clue::Trajectory& trajectory);
/// Writes the `parts` into `folder` (created when missing): strip.png, frames/frame_000.png …, trajectory.gif,
/// trajectory.csv. Returns the written paths.
clue::Result<QStringList> write(const clue::Trajectory& trajectory, int steps, const QString& folder, int parts,
                                int gifDelayMs = 100);

}  // namespace TrajectoryExport
