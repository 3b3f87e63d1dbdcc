// Evaluation protocol (issue #4): the ResNet-18-style classifier learns the benchmark's classes, survives a
// save/load round trip, and the protocol ranks a faithful synthetic set above a broken one on every measure.
// References are properties of the data (a set drawn from the real distribution vs. a set whose labels are wrong),
// never numbers captured from this code.
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "clue/demo_data.h"
#include "clue/evaluate.h"
#include "clue/png_meta.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

class CancelAfter : public SimpleJobContext {
public:
    explicit CancelAfter(std::int64_t n) : n_(n) {}
    void report(std::string_view stage, std::int64_t done, std::int64_t) override {
        if (stage == "classifier" && done >= n_) request_cancel();
    }

private:
    std::int64_t n_;
};

/// A benchmark folder made by the project's own generator.
std::string make_set(const fs::path& dir, int per_class, std::int64_t seed, int size = 32) {
    DemoDataOptions o;
    o.output_dir = dir.string();
    o.per_class = per_class;
    o.size = size;
    o.seed = seed;
    SimpleJobContext ctx;
    auto r = make_demo_data(o, ctx);
    return r ? r->manifest : std::string();
}

LabelledImages labelled(const std::string& manifest, const std::vector<std::string>& classes) {
    LabelledImages out;
    auto ds = scan_dataset(manifest, DatasetOptions{0.0, 8});
    if (!ds) return out;
    for (const auto& item : ds->items) {
        out.paths.push_back(item.path);
        out.labels.push_back(static_cast<int>(std::find(classes.begin(), classes.end(), item.class_name) - classes.begin()));
    }
    return out;
}

ClassifierOptions small_classifier() {
    ClassifierOptions c;
    c.width = 8;
    c.image_size = 32;
    c.steps = 60;
    c.batch_size = 16;
    c.lr = 3e-3;
    c.evaluate_every = 20;
    c.device = "cpu";
    return c;
}

}  // namespace

class TestEvaluate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path root_;
    const std::vector<std::string> classes_{"COM", "Normal", "OME"};  // scan order (sorted folder names)

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        root_ = tmp_.path().toStdString();
        QVERIFY(!make_set(root_ / "real", 24, 1).empty());
        QVERIFY(!make_set(root_ / "test", 10, 2).empty());
        QVERIFY(!make_set(root_ / "good", 50, 3).empty());  // a fresh draw of the real distribution
        // The broken set: Normal membranes filed under every class (what a model that ignores its prompt makes);
        // each class gets its own draw, since identical files would be skipped as duplicates.
        int seed = 10;
        for (const char* c : {"COM", "Normal", "OME"}) {
            const fs::path draw = root_ / ("normals" + std::to_string(seed));
            QVERIFY(!make_set(draw, 24, seed++).empty());
            fs::create_directories(root_ / "broken" / c);
            for (const auto& e : fs::directory_iterator(draw / "Normal"))
                fs::copy_file(e.path(), root_ / "broken" / c / e.path().filename());
        }
    }

    void options_are_validated_with_names() {
        ClassifierOptions c = small_classifier();
        c.width = 3;
        auto s = validate(c);
        QVERIFY(!s);
        QVERIFY2(s.error().detail.find("width") != std::string::npos, s.error().detail.c_str());
        EvaluateOptions e;
        e.real = "r";
        e.output_dir = "o";
        auto v = validate(e);
        QVERIFY(!v);
        QVERIFY2(v.error().detail.find("test") != std::string::npos, v.error().detail.c_str());
        e.test = "t";
        e.synthetic = {{"A", "x"}, {"A", "y"}};
        QVERIFY(!validate(e));
        e.synthetic = {{"A", "x"}};
        e.scales = {0};
        QVERIFY(!validate(e));
    }

    void options_json_round_trip() {
        EvaluateOptions e;
        e.real = "/r";
        e.test = "/t";
        e.external = "/x";
        e.synthetic = {{"CLUE", "/a"}, {"vanilla", "/b"}};
        e.scales = {100, 300, 1000};
        e.seeds = 5;
        e.classifier.width = 24;
        e.extractor.attribute_targets = {"illumination", "zoom"};
        e.preprocess.dark_threshold = 22;
        e.output_dir = "/o";
        auto back = evaluate_options_from_json(to_json(e));
        QVERIFY(back);
        QCOMPARE(to_json(*back), to_json(e));
        QCOMPARE(back->synthetic[1].name, std::string("vanilla"));
        QCOMPARE(back->extractor.attribute_targets.size(), size_t(2));
        auto bad = evaluate_options_from_json(R"({"seeds": "three"})");
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.find("seeds") != std::string::npos);
    }

    void classifier_learns_the_benchmark_classes_and_round_trips() {
        const auto train = labelled((root_ / "real" / "manifest.csv").string(), classes_);
        const auto test = labelled((root_ / "test" / "manifest.csv").string(), classes_);
        QCOMPARE(train.paths.size(), size_t(72));
        SimpleJobContext ctx;
        auto clf = train_classifier(classes_, train, test, small_classifier(), ctx);
        QVERIFY2(clf, clf ? "" : clf.error().detail.c_str());
        QVERIFY(clf->best_step() > 0);
        // The three classes differ in colour and structure: a working classifier separates them; chance is 1/3.
        QVERIFY2(clf->best_validation_f1() >= 0.8, std::to_string(clf->best_validation_f1()).c_str());
        std::vector<Image> images;
        for (size_t i = 0; i < test.paths.size(); ++i) images.push_back(*load_clean_image(test.paths[i]));
        auto pred = clf->predict(images);
        QVERIFY(pred);
        const fs::path file = root_ / "clf.safetensors";
        QVERIFY(clf->save(file.string()));
        auto back = Classifier::load(file.string(), "cpu");
        QVERIFY2(back, back ? "" : back.error().detail.c_str());
        QCOMPARE(back->classes(), classes_);
        QCOMPARE(*back->predict(images), *pred);
        auto fa = clf->features(images), fb = back->features(images);
        QVERIFY(fa && fb);
        QCOMPARE(fa->dim, 64);
        QCOMPARE(fa->data, fb->data);
        QCOMPARE(Classifier::load((root_ / "none.safetensors").string()).error().code, Errc::FileNotFound);
        std::ofstream((root_ / "x.pth").string()) << "pickle";
        QCOMPARE(Classifier::load((root_ / "x.pth").string()).error().code, Errc::UnsafeFormat);
    }

    void protocol_ranks_a_faithful_set_above_a_broken_one() {
        EvaluateOptions o;
        o.real = (root_ / "real" / "manifest.csv").string();
        o.real_options.validation_fraction = 0.25;
        o.test = (root_ / "test" / "manifest.csv").string();
        o.synthetic = {{"good", (root_ / "good").string()}, {"broken", (root_ / "broken").string()}};
        o.scales = {100, 200};
        o.seeds = 2;
        o.classifier = small_classifier();
        o.extractor = small_classifier();
        o.preprocess_real = false;  // the generator's frames are the "model output" here too
        o.output_dir = (root_ / "report").string();
        SimpleJobContext ctx;
        auto r = evaluate(o, ctx);
        QVERIFY2(r, r ? "" : r.error().detail.c_str());
        QVERIFY(r->extractor.find("project extractor") != std::string::npos);
        auto find_d = [&](const std::string& set) {
            for (const auto& d : r->distribution)
                if (d.set == set && d.class_name == "all") return d;
            return DistributionRow{};
        };
        const auto good = find_d("good"), broken = find_d("broken");
        QCOMPARE(good.real_count, 30);
        QCOMPARE(good.synthetic_count, 30);
        qInfo("FID good %.3f broken %.3f; recall good %.3f broken %.3f", good.fid, broken.fid, good.recall, broken.recall);
        QVERIFY(good.fid < broken.fid);
        QVERIFY(good.recall > broken.recall);
        auto f1_of = [&](const std::string& training, const std::string& set, double scale) {
            for (const auto& f : r->f1)
                if (f.training == training && f.set == set && f.scale == scale && f.test == "internal") return f.macro_f1_mean;
            return -1.0;
        };
        qInfo("F1 real %.3f good100 %.3f broken100 %.3f", f1_of("real", "", 0), f1_of("synthetic", "good", 100),
              f1_of("synthetic", "broken", 100));
        QVERIFY(f1_of("synthetic", "good", 100) > f1_of("synthetic", "broken", 100) + 0.2);
        QVERIFY(f1_of("synthetic", "good", 200) >= 0);
        QCOMPARE(f1_of("synthetic", "broken", 200), -1.0);  // 24 per class cannot make 200 %: left out, with a note
        bool noted = false;
        for (const auto& n : r->notes) noted = noted || n.find("200 %") != std::string::npos;
        QVERIFY(noted);
        QVERIFY(fs::exists(r->html) && fs::exists(root_ / "report" / "f1_vs_scale.png") &&
                fs::exists(root_ / "report" / "features_pca.png") && fs::exists(root_ / "report" / "f1.csv"));
        auto back = read_evaluation_report(r->json);
        QVERIFY(back);
        QCOMPARE(back->f1.size(), r->f1.size());
        QCOMPARE(back->distribution.size(), r->distribution.size());
        QCOMPARE(back->f1[0].macro_f1_mean, r->f1[0].macro_f1_mean);
    }

    void cancel_writes_nothing() {
        EvaluateOptions o;
        o.real = (root_ / "real" / "manifest.csv").string();
        o.test = (root_ / "test" / "manifest.csv").string();
        o.synthetic = {{"good", (root_ / "good").string()}};
        o.classifier = small_classifier();
        o.extractor = small_classifier();
        o.fid = false;
        o.output_dir = (root_ / "cancelled").string();
        CancelAfter ctx(30);
        auto r = evaluate(o, ctx);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Errc::Cancelled);
        QVERIFY(!fs::exists(root_ / "cancelled" / "results.json"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "test_evaluate.moc"
