#include "common/output_paths.h"

#include <QDir>
#include <QRegularExpression>

namespace OutputPaths {

QString dayFolder(const QString& root, const QDate& date) {
    return QDir(root).filePath(date.toString(QStringLiteral("yyyy-MM-dd")));
}

QString nextImagePath(const QString& folder, qint64 seed) {
    static const QRegularExpression numbered(QStringLiteral("^(\\d{5,})-"));
    int next = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = numbered.match(name);
        if (match.hasMatch()) next = qMax(next, match.captured(1).toInt() + 1);
    }
    return dir.filePath(QStringLiteral("%1-%2.png").arg(next, 5, 10, QLatin1Char('0')).arg(seed));
}

}  // namespace OutputPaths
