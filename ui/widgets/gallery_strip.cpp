#include "widgets/gallery_strip.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QUrl>

#include "models/gallery_model.h"

GalleryStrip::GalleryStrip(GalleryModel* model, QWidget* parent)
    : QStackedWidget(parent), m_model(model), m_view(new QListView(this)), m_empty(new QLabel(this)) {
    const int thumb = GalleryModel::kThumbnailSize;
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setMovement(QListView::Static);
    m_view->setIconSize(QSize(thumb, thumb));
    m_view->setGridSize(QSize(thumb + 16, thumb + 28));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_empty->setText(tr("Results appear here: click one to view it, double-click to reuse its parameters, "
                        "drag it out to save a copy."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    addWidget(m_empty);
    addWidget(m_view);
    setFixedHeight(thumb + 52);

    connect(m_model, &GalleryModel::rowsInserted, this, &GalleryStrip::updatePage);
    connect(m_model, &GalleryModel::rowsRemoved, this, &GalleryStrip::updatePage);
    connect(m_model, &GalleryModel::modelReset, this, &GalleryStrip::updatePage);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) { Q_EMIT viewRequested(index.row()); });
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT restoreRequested(index.row()); });
    connect(m_view, &QListView::customContextMenuRequested, this, &GalleryStrip::showContextMenu);
    updatePage();
}

void GalleryStrip::updatePage() {
    setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
}

void GalleryStrip::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) return;
    const int row = index.row();
    const GalleryItem& item = m_model->item(row);
    const QString infotext = item.infotext;
    const QString file = item.filePath;
    QMenu menu(this);
    menu.addAction(tr("Restore parameters"), this, [this, row] { Q_EMIT restoreRequested(row); });
    menu.addAction(tr("Copy parameters"), this, [infotext] { QGuiApplication::clipboard()->setText(infotext); });
    QAction* open = menu.addAction(tr("Open containing folder"), this, [file] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
    });
    open->setEnabled(!file.isEmpty());
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
