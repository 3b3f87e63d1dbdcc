#include "models/gallery_model.h"

#include <QMimeData>
#include <QUrl>

GalleryModel::GalleryModel(QObject* parent) : QAbstractListModel(parent) {}

int GalleryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant GalleryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& entry = m_entries.at(index.row());
    const GalleryItem& item = entry.item;
    switch (role) {
    case Qt::DisplayRole: return item.seed >= 0 ? QString::number(item.seed) : QString();
    case Qt::DecorationRole: return entry.thumbnail;
    case Qt::ToolTipRole:
        // Rich text so that Qt wraps the long infotext line.
        return QStringLiteral("<p>%1</p>").arg(item.infotext.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                                        QStringLiteral("<br>")));
    case ImageRole: return item.image;
    case FilePathRole: return item.filePath;
    case InfotextRole: return item.infotext;
    case ClueJsonRole: return item.clueJson;
    case SeedRole: return item.seed;
    default: return {};
    }
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid()) result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList GalleryModel::mimeTypes() const {
    return {QStringLiteral("text/uri-list"), QStringLiteral("application/x-qt-image")};
}

QMimeData* GalleryModel::mimeData(const QModelIndexList& indexes) const {
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.row() >= m_entries.size()) continue;
        const GalleryItem& item = m_entries.at(index.row()).item;
        if (!item.filePath.isEmpty()) urls.append(QUrl::fromLocalFile(item.filePath));
        if (!mime->hasImage()) mime->setImageData(item.image);
    }
    if (!urls.isEmpty()) mime->setUrls(urls);
    return mime;
}

QHash<int, QByteArray> GalleryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ImageRole, "image");
    names.insert(FilePathRole, "filePath");
    names.insert(InfotextRole, "infotext");
    names.insert(ClueJsonRole, "clueJson");
    names.insert(SeedRole, "seed");
    return names;
}

void GalleryModel::prepend(const GalleryItem& item) {
    Entry entry{item, {}};
    if (!item.image.isNull())
        entry.thumbnail = QPixmap::fromImage(item.image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                                               Qt::SmoothTransformation));
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
    trim();
}

const GalleryItem& GalleryModel::item(int row) const { return m_entries.at(row).item; }

void GalleryModel::clear() {
    if (m_entries.isEmpty()) return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void GalleryModel::setMaxItems(int maxItems) {
    m_maxItems = qMax(1, maxItems);
    trim();
}

void GalleryModel::trim() {
    if (m_entries.size() <= m_maxItems) return;
    beginRemoveRows(QModelIndex(), m_maxItems, int(m_entries.size()) - 1);
    m_entries.erase(m_entries.begin() + m_maxItems, m_entries.end());
    endRemoveRows();
}
