// clue::Image <-> QImage: RGB, gray and RGBA, odd widths (QImage rows are 4-byte aligned), empty images.
#include <QTest>

#include "common/image_convert.h"

class TestImageConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rgbOddWidthRoundTrip();
    void grayAndRgba();
    void emptyAndInvalid();
    void fromQImageConvertsFormats();
};

void TestImageConvert::rgbOddWidthRoundTrip() {
    clue::Image image = clue::Image::blank(5, 3, 3);  // 15 bytes per row: QImage pads to 16
    for (size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = std::uint8_t(i * 7);
    const QImage q = toQImage(image);
    QCOMPARE(q.format(), QImage::Format_RGB888);
    QCOMPARE(q.size(), QSize(5, 3));
    const QRgb p = q.pixel(4, 2);  // last pixel: bytes 42, 43, 44
    QCOMPARE(qRed(p), (42 * 7) & 0xff);
    QCOMPARE(qGreen(p), (43 * 7) & 0xff);
    QCOMPARE(qBlue(p), (44 * 7) & 0xff);
    const clue::Image back = fromQImage(q);
    QCOMPARE(back.width, 5);
    QCOMPARE(back.height, 3);
    QCOMPARE(back.channels, 3);
    QVERIFY(back.pixels == image.pixels);
}

void TestImageConvert::grayAndRgba() {
    clue::Image gray = clue::Image::blank(3, 2, 1);
    gray.pixels = {0, 50, 100, 150, 200, 250};
    const QImage g = toQImage(gray);
    QCOMPARE(g.format(), QImage::Format_Grayscale8);
    QCOMPARE(qGray(g.pixel(1, 1)), 200);

    clue::Image rgba = clue::Image::blank(2, 1, 4);
    rgba.pixels = {10, 20, 30, 40, 50, 60, 70, 255};
    const QImage q = toQImage(rgba);
    QCOMPARE(q.format(), QImage::Format_RGBA8888);
    const clue::Image back = fromQImage(q, 4);
    QCOMPARE(back.channels, 4);
    QVERIFY(back.pixels == rgba.pixels);
}

void TestImageConvert::emptyAndInvalid() {
    QVERIFY(toQImage(clue::Image{}).isNull());
    clue::Image twoChannels = clue::Image::blank(2, 2, 2);
    QVERIFY(toQImage(twoChannels).isNull());
    clue::Image truncated = clue::Image::blank(4, 4, 3);
    truncated.pixels.resize(10);
    QVERIFY(toQImage(truncated).isNull());
    QVERIFY(fromQImage(QImage()).empty());
}

void TestImageConvert::fromQImageConvertsFormats() {
    QImage argb(3, 3, QImage::Format_ARGB32);
    argb.fill(QColor(1, 2, 3));
    const clue::Image rgb = fromQImage(argb);
    QCOMPARE(rgb.channels, 3);
    QCOMPARE(int(rgb.pixels.size()), 27);
    QCOMPARE(int(rgb.pixels[0]), 1);
    QCOMPARE(int(rgb.pixels[1]), 2);
    QCOMPARE(int(rgb.pixels[2]), 3);
}

QTEST_MAIN(TestImageConvert)
#include "tst_image_convert.moc"
