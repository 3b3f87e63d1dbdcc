// Dataset scanning: a class-per-folder tree built at run time with every kind of bad file, exact skip reasons,
// the SHA-256 split (stable, name-independent, per-class guarantees), CSV manifests (RFC 4180 round trip).
#include <png.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "clue/dataset.h"
#include "clue/png_meta.h"
#include "io/image_folder/csv.h"

namespace fs = std::filesystem;

namespace {

// Made once with libjpeg (48x40, uniform colour, quality 90): test code cannot rely on an encoder, and OpenCV
// cannot write CMYK at all. The CMYK one carries the Adobe APP14 marker that Photoshop-made CMYK files have.
const char* const kRgbJpegHex =
    "ffd8ffe000104a46494600010100000100010000ffdb0043000302020302020303030304030304050805050404050a070706080c0a0c0c0b"
    "0a0b0b0d0e12100d0e110e0b0b1016101113141515150c0f171816141812141514ffdb00430103040405040509050509140d0b0d14141414"
    "14141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414ffc00011080028003003"
    "012200021101031101ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b510000201030302040305"
    "0504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a2526272829"
    "2a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a9293949596979899"
    "9aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9"
    "faffc4001f0100030101010101010101010000000000000102030405060708090a0bffc400b5110002010204040304070504040001027700"
    "0102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a3536373839"
    "3a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a92939495969798999aa2a3a4a5a6"
    "a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9faffda000c030100"
    "02110311003f00a9451457e1e7f4805145140051451400514514005145140051451400514514005145140051451401ffd9";
const char* const kCmykJpegHex =
    "ffd8ffee000e41646f626500640000000000ffdb0043000302020302020303030304030304050805050404050a070706080c0a0c0c0b0a0b"
    "0b0d0e12100d0e110e0b0b1016101113141515150c0f171816141812141514ffc000140800280030044311004d11005911004b1100ffc400"
    "1f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d0102030004"
    "1105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a43444546"
    "4748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3"
    "b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda000e0443004d005900"
    "4b00003f00fd53a2be54afd53a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28"
    "a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28affd9";
std::string from_hex(const char* hex) {
    std::string out;
    for (const char* p = hex; p[0] && p[1]; p += 2) out += char(std::stoi(std::string(p, 2), nullptr, 16));
    return out;
}

void put(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Noise image: every seed gives different bytes (so different SHA-256s).
clue::Image noise(int w, int h, std::uint32_t seed, int channels = 3) {
    clue::Image im = clue::Image::blank(w, h, channels);
    std::uint32_t s = seed * 2654435761u + 1;
    for (auto& b : im.pixels) b = std::uint8_t((s = s * 1664525u + 1013904223u) >> 24);
    return im;
}

void save_png(const fs::path& path, const clue::Image& im) {
    fs::create_directories(path.parent_path());
    QVERIFY(clue::write_png(path.string(), im, {}).ok());
}

/// 16-bit RGB PNG through plain libpng (write_png is 8-bit only); every sample is 0x8080 (-> 128).
bool png16(const fs::path& path, int w, int h) {
    std::FILE* fp = std::fopen(path.string().c_str(), "wb");
    if (!fp) return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    std::vector<unsigned char> row(size_t(w) * 6, 0x80);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        std::fclose(fp);
        return false;
    }
    png_init_io(png, fp);
    png_set_IHDR(png, info, w, h, 16, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < h; ++y) png_write_row(png, row.data());
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return std::fclose(fp) == 0;
}

std::map<std::string, std::string> reasons(const clue::Dataset& ds) {
    std::map<std::string, std::string> m;
    for (const auto& s : ds.skipped) m[s.path] = s.reason;
    return m;
}

std::uint32_t hash_key(const std::string& sha) { return std::uint32_t(std::stoul(sha.substr(0, 8), nullptr, 16)); }

class Recorder : public clue::SimpleJobContext {
public:
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override {
        stage_ = std::string(stage), done_ = done, total_ = total, ++calls_;
    }
    std::string stage_;
    std::int64_t done_ = -1, total_ = -1, calls_ = 0;
};

}  // namespace

class TestDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        root_ = fs::absolute(fs::path(dir_.path().toStdString()) / "ear").lexically_normal();
        const fs::path n = root_ / "Normal", o = root_ / "OME", c = root_ / "COM";
        for (int i = 1; i <= 6; ++i) save_png(n / ("n" + std::to_string(i) + ".png"), noise(64, 48, i));
        save_png(n / "sub" / "n7.png", noise(64, 48, 7));           // nested folders belong to their class
        save_png(n / "gray.png", noise(40, 40, 8, 1));               // 8-bit grayscale
        QVERIFY(png16(n / "deep.png", 36, 34));                      // 16-bit
        save_png(n / "small.png", noise(20, 18, 9));                 // below min_edge 32
        put(n / "zz_dup.png", slurp(n / "n1.png"));                  // sorts after n1.png: n1 is kept
        save_png(n / ".hidden.png", noise(64, 48, 10));              // hidden: ignored, not reported
        save_png(n / ".cache" / "x.png", noise(64, 48, 11));
        for (int i = 1; i <= 4; ++i) save_png(o / ("o" + std::to_string(i) + ".png"), noise(50, 50, 20 + i));
        put(o / "ok.jpg", from_hex(kRgbJpegHex));
        const std::string full_png = slurp(o / "o1.png"), jpg = from_hex(kRgbJpegHex);
        put(o / "trunc.png", full_png.substr(0, full_png.size() / 2));
        put(o / "trunc.jpg", jpg.substr(0, jpg.size() * 3 / 4));
        put(o / "no_eoi.jpg", jpg.substr(0, jpg.size() - 2));  // libjpeg decodes this one, with a warning only
        put(o / "text.png", "this is not a picture\n");
        put(o / "empty.png", "");
        put(o / "anim.gif", std::string("GIF89a\x10\x00\x10\x00\x80\x00\x00", 13));
        for (int i = 1; i <= 3; ++i) save_png(c / ("c" + std::to_string(i) + ".png"), noise(33, 90, 30 + i));
        put(c / "cmyk.jpg", from_hex(kCmykJpegHex));
        save_png(root_ / "toplevel.png", noise(64, 48, 40));          // not inside a class folder
        fs::create_directories(root_ / "Empty");
    }

    void skips_every_bad_file_with_its_reason() {
        auto ds = clue::scan_dataset(root_.string());
        QVERIFY2(ds.ok(), ds.ok() ? "" : ds.error().detail.c_str());
        const std::map<std::string, std::string> expected = {
            {(root_ / "toplevel.png").string(), "not in a class folder"},
            {(root_ / "Empty").string(), "empty class folder"},
            {(root_ / "Normal/small.png").string(), "too small (20x18)"},
            {(root_ / "Normal/zz_dup.png").string(), "duplicate of " + (root_ / "Normal/n1.png").string()},
            {(root_ / "OME/trunc.png").string(), "truncated or corrupt"},
            {(root_ / "OME/trunc.jpg").string(), "truncated or corrupt"},
            {(root_ / "OME/no_eoi.jpg").string(), "truncated or corrupt"},
            {(root_ / "OME/text.png").string(), "not an image"},
            {(root_ / "OME/empty.png").string(), "empty file"},
            {(root_ / "OME/anim.gif").string(), "unsupported format (GIF)"}};
        QCOMPARE(reasons(*ds), expected);
        QCOMPARE(ds->classes, (std::vector<std::string>{"COM", "Normal", "OME"}));
        std::vector<int> per_class(3, 0);
        for (const auto& it : ds->items) {
            per_class[it.class_index]++;
            QCOMPARE(it.class_name, ds->classes[it.class_index]);
            QCOMPARE(it.sha256.size(), size_t(64));
            QVERIFY(fs::path(it.path).is_absolute());
        }
        QCOMPARE(per_class, (std::vector<int>{4, 9, 5}));
        for (int k = 0; k < 3; ++k) QCOMPARE(ds->train_counts[k] + ds->validation_counts[k], per_class[k]);
        for (size_t i = 1; i < ds->items.size(); ++i) {  // sorted by class, then path
            const auto &a = ds->items[i - 1], &b = ds->items[i];
            QVERIFY(a.class_index < b.class_index || (a.class_index == b.class_index && a.path < b.path));
        }
        const std::string report = clue::dataset_report(*ds);
        for (const char* s : {"3 classes", "18 images", "10 skipped", "Normal", "too small (20x18)", "empty file"})
            QVERIFY2(report.find(s) != std::string::npos, report.c_str());
    }

    void decodes_cmyk_16bit_and_gray() {
        auto cmyk = clue::load_clean_image((root_ / "COM/cmyk.jpg").string());
        QVERIFY2(cmyk.ok(), cmyk.ok() ? "" : cmyk.error().detail.c_str());
        QCOMPARE(cmyk->width, 48);
        QCOMPARE(cmyk->height, 40);
        QCOMPARE(cmyk->channels, 3);
        const auto* p = cmyk->pixels.data() + 3 * (20 * 48 + 24);
        QVERIFY2(p[0] > p[1] && p[1] > p[2], qPrintable(QString("%1 %2 %3").arg(p[0]).arg(p[1]).arg(p[2])));
        auto deep = clue::load_clean_image((root_ / "Normal/deep.png").string());
        QVERIFY(deep.ok());
        QCOMPARE(deep->channels, 3);
        QCOMPARE(int(deep->pixels[0]), 128);
        auto gray = clue::load_clean_image((root_ / "Normal/gray.png").string());
        QVERIFY(gray.ok());
        QCOMPARE(gray->channels, 3);
        QCOMPARE(gray->pixels[0], gray->pixels[1]);
        QCOMPARE(clue::load_clean_image((root_ / "OME/trunc.jpg").string()).error().code, clue::Errc::FileTruncated);
        QCOMPARE(clue::load_clean_image((root_ / "OME/no_eoi.jpg").string()).error().code, clue::Errc::FileTruncated);
        QCOMPARE(clue::load_clean_image((root_ / "OME/trunc.png").string()).error().code, clue::Errc::FileTruncated);
        QCOMPARE(clue::load_clean_image((root_ / "OME/nope.png").string()).error().code, clue::Errc::FileNotFound);
        QCOMPARE(clue::load_clean_image((root_ / "OME/text.png").string()).error().code, clue::Errc::BadFormat);
    }

    void split_is_stable_and_independent_of_names() {
        clue::DatasetOptions opt;
        opt.validation_fraction = 0.4;
        auto a = clue::scan_dataset(root_.string(), opt), b = clue::scan_dataset(root_.string(), opt);
        QVERIFY(a.ok() && b.ok());
        std::map<std::string, bool> by_sha;
        for (size_t i = 0; i < a->items.size(); ++i) {
            QCOMPARE(a->items[i].path, b->items[i].path);
            QCOMPARE(a->items[i].validation, b->items[i].validation);
            by_sha[a->items[i].sha256] = a->items[i].validation;
        }
        // the same bytes under other names in another tree get the same split
        const fs::path other = fs::path(dir_.path().toStdString()) / "renamed";
        for (const auto& it : a->items)
            put(other / (it.class_name + "_x") /
                    ("img_" + it.sha256.substr(10, 6) + fs::path(it.path).extension().string()),
                slurp(it.path));
        auto c = clue::scan_dataset(other.string(), opt);
        QVERIFY(c.ok());
        QCOMPARE(c->items.size(), a->items.size());
        for (const auto& it : c->items) QCOMPARE(it.validation, by_sha.at(it.sha256));
    }

    void split_follows_the_hash_with_per_class_guarantees() {
        for (double f : {0.0, 0.1, 0.4, 0.9}) {
            clue::DatasetOptions opt;
            opt.validation_fraction = f;
            auto ds = clue::scan_dataset(root_.string(), opt);
            QVERIFY(ds.ok());
            std::vector<int> moved(ds->classes.size(), 0);
            for (const auto& it : ds->items)
                if (it.validation != (hash_key(it.sha256) / 4294967296.0 < f)) moved[it.class_index]++;
            for (size_t k = 0; k < ds->classes.size(); ++k) {
                const int n = ds->train_counts[k] + ds->validation_counts[k];
                QVERIFY2(ds->train_counts[k] >= 1, qPrintable(QString("f=%1 class %2").arg(f).arg(k)));
                if (f > 0 && n >= 5) QVERIFY(ds->validation_counts[k] >= 1);
                QVERIFY(moved[k] <= 1);  // at most one image per class departs from the hash rule
            }
            if (f == 0.0)
                for (const auto& it : ds->items) QVERIFY(!it.validation);
        }
    }

    void manifest_round_trip() {
        auto ds = clue::scan_dataset(root_.string());
        QVERIFY(ds.ok());
        int i = 0;
        for (auto& it : ds->items) {
            it.extra["note"] = (i % 2) ? "left ear, \"dull\" membrane" : "plain";
            it.extra["age"] = i % 3 ? std::to_string(i) : "";
            ++i;
        }
        const fs::path manifest = fs::path(dir_.path().toStdString()) / "manifest.csv";
        QVERIFY(clue::write_manifest_csv(*ds, manifest.string()).ok());
        const std::string text = slurp(manifest);
        QVERIFY2(text.rfind("path,class,split,sha256,width,height,age,note\r\n", 0) == 0, text.c_str());
        QVERIFY(text.find("\"left ear, \"\"dull\"\" membrane\"") != std::string::npos);
        QVERIFY(text.find("ear/Normal/n1.png,Normal,") != std::string::npos);  // relative to the manifest
        auto back = clue::scan_dataset(manifest.string());
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back->classes, ds->classes);
        QCOMPARE(back->items.size(), ds->items.size());
        QVERIFY(back->skipped.empty());
        for (size_t k = 0; k < ds->items.size(); ++k) {
            const auto &x = ds->items[k], &y = back->items[k];
            QCOMPARE(y.path, x.path);
            QCOMPARE(y.class_name, x.class_name);
            QCOMPARE(y.class_index, x.class_index);
            QCOMPARE(y.sha256, x.sha256);
            QCOMPARE(y.validation, x.validation);
            QCOMPARE(y.width, x.width);
            QCOMPARE(y.height, x.height);
            QCOMPARE(y.extra, x.extra);
        }
        QCOMPARE(back->train_counts, ds->train_counts);
        QCOMPARE(back->validation_counts, ds->validation_counts);
    }

    void handwritten_csv() {
        const fs::path base = fs::path(dir_.path().toStdString()) / "csv";
        save_png(base / "img" / "a, b.png", noise(40, 40, 50));
        save_png(base / "img" / "c.png", noise(40, 40, 51));
        save_png(base / "img" / "d.png", noise(40, 40, 52));
        put(base / "list.csv", "\xEF\xBB\xBF" "Path,Class,Split,Finding\r\n"
                               "\"img/a, b.png\",COM,validation,\"perforation, central\"\r\n"
                               "img/c.png,OME,,\"two\nlines\"\r\n"
                               "img/missing.png,OME,train,x\r\n"
                               "img/d.png,OME,test,y\r\n"
                               "\r\n"
                               "," "Normal,,z\n");
        auto ds = clue::scan_dataset((base / "list.csv").string());
        QVERIFY2(ds.ok(), ds.ok() ? "" : ds.error().detail.c_str());
        QCOMPARE(ds->classes, (std::vector<std::string>{"COM", "OME"}));  // order of first appearance
        QCOMPARE(ds->items.size(), size_t(2));
        QCOMPARE(ds->items[0].path, (base / "img" / "a, b.png").string());
        QCOMPARE(ds->items[0].validation, true);  // explicit split wins, even for a lone image
        QCOMPARE(ds->items[0].extra.at("Finding"), std::string("perforation, central"));
        QCOMPARE(ds->items[1].extra.at("Finding"), std::string("two\nlines"));
        const std::map<std::string, std::string> expected = {
            {(base / "img/missing.png").string(), "file not found"},
            {(base / "img/d.png").string(), "split \"test\" (only train and validation are used)"},
            {(base / "list.csv").string() + ":8", "empty path"}};
        QCOMPARE(reasons(*ds), expected);

        put(base / "bad.csv", "file,label\nimg/c.png,OME\n");
        auto bad = clue::scan_dataset((base / "bad.csv").string());
        QCOMPARE(bad.error().code, clue::Errc::BadFormat);
        QVERIFY(bad.error().detail.find("file, label") != std::string::npos);
        put(base / "ragged.csv", "path,class\nimg/c.png,OME,extra\n");
        QCOMPARE(clue::scan_dataset((base / "ragged.csv").string()).error().code, clue::Errc::BadFormat);
    }

    void csv_reader() {
        auto r = clue::csv::parse("a,\"b,\"\"c\"\"\",\r\n\n\"\",x", "t");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), size_t(2));
        QCOMPARE((*r)[0].fields, (std::vector<std::string>{"a", "b,\"c\"", ""}));
        QCOMPARE((*r)[1].fields, (std::vector<std::string>{"", "x"}));
        QCOMPARE((*r)[1].line, 3);
        QCOMPARE(clue::csv::parse("a,\"open\nb", "t").error().code, clue::Errc::BadFormat);
        QCOMPARE(clue::csv::parse("\"a\"b", "t").error().code, clue::Errc::BadFormat);
        QCOMPARE(clue::csv::format_record({"a", "b,c", "q\"", ""}), std::string("a,\"b,c\",\"q\"\"\",\r\n"));
    }

    void errors_progress_and_cancel() {
        QCOMPARE(clue::scan_dataset((root_ / "nowhere").string()).error().code, clue::Errc::FileNotFound);
        QCOMPARE(clue::scan_dataset((root_ / "Empty").string()).error().code, clue::Errc::InvalidArgument);
        clue::DatasetOptions bad;
        bad.validation_fraction = 0.95;
        auto r = clue::scan_dataset(root_.string(), bad);
        QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
        QVERIFY(r.error().detail.find("0.95") != std::string::npos);

        Recorder rec;
        QVERIFY(clue::scan_dataset(root_.string(), {}, &rec).ok());
        QCOMPARE(rec.stage_, std::string("scan"));
        QCOMPARE(rec.total_, std::int64_t(26));  // every file in a class folder, checked once
        QCOMPARE(rec.done_, rec.total_);
        QCOMPARE(rec.calls_, rec.total_ + 1);
        Recorder cancelled;
        cancelled.request_cancel();
        auto c = clue::scan_dataset(root_.string(), {}, &cancelled);
        QCOMPARE(c.error().code, clue::Errc::Cancelled);
    }

private:
    QTemporaryDir dir_;
    fs::path root_;
};

QTEST_GUILESS_MAIN(TestDataset)
#include "test_dataset.moc"
