// GalleryModel: newest first, roles, thumbnails, cap, drag-out MIME data; checked by QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include "models/gallery_model.h"

namespace {

GalleryItem makeItem(qint64 seed, const QString& file = QString()) {
    GalleryItem item;
    item.image = QImage(64, 32, QImage::Format_RGB888);
    item.image.fill(QColor(int(seed % 256), 10, 20));
    item.seed = seed;
    item.filePath = file;
    item.infotext = QStringLiteral("a photo\nSteps: 20, Seed: %1, Size: 64x32").arg(seed);
    item.clueJson = QStringLiteral("{\"seed\":%1}").arg(seed);
    return item;
}

}  // namespace

class TestGalleryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void prependsNewestFirst();
    void exposesRoles();
    void thumbnailFitsTheBox();
    void dropsTheOldestBeyondTheCap();
    void mimeDataCarriesFileUrls();
    void clearResets();
};

void TestGalleryModel::startsEmpty() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestGalleryModel::prependsNewestFirst() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &GalleryModel::rowsInserted);
    model.prepend(makeItem(1));
    model.prepend(makeItem(2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);  // inserted at the top
    QCOMPARE(model.item(0).seed, 2);
    QCOMPARE(model.item(1).seed, 1);
}

void TestGalleryModel::exposesRoles() {
    GalleryModel model;
    model.prepend(makeItem(1234567890, QStringLiteral("/tmp/00001-1234567890.png")));
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("1234567890"));
    QCOMPARE(index.data(GalleryModel::SeedRole).toLongLong(), 1234567890LL);
    QCOMPARE(index.data(GalleryModel::FilePathRole).toString(), QStringLiteral("/tmp/00001-1234567890.png"));
    QVERIFY(index.data(GalleryModel::InfotextRole).toString().startsWith(QStringLiteral("a photo\n")));
    QCOMPARE(index.data(GalleryModel::ClueJsonRole).toString(), QStringLiteral("{\"seed\":1234567890}"));
    QCOMPARE(index.data(GalleryModel::ImageRole).value<QImage>().size(), QSize(64, 32));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("Seed: 1234567890")));
    QVERIFY(tip.contains(QStringLiteral("<br>")));
    QVERIFY(model.flags(index) & Qt::ItemIsDragEnabled);
    QVERIFY(!model.data(model.index(5, 0), Qt::DisplayRole).isValid());
}

void TestGalleryModel::thumbnailFitsTheBox() {
    GalleryModel model;
    model.prepend(makeItem(7));
    const QPixmap thumbnail = model.index(0, 0).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.width(), GalleryModel::kThumbnailSize);
    QCOMPARE(thumbnail.height(), GalleryModel::kThumbnailSize / 2);  // aspect ratio kept
}

void TestGalleryModel::dropsTheOldestBeyondTheCap() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxItems(3);
    for (int seed = 1; seed <= 5; ++seed) model.prepend(makeItem(seed));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.item(0).seed, 5);
    QCOMPARE(model.item(2).seed, 3);
    model.setMaxItems(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).seed, 5);
}

void TestGalleryModel::mimeDataCarriesFileUrls() {
    GalleryModel model;
    model.prepend(makeItem(1));  // not saved: no URL, image only
    model.prepend(makeItem(2, QStringLiteral("/tmp/00002-2.png")));
    QVERIFY(model.mimeTypes().contains(QStringLiteral("text/uri-list")));
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(1, 0)}));
    QVERIFY(mime);
    QCOMPARE(mime->urls().size(), 1);
    QCOMPARE(mime->urls().first(), QUrl::fromLocalFile(QStringLiteral("/tmp/00002-2.png")));
    QVERIFY(mime->hasImage());
}

void TestGalleryModel::clearResets() {
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.prepend(makeItem(1));
    QSignalSpy reset(&model, &GalleryModel::modelReset);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
    model.clear();  // nothing to do: no second reset
    QCOMPARE(reset.count(), 1);
}

QTEST_MAIN(TestGalleryModel)
#include "tst_gallery_model.moc"
