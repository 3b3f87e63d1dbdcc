#pragma once
// Results of this session, newest first, with the parameters they were made with.
#include <QAbstractListModel>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QString>

struct GalleryItem {
    QImage image;
    QString filePath;  ///< the saved PNG; empty when saving failed
    QString infotext;  ///< A1111 `parameters` text
    QString clueJson;  ///< our provenance JSON
    qint64 seed = -1;
    QDateTime created = QDateTime::currentDateTime();
};

class GalleryModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ImageRole = Qt::UserRole + 1,
        FilePathRole,
        InfotextRole,
        ClueJsonRole,
        SeedRole,
    };
    static constexpr int kThumbnailSize = 96;

    explicit GalleryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    /// File URLs of the saved PNGs (drag out to a file manager) and the first image itself.
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Inserts at the top (row 0); drops the oldest beyond maxItems().
    void prepend(const GalleryItem& item);
    const GalleryItem& item(int row) const;
    void clear();

    int maxItems() const { return m_maxItems; }
    void setMaxItems(int maxItems);

private:
    struct Entry {
        GalleryItem item;
        QPixmap thumbnail;
    };
    void trim();

    QList<Entry> m_entries;
    int m_maxItems = 200;
};
