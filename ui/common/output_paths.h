#pragma once
// Where generated images go: <root>/<yyyy-MM-dd>/NNNNN-<seed>.png (A1111 habit, conventions.md §6.7).
// Safe to call from the worker thread (no shared state; the one worker makes numbering race-free).
#include <QDate>
#include <QString>

namespace OutputPaths {

/// <root>/<yyyy-MM-dd>
QString dayFolder(const QString& root, const QDate& date);

/// Next free "NNNNN-<seed>.png" in `folder`: one more than the highest number already there (00000 first).
/// Does not create anything.
QString nextImagePath(const QString& folder, qint64 seed);

}  // namespace OutputPaths
