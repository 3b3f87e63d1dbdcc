#include "views/trajectory/trajectory_strip.h"

#include <QPainter>
#include <QPixmap>

#include "common/image_convert.h"

namespace {

constexpr int kThumb = 96;

}  // namespace

TrajectoryStrip::TrajectoryStrip(QWidget* parent) : QListWidget(parent) {
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(kThumb, kThumb));
    const int textHeight = 2 * fontMetrics().lineSpacing() + 6;
    setGridSize(QSize(kThumb + 28, kThumb + textHeight + 8));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(gridSize().height() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * frameWidth() + 4);
    setToolTip(tr("One image per swap step λ, the neutral image first; under each: λ and the cosine between its "
                  "latent direction and the strongest edit's. Click one to show it."));
    setAccessibleName(tr("Trajectory strip"));
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { Q_EMIT pointClicked(row(item)); });
}

QString TrajectoryStrip::lambdaText(int lambda, int steps) {
    return lambda >= steps ? tr("neutral") : tr("λ = %1").arg(lambda);
}

QIcon TrajectoryStrip::placeholder(const QString& text) const {
    QPixmap pixmap(kThumb, kThumb);
    pixmap.fill(palette().color(QPalette::AlternateBase));
    QPainter p(&pixmap);
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(pixmap.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return QIcon(pixmap);
}

void TrajectoryStrip::showPending(const QList<int>& swapSteps, int steps) {
    clearStrip();
    QList<int> points{steps};
    points += swapSteps;
    for (int lambda : points) {
        auto* item = new QListWidgetItem(placeholder(tr("waiting")), lambdaText(lambda, steps) + QLatin1Char('\n'), this);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setData(Qt::UserRole, lambda);
    }
    markProgress(0);
}

void TrajectoryStrip::markProgress(int done) {
    if (m_images > 0 || done == m_done) return;  // the finished strip has images instead of placeholders
    m_done = done;
    for (int i = 0; i < count(); ++i) {
        const QString state = i < done ? tr("computed") : i == done ? tr("running …") : tr("waiting");
        item(i)->setIcon(placeholder(state));
    }
    if (done >= 0 && done < count()) scrollToItem(item(done));
}

void TrajectoryStrip::setTrajectory(const clue::Trajectory& t, int steps) {
    clearStrip();
    for (size_t i = 0; i < t.images.size(); ++i) {
        const int lambda = i < t.swap_steps.size() ? t.swap_steps[i] : -1;
        const QImage image = toQImage(t.images[i]);
        const QPixmap pixmap = QPixmap::fromImage(image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        // direction_cosine[i − 1] belongs to control point i (the neutral image has no direction of its own).
        const QString cosine = i == 0 || i - 1 >= t.direction_cosine.size()
                                   ? tr("no swap")
                                   : tr("cos %1").arg(t.direction_cosine[i - 1], 0, 'f', 3);
        auto* item = new QListWidgetItem(QIcon(pixmap), lambdaText(lambda, steps) + QLatin1Char('\n') + cosine, this);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setData(Qt::UserRole, lambda);
        item->setToolTip(lambda >= steps ? tr("The neutral image: the neutral prompt for all %1 steps").arg(steps)
                         : lambda <= 0   ? tr("The attribute prompt for all %1 steps").arg(steps)
                                         : tr("The neutral prompt for steps 1–%1, the attribute prompt for steps %2–%3")
                                               .arg(lambda).arg(lambda + 1).arg(steps));
        ++m_images;
    }
    if (count() > 0) scrollToItem(item(0));
}

void TrajectoryStrip::clearStrip() {
    clear();
    m_images = 0;
    m_done = -1;
}
