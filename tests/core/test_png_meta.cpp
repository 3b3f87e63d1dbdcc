// PNG text chunks and image reading: round trips, tEXt/zTXt from plain libpng, corrupt and truncated files.
#include <png.h>

#include <QTemporaryDir>
#include <QtTest>

#include <csetjmp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "clue/png_meta.h"

namespace {

struct PlainText {
    std::string key, text;
    bool compressed = false;
};

/// Writes a PNG with plain libpng: tEXt/zTXt chunks before IDAT (`before`) and after it (`after`).
bool write_plain_png(const std::string& path, int w, int h, int color_type, int bit_depth,
                     const std::vector<unsigned char>& pixels, const std::vector<PlainText>& before,
                     const std::vector<PlainText>& after) {
    std::FILE* fp = std::fopen(path.c_str(), "wb");
    if (!fp) return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    const size_t stride = pixels.size() / h;
    std::vector<png_bytep> rows(h);
    for (int y = 0; y < h; ++y) rows[y] = const_cast<png_bytep>(pixels.data() + y * stride);
    std::vector<png_text> t1(before.size()), t2(after.size());
    auto fill = [](std::vector<png_text>& t, const std::vector<PlainText>& src) {
        for (size_t i = 0; i < src.size(); ++i) {
            t[i] = png_text{};
            t[i].compression = src[i].compressed ? PNG_TEXT_COMPRESSION_zTXt : PNG_TEXT_COMPRESSION_NONE;
            t[i].key = const_cast<char*>(src[i].key.c_str());
            t[i].text = const_cast<char*>(src[i].text.c_str());
            t[i].text_length = src[i].text.size();
        }
    };
    fill(t1, before);
    fill(t2, after);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        std::fclose(fp);
        return false;
    }
    png_init_io(png, fp);
    png_set_IHDR(png, info, w, h, bit_depth, color_type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (!t1.empty()) png_set_text(png, info, t1.data(), static_cast<int>(t1.size()));
    png_write_info(png, info);
    png_write_image(png, rows.data());
    if (!t2.empty()) png_set_text(png, info, t2.data(), static_cast<int>(t2.size()));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return std::fclose(fp) == 0;
}

std::vector<char> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void write_bytes(const std::string& path, const char* data, size_t n) {
    std::ofstream out(path, std::ios::binary);
    out.write(data, static_cast<std::streamsize>(n));
}

clue::Image pattern(int w, int h, int c) {
    clue::Image im = clue::Image::blank(w, h, c);
    for (size_t i = 0; i < im.pixels.size(); ++i) im.pixels[i] = static_cast<std::uint8_t>((i * 37 + 11) % 256);
    return im;
}

}  // namespace

class TestPngMeta : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::string file(const char* name) const { return dir_.filePath(name).toStdString(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void roundTripRgbAndChunks() {
        const std::string path = file("rgb.png");
        const clue::Image im = pattern(7, 5, 3);
        clue::PngText text;
        text.parameters = "ein Kätzchen, 猫 ☕\nzweite Zeile: \"quoted\"\nNegative prompt: blurry\n"
                          "Steps: 20, Sampler: Euler a, CFG scale: 7";
        text.clue_json = R"({"recipe":{"prompt":"café ☕"},"style":[0.5,-1.25]})";
        text.other["Software"] = "CLUE Studio";
        auto st = clue::write_png(path, im, text);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().detail.c_str());

        auto got = clue::read_png_text(path);
        QVERIFY2(got.ok(), got.ok() ? "" : got.error().detail.c_str());
        QCOMPARE(got->parameters, text.parameters);
        QCOMPARE(got->clue_json, text.clue_json);
        QCOMPARE(got->other.size(), size_t(1));
        QCOMPARE(got->other.at("Software"), std::string("CLUE Studio"));

        auto back = clue::read_image(path);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back->width, 7);
        QCOMPARE(back->height, 5);
        QCOMPARE(back->channels, 3);
        QVERIFY(back->pixels == im.pixels);

        // the temp file is gone; overwriting an existing file works
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir_.path().toStdString()),
                               std::filesystem::directory_iterator{}),
                 1);
        text.parameters = "second";
        QVERIFY(clue::write_png(path, im, text).ok());
        QCOMPARE(clue::read_png_text(path)->parameters, std::string("second"));
    }

    void rgbaAndGrayReadAsRgb() {
        const clue::Image rgba = pattern(4, 3, 4);
        QVERIFY(clue::write_png(file("rgba.png"), rgba, {}).ok());
        auto a = clue::read_image(file("rgba.png"));
        QVERIFY(a.ok());
        QCOMPARE(a->channels, 3);
        for (int i = 0; i < 12; ++i)
            for (int c = 0; c < 3; ++c) QCOMPARE(a->pixels[i * 3 + c], rgba.pixels[i * 4 + c]);

        const clue::Image gray = pattern(3, 2, 1);
        QVERIFY(clue::write_png(file("gray.png"), gray, {}).ok());
        auto g = clue::read_image(file("gray.png"));
        QVERIFY(g.ok());
        QCOMPARE(g->channels, 3);
        for (int i = 0; i < 6; ++i)
            for (int c = 0; c < 3; ++c) QCOMPARE(g->pixels[i * 3 + c], gray.pixels[i]);
        auto t = clue::read_png_text(file("gray.png"));
        QVERIFY(t.ok());
        QVERIFY(t->parameters.empty() && t->clue_json.empty() && t->other.empty());
    }

    void sixteenBitIsScaledTo8Bit() {
        const std::string path = file("gray16.png");
        const std::vector<unsigned char> px = {0xFF, 0xFF, 0x80, 0x80, 0x00, 0x00};  // big-endian samples
        QVERIFY(write_plain_png(path, 3, 1, PNG_COLOR_TYPE_GRAY, 16, px, {}, {}));
        auto im = clue::read_image(path);
        QVERIFY2(im.ok(), im.ok() ? "" : im.error().detail.c_str());
        QVERIFY(im->pixels == (std::vector<std::uint8_t>{255, 255, 255, 128, 128, 128, 0, 0, 0}));
    }

    void readsPlainTextAndZtxtChunks() {
        const std::string path = file("plain.png");
        const std::vector<unsigned char> px(2 * 2 * 3, 100);
        // tEXt is Latin-1: "caf\xe9" must come back as UTF-8 "café"
        QVERIFY(write_plain_png(path, 2, 2, PNG_COLOR_TYPE_RGB, 8, px,
                                {{"parameters", "a caf\xe9\nSteps: 20, Sampler: Euler, Seed: 1"},
                                 {"prompt", R"({"3": {"class_type": "KSampler"}})", true}},
                                {{"clue", R"({"late": true})", true}, {"Comment", "after IDAT"}}));
        auto t = clue::read_png_text(path);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().detail.c_str());
        QCOMPARE(t->parameters, std::string("a café\nSteps: 20, Sampler: Euler, Seed: 1"));
        QCOMPARE(t->other.at("prompt"), std::string(R"({"3": {"class_type": "KSampler"}})"));
        QCOMPARE(t->clue_json, std::string(R"({"late": true})"));
        QCOMPARE(t->other.at("Comment"), std::string("after IDAT"));
        // UTF-8 wrongly stored in tEXt (sd.cpp and others) is kept as is
        QVERIFY(write_plain_png(path, 2, 2, PNG_COLOR_TYPE_RGB, 8, px, {{"parameters", "caf\xc3\xa9"}}, {}));
        QCOMPARE(clue::read_png_text(path)->parameters, std::string("café"));
    }

    void truncatedAndCorruptFilesGiveErrors() {
        const std::string good = file("good.png");
        QVERIFY(clue::write_png(good, pattern(64, 64, 3), {"Steps: 20", "{}", {}}).ok());
        const std::vector<char> bytes = read_bytes(good);
        QVERIFY(bytes.size() > 200);
        for (size_t cut : {size_t(20), size_t(60), bytes.size() / 2, bytes.size() - 12, bytes.size() - 1}) {
            const std::string bad = file("truncated.png");
            write_bytes(bad, bytes.data(), cut);
            auto t = clue::read_png_text(bad);
            QVERIFY2(!t.ok(), qPrintable(QString("cut at %1").arg(cut)));
            QCOMPARE(t.error().code, clue::Errc::FileTruncated);
            QVERIFY(t.error().detail.find(bad) != std::string::npos);
            auto im = clue::read_image(bad);
            QVERIFY2(!im.ok(), qPrintable(QString("cut at %1").arg(cut)));
            QCOMPARE(im.error().code, clue::Errc::FileTruncated);
            QVERIFY2(im.error().detail.find(bad) != std::string::npos, im.error().detail.c_str());
        }
        std::vector<char> flipped = bytes;  // corrupt IDAT data: CRC error in a critical chunk
        flipped[flipped.size() / 2] ^= 0x5A;
        write_bytes(file("corrupt.png"), flipped.data(), flipped.size());
        auto c = clue::read_png_text(file("corrupt.png"));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, clue::Errc::BadFormat);
        QVERIFY(!clue::read_image(file("corrupt.png")).ok());

        write_bytes(file("notpng.png"), "hello world, not an image", 25);
        QCOMPARE(clue::read_png_text(file("notpng.png")).error().code, clue::Errc::BadFormat);
        auto n = clue::read_image(file("notpng.png"));
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, clue::Errc::BadFormat);
        write_bytes(file("empty.png"), "", 0);
        QVERIFY(!clue::read_image(file("empty.png")).ok());
        QVERIFY(!clue::read_png_text(file("empty.png")).ok());

        QCOMPARE(clue::read_png_text(file("missing.png")).error().code, clue::Errc::FileNotFound);
        auto m = clue::read_image(file("missing.png"));
        QCOMPARE(m.error().code, clue::Errc::FileNotFound);
        QVERIFY(m.error().detail.find("missing.png") != std::string::npos);
    }

    void writeErrors() {
        auto st = clue::write_png(file("no/such/dir/x.png"), pattern(2, 2, 3), {});
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, clue::Errc::WriteFailed);
        QVERIFY(st.error().detail.find("x.png") != std::string::npos);

        clue::Image bad = pattern(4, 4, 3);
        bad.pixels.resize(10);
        QCOMPARE(clue::write_png(file("bad.png"), bad, {}).error().code, clue::Errc::InvalidArgument);
        QCOMPARE(clue::write_png(file("bad.png"), clue::Image{}, {}).error().code, clue::Errc::InvalidArgument);
        clue::PngText text;
        text.other[" bad keyword"] = "x";
        QCOMPARE(clue::write_png(file("bad.png"), pattern(2, 2, 3), text).error().code, clue::Errc::InvalidArgument);
        QVERIFY(!std::filesystem::exists(file("bad.png")));
    }
};

QTEST_GUILESS_MAIN(TestPngMeta)
#include "test_png_meta.moc"
