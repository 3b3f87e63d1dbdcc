#include "views/trajectory/trajectory_export.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>

#include "clue/animation.h"
#include "clue/png_meta.h"
#include "common/image_convert.h"
#include "views/trajectory/trajectory_strip.h"

namespace TrajectoryExport {

namespace {

QString cosineText(const clue::Trajectory& t, size_t point) {
    if (point == 0 || point - 1 >= t.direction_cosine.size()) return {};
    return QString::number(t.direction_cosine[point - 1], 'f', 3);
}

clue::Error writeError(const QString& path, const QString& why) {
    return clue::Error{clue::Errc::WriteFailed, (path + QStringLiteral(": ") + why).toStdString()};
}

}  // namespace

QImage composeStrip(const clue::Trajectory& t, int steps) {
    if (t.images.empty()) return {};
    const int w = t.images.front().width, h = t.images.front().height;
    const int band = std::max(22, h / 7), gap = std::max(2, w / 64);
    const int n = int(t.images.size());
    QImage strip(n * w + (n - 1) * gap, h + band, QImage::Format_RGB32);
    strip.fill(Qt::white);
    QPainter p(&strip);
    QFont font = p.font();
    font.setPixelSize(std::max(10, band * 9 / 20));
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        const int x = i * (w + gap);
        p.drawImage(QRect(x, 0, w, h), toQImage(t.images[size_t(i)]));
        const int lambda = size_t(i) < t.swap_steps.size() ? t.swap_steps[size_t(i)] : -1;
        QString label = TrajectoryStrip::lambdaText(lambda, steps);
        if (const QString c = cosineText(t, size_t(i)); !c.isEmpty()) label += QStringLiteral(" · cos ") + c;
        p.drawText(QRect(x, h, w, band), Qt::AlignCenter, QFontMetrics(font).elidedText(label, Qt::ElideRight, w));
    }
    return strip;
}

QString csvText(const clue::Trajectory& t) {
    QString csv = QStringLiteral("point,lambda,direction_cosine,turn_cosine\n");
    for (size_t i = 0; i < t.swap_steps.size(); ++i) {
        // step_cosine[j] is the turn at control point j + 1 (between the segments before and after it).
        const QString turn = i >= 1 && i - 1 < t.step_cosine.size() ? QString::number(t.step_cosine[i - 1], 'f', 6) : QString();
        const QString dir = i >= 1 && i - 1 < t.direction_cosine.size() ? QString::number(t.direction_cosine[i - 1], 'f', 6)
                                                                          : QString();
        csv += QStringLiteral("%1,%2,%3,%4\n").arg(i).arg(t.swap_steps[i]).arg(dir, turn);
    }
    return csv;
}

clue::Result<QStringList> write(const clue::Trajectory& t, int steps, const QString& folder, int parts, int gifDelayMs) {
    QStringList written;
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) return writeError(folder, QStringLiteral("cannot create the folder"));
    if (parts & Strip) {
        const QString path = dir.filePath(QStringLiteral("strip.png"));
        const QImage strip = composeStrip(t, steps);
        if (strip.isNull()) return clue::Error{clue::Errc::InvalidArgument, "trajectory: no images to export"};
        if (auto s = clue::write_png(path.toStdString(), fromQImage(strip), clue::PngText{}); !s) return s.error();
        written << path;
    }
    if (parts & Frames) {
        QDir frames(dir.filePath(QStringLiteral("frames")));
        if (!frames.mkpath(QStringLiteral("."))) return writeError(frames.path(), QStringLiteral("cannot create the folder"));
        const int k = int(t.frames.size());
        for (int i = 0; i < k; ++i) {
            const QString path = frames.filePath(QStringLiteral("frame_%1.png").arg(i, 3, 10, QLatin1Char('0')));
            clue::PngText text;
            text.other["trajectory"] = QStringLiteral("Bezier frame %1 of %2, t = %3")
                                           .arg(i + 1).arg(k).arg(k > 1 ? double(i) / (k - 1) : 0.0, 0, 'f', 6)
                                           .toStdString();
            if (auto s = clue::write_png(path.toStdString(), t.frames[size_t(i)], text); !s) return s.error();
            written << path;
        }
    }
    if (parts & Gif) {
        const QString path = dir.filePath(QStringLiteral("trajectory.gif"));
        if (auto s = clue::write_animated_gif(path.toStdString(), t.frames, gifDelayMs, true); !s) return s.error();
        written << path;
    }
    if (parts & Csv) {
        const QString path = dir.filePath(QStringLiteral("trajectory.csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return writeError(path, file.errorString());
        file.write(csvText(t).toUtf8());
        if (!file.commit()) return writeError(path, file.errorString());
        written << path;
    }
    return written;
}

}  // namespace TrajectoryExport
