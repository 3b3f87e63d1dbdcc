// The augmentation job (issue #4): options JSON round trip, the deterministic plan and its shards, the near-copy
// check on hand-made images, and an end-to-end run on the tiny SD 2.1 model (resume, regenerate, cancel).
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "augment/memorisation.h"
#include "clue/augment.h"
#include "clue/engine.h"
#include "clue/style.h"
#include "clue/train.h"
#include "clue/png_meta.h"
#include "test_util.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

Dataset fake_dataset(const std::vector<std::string>& classes, const std::vector<int>& train_counts) {
    Dataset d;
    d.classes = classes;
    d.train_counts = train_counts;
    d.validation_counts.assign(classes.size(), 0);
    return d;
}

/// A smooth image with a colour and a gradient direction of its own.
Image pattern(int seed, int size = 64) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    const int base[3] = {int(rng() % 200), int(rng() % 200), int(rng() % 200)};
    const double fx = (rng() % 100) / 100.0, fy = (rng() % 100) / 100.0;
    Image im = Image::blank(size, size);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            for (int k = 0; k < 3; ++k) {
                const double v = base[k] + 55.0 * std::sin((fx * x + fy * y) * 0.2 + k + seed);
                im.row(y)[x * 3 + k] = static_cast<uint8_t>(std::clamp(v, 0.0, 255.0));
            }
    return im;
}

std::vector<fs::path> pngs_under(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) out.push_back(e.path());
    return out;
}

/// The style vector in a generated PNG's recipe.
std::vector<float> recipe_style(const fs::path& png) {
    auto text = read_png_text(png.string());
    if (!text) return {};
    return nlohmann::json::parse(text->clue_json)["recipe"].value("style", std::vector<float>{});
}

double distance(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return 1e9;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, double(std::abs(a[i] - b[i])));
    return d;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Asks to stop once the first image is finished (progress reaches one image's worth of "augment" units).
class CancelAfterFirst : public SimpleJobContext {
public:
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override {
        if (stage == "augment" && total > 0 && done >= 1000) request_cancel();
    }
};

}  // namespace

class TestAugment : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path data_;

    AugmentOptions e2e_options(const std::string& out) {
        AugmentOptions o;
        o.model = test::models_dir() + "/tiny-sd21";
        o.dataset = data_.string();
        o.output_dir = out;
        o.quotas = {{"A", 2}, {"B", 2}, {"C", 2}};
        o.steps = 2;
        o.device = "cpu";
        o.exclude_near_copies = false;  // the files must stay where the plan puts them, whatever the check says
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        data_ = fs::path(tmp_.path().toStdString()) / "real";
        int seed = 0;
        for (const char* c : {"A", "B", "C"}) {
            fs::create_directories(data_ / c);
            for (int i = 0; i < 4; ++i)
                QVERIFY(write_png((data_ / c / ("real" + std::to_string(i) + ".png")).string(), pattern(++seed), {}).ok());
        }
    }

    void options_json_round_trip() {
        AugmentOptions o;
        o.model = "/m";
        o.dataset = "/d";
        o.output_dir = "/o";
        o.quotas = {{"OME", 40}, {"Normal", 7}};
        o.scale_percent = 250;
        o.style_strategy = StyleStrategy::PcaStratified;
        o.around_real_sigma = 0.25;
        o.seed = 1234567890123;
        o.sampler = "euler_a";
        o.steps = 33;
        o.cfg = 6.5;
        o.shard_index = 2;
        o.shard_count = 3;
        o.memorisation_check = false;
        o.near_copy_threshold = 0.07;
        o.exclude_near_copies = false;
        o.device = "cuda:1";
        auto back = augment_options_from_json(to_json(o));
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(to_json(*back), to_json(o));
        QVERIFY(back->quotas == o.quotas);
        QCOMPARE(back->style_strategy, StyleStrategy::PcaStratified);
        QCOMPARE(back->seed, o.seed);
        QCOMPARE(back->shard_index, 2);
        QCOMPARE(back->exclude_near_copies, false);
        // Errors name the key / value.
        auto bad = augment_options_from_json(R"({"steps": "many"})");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.find("steps") != std::string::npos);
        auto bad_strategy = augment_options_from_json(R"({"style_strategy": "sideways"})");
        QVERIFY(!bad_strategy.ok() && bad_strategy.error().detail.find("sideways") != std::string::npos);
        auto bad_quota = augment_options_from_json(R"({"quotas": {"OME": -3}})");
        QVERIFY(!bad_quota.ok() && bad_quota.error().detail.find("OME") != std::string::npos);
        QCOMPARE(augment_options_from_json("not json").error().code, Errc::BadFormat);
    }

    void validate_names_values() {
        AugmentOptions o = e2e_options("/tmp/x");
        QVERIFY(validate(o).ok());
        o.scale_percent = 50;
        o.shard_index = 3;
        o.shard_count = 3;
        o.steps = 0;
        auto st = validate(o);
        QVERIFY(!st.ok());
        for (const char* what : {"scale_percent", "shard_index", "steps"})
            QVERIFY2(st.error().detail.find(what) != std::string::npos, st.error().detail.c_str());
    }

    void plan_follows_scale_and_quotas() {
        const Dataset real = fake_dataset({"COM", "Normal", "OME"}, {10, 20, 5});
        AugmentOptions o;
        o.scale_percent = 150;  // 15, 30, 7.5 -> 8 (round half up)
        auto plan = plan_augmentation(o, real);
        QCOMPARE(int(plan.size()), 15 + 30 + 8);
        std::map<std::string, int> count;
        for (size_t i = 0; i < plan.size(); ++i) {
            QCOMPARE(plan[i].global_index, int(i));
            QVERIFY(plan[i].seed >= 0 && plan[i].seed < (std::int64_t(1) << 32));
            QVERIFY(plan[i].style_seed >= 0 && plan[i].style_seed < (std::int64_t(1) << 32));
            QVERIFY(plan[i].seed != plan[i].style_seed);
            QCOMPARE(plan[i].index_in_class, count[plan[i].class_name]++);
        }
        QCOMPARE(count["COM"], 15);
        QCOMPARE(count["Normal"], 30);
        QCOMPARE(count["OME"], 8);
        QCOMPARE(plan.front().class_name, std::string("COM"));  // class by class
        QCOMPARE(plan.back().class_name, std::string("OME"));
        QCOMPARE(plan[15].relative_path, std::string("Normal/Normal_00000.png"));
        std::set<std::int64_t> seeds;
        for (const auto& it : plan) seeds.insert(it.seed);
        QCOMPARE(seeds.size(), plan.size());

        // Deterministic; the seed changes the seeds; quotas win over the scale.
        auto again = plan_augmentation(o, real);
        for (size_t i = 0; i < plan.size(); ++i) {
            QCOMPARE(again[i].seed, plan[i].seed);
            QCOMPARE(again[i].style_seed, plan[i].style_seed);
            QCOMPARE(again[i].relative_path, plan[i].relative_path);
        }
        AugmentOptions o2 = o;
        o2.seed = 2;
        QVERIFY(plan_augmentation(o2, real)[0].seed != plan[0].seed);
        o.quotas = {{"Normal", 3}, {"OME", 0}};
        auto q = plan_augmentation(o, real);
        QCOMPARE(int(q.size()), 15 + 3);
        QCOMPARE(q.back().relative_path, std::string("Normal/Normal_00002.png"));
        o.quotas.clear();
        o.scale_percent = 110;  // 11, 22, 5.5 -> 6
        QCOMPARE(int(plan_augmentation(o, real).size()), 11 + 22 + 6);
    }

    void shards_cover_the_plan_once() {
        const Dataset real = fake_dataset({"a", "b", "c"}, {7, 3, 11});
        AugmentOptions o;
        o.scale_percent = 200;
        const auto plan = plan_augmentation(o, real);
        QCOMPARE(int(plan.size()), 42);
        for (int n = 1; n <= 5; ++n) {
            std::vector<int> seen(plan.size(), 0);
            for (int i = 0; i < n; ++i)
                for (const auto& it : shard_items(plan, i, n)) {
                    ++seen[size_t(it.global_index)];
                    QCOMPARE(it.relative_path, plan[size_t(it.global_index)].relative_path);
                    QCOMPARE(it.seed, plan[size_t(it.global_index)].seed);
                }
            for (size_t g = 0; g < seen.size(); ++g) QVERIFY2(seen[g] == 1, qPrintable(QString("n=%1 item %2").arg(n).arg(g)));
        }
        QVERIFY(shard_items(plan, 5, 5).empty());
    }

    void memorisation_flags_copies_only() {
        memorisation::RealIndex index;
        for (int i = 0; i < 5; ++i) index.add("real" + std::to_string(i), pattern(100 + i, 96));
        const double t = 0.05;
        const Image copy = pattern(102, 96);
        auto exact = index.nearest(copy, t);
        QVERIFY(exact.flagged);
        QCOMPARE(index.path(exact.nearest), std::string("real2"));
        QVERIFY(exact.pixel_distance < 1e-9);

        Image noisy = copy;  // ±1 LSB noise
        std::mt19937 rng(9);
        for (auto& p : noisy.pixels) p = static_cast<uint8_t>(std::clamp(int(p) + int(rng() % 3) - 1, 0, 255));
        auto near = index.nearest(noisy, t);
        QVERIFY(near.flagged);
        QCOMPARE(index.path(near.nearest), std::string("real2"));
        QVERIFY(near.pixel_distance > 0 && near.pixel_distance < 0.01);

        Image retoned = copy;  // same picture, darker: the feature (brightness-normalised layout) still finds it
        for (auto& p : retoned.pixels) p = static_cast<uint8_t>(p * 0.8);
        auto dark = index.nearest(retoned, t);
        QCOMPARE(index.path(dark.nearest), std::string("real2"));

        auto other = index.nearest(pattern(777, 96), t);
        QVERIFY2(!other.flagged, qPrintable(QString("pixel %1 feature %2").arg(other.pixel_distance).arg(other.feature_distance)));
        QVERIFY(other.pixel_distance > t);

        // The distances on their own.
        const auto a = memorisation::signature(copy), b = memorisation::signature(pattern(777, 96));
        QCOMPARE(memorisation::pixel_distance(a, a), 0.0);
        QVERIFY(std::abs(memorisation::feature_distance(a, a)) < 1e-6);
        QVERIFY(memorisation::feature_distance(a, b) > t / 5);
    }

    void end_to_end_resume_and_regenerate() {
        const fs::path out = fs::path(tmp_.path().toStdString()) / "aug";
        const AugmentOptions o = e2e_options(out.string());
        SimpleJobContext ctx;
        auto r = augment(o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->state, JobState::Succeeded);
        QCOMPARE(r->planned, 6);
        QCOMPARE(r->generated, 6);
        QCOMPARE(r->skipped_existing, 0);
        std::vector<AugmentItem> plan;
        {
            Dataset real = fake_dataset({"A", "B", "C"}, {4, 4, 4});
            plan = plan_augmentation(o, real);
        }
        QCOMPARE(int(plan.size()), 6);
        for (const auto& it : plan) {
            const fs::path p = out / it.relative_path;
            QVERIFY2(fs::exists(p), p.string().c_str());
            auto text = read_png_text(p.string());
            QVERIFY(text.ok());
            const auto j = nlohmann::json::parse(text->clue_json);
            QCOMPARE(j["recipe"]["seed"].get<std::int64_t>(), it.seed);
            QCOMPARE(j["synthetic"].get<bool>(), true);
            QVERIFY(text->other.count("clue_augment"));
            QCOMPARE(nlohmann::json::parse(text->other["clue_augment"])["class"].get<std::string>(), it.class_name);
        }
        // Manifest: header + 6 rows, memorisation columns filled.
        const std::string csv = read_text(out / "manifest.csv");
        QCOMPARE(int(std::count(csv.begin(), csv.end(), '\n')), 7);
        QVERIFY(csv.rfind("path,class,seed,style_seed,flagged,nearest_real,nearest_pixel_distance,nearest_feature_distance\n", 0) == 0);
        QVERIFY(csv.find("A/A_00000.png,A,") != std::string::npos);
        QVERIFY(csv.find("real0.png") != std::string::npos || csv.find("real1.png") != std::string::npos ||
                csv.find("real2.png") != std::string::npos || csv.find("real3.png") != std::string::npos);
        const auto mj = nlohmann::json::parse(read_text(out / "manifest.json"));
        QCOMPARE(int(mj["items"].size()), 6);
        QCOMPARE(mj["options"]["steps"].get<int>(), 2);

        // Second run: everything is there.
        auto again = augment(o, ctx);
        QVERIFY(again.ok());
        QCOMPARE(again->skipped_existing, 6);
        QCOMPARE(again->generated, 0);

        // Delete one: exactly that one comes back, with the same pixels.
        const fs::path victim = out / plan[3].relative_path;
        auto before = read_image(victim.string());
        QVERIFY(before.ok());
        fs::remove(victim);
        auto third = augment(o, ctx);
        QVERIFY(third.ok());
        QCOMPARE(third->generated, 1);
        QCOMPARE(third->skipped_existing, 5);
        auto after = read_image(victim.string());
        QVERIFY(after.ok());
        QVERIFY(after->pixels == before->pixels);

        // Cancel between two kept images: the loop itself must stop (no generate() call to notice it).
        CancelAfterFirst stop;
        auto stopped = augment(o, stop);
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->state, JobState::Cancelled);
        QCOMPARE(stopped->skipped_existing, 1);
        QCOMPARE(stopped->generated, 0);
        const std::string stopped_csv = read_text(out / "manifest.csv");  // still lists every file there
        QCOMPARE(int(std::count(stopped_csv.begin(), stopped_csv.end(), '\n')), 7);
        const auto stopped_json = nlohmann::json::parse(read_text(out / "manifest.json"));
        QCOMPARE(stopped_json["state"].get<std::string>(), std::string("cancelled"));
        QCOMPARE(stopped_json["items"][5]["verified"].get<bool>(), false);

        // A changed recipe (steps) is not "existing": all are made again.
        AugmentOptions changed = o;
        changed.steps = 3;
        changed.quotas = {{"A", 1}, {"B", 0}, {"C", 0}};
        auto fourth = augment(changed, ctx);
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->generated, 1);
        QCOMPARE(fourth->skipped_existing, 0);
    }

    void end_to_end_clue_model_styles() {
        // A CLUE model from one smoke training step (style_dim 16, with a style space): the three strategies.
        const fs::path root(tmp_.path().toStdString());
        TrainOptions t = *train_preset("smoke");
        t.dataset = data_.string();
        t.base_model = test::models_dir() + "/tiny-sd21";
        t.output_dir = (root / "clue_run").string();
        t.max_steps = 1, t.validate_every = 0, t.sample_every = 0, t.checkpoint_every = 0;
        SimpleJobContext ctx;
        auto run = train(t, ctx);
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().detail.c_str());
        auto model = Model::load(run->model_dir);
        QVERIFY(model.ok());
        const ModelInfo& info = (*model)->info();
        QCOMPARE(info.style_dim, 16);
        auto real = scan_dataset(data_.string());
        QVERIFY(real.ok());

        AugmentOptions o = e2e_options((root / "clue_prior").string());
        o.model = run->model_dir;
        auto prior = augment(o, ctx);
        QVERIFY2(prior.ok(), prior.ok() ? "" : prior.error().detail.c_str());
        QCOMPARE(prior->generated, 6);
        const auto plan = plan_augmentation(o, *real);
        for (const auto& it : plan) {
            const auto s = recipe_style(fs::path(o.output_dir) / it.relative_path);
            QCOMPARE(int(s.size()), 16);
            QVERIFY(distance(s, sample_style(16, it.style_seed)) < 1e-5);
            const auto text = read_png_text((fs::path(o.output_dir) / it.relative_path).string());
            QVERIFY(text->clue_json.find("an otoendoscopic image of the tympanic membrane, " + it.class_name) !=
                    std::string::npos);
        }

        // σ = 0: the style is exactly μ of one real training image of the item's class.
        o.output_dir = (root / "clue_around").string();
        o.style_strategy = StyleStrategy::AroundReal;
        o.around_real_sigma = 0;
        auto around = augment(o, ctx);
        QVERIFY2(around.ok(), around.ok() ? "" : around.error().detail.c_str());
        for (const auto& it : plan) {
            const auto s = recipe_style(fs::path(o.output_dir) / it.relative_path);
            double best = 1e9;
            PreprocessOptions pre;
            pre.size = info.native_size;
            for (const auto& r : real->items)
                if (!r.validation && r.class_name == it.class_name) {
                    auto mu = encode_style(**model, *preprocess(*load_clean_image(r.path), pre),
                                           "an otoendoscopic image of the tympanic membrane, " + it.class_name);
                    QVERIFY(mu.ok());
                    best = std::min(best, distance(s, *mu));
                }
            QVERIFY2(best < 1e-4, qPrintable(QString("%1: %2").arg(it.relative_path.c_str()).arg(best)));
        }

        // PCA: distinct cell centres inside the class, no fallback note.
        o.output_dir = (root / "clue_pca").string();
        o.style_strategy = StyleStrategy::PcaStratified;
        auto pca = augment(o, ctx);
        QVERIFY2(pca.ok(), pca.ok() ? "" : pca.error().detail.c_str());
        QVERIFY(nlohmann::json::parse(read_text(pca->manifest_json))["notes"].empty());
        const auto s0 = recipe_style(fs::path(o.output_dir) / plan[0].relative_path);
        const auto s1 = recipe_style(fs::path(o.output_dir) / plan[1].relative_path);
        QCOMPARE(int(s0.size()), 16);
        QVERIFY(distance(s0, s1) > 1e-4);
        QVERIFY(distance(s0, sample_style(16, plan[0].style_seed)) > 1e-3);
    }

    void end_to_end_near_copies_are_moved() {
        const fs::path out = fs::path(tmp_.path().toStdString()) / "aug_excluded";
        AugmentOptions o = e2e_options(out.string());
        o.quotas = {{"A", 1}, {"B", 1}, {"C", 0}};
        o.exclude_near_copies = true;
        o.near_copy_threshold = 1.0;  // every image is "near" a real one
        SimpleJobContext ctx;
        auto r = augment(o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->generated, 2);
        QCOMPARE(r->flagged, 2);
        QCOMPARE(r->excluded, 2);
        QVERIFY(fs::exists(out / "_excluded" / "A" / "A_00000.png"));
        QVERIFY(!fs::exists(out / "A" / "A_00000.png"));
        const std::string csv = read_text(out / "manifest.csv");
        QCOMPARE(int(std::count(csv.begin(), csv.end(), '\n')), 1);  // header only: excluded ones are left out
        QCOMPARE(int(nlohmann::json::parse(read_text(out / "manifest.json"))["items"].size()), 2);
        // Excluded images count as existing on a re-run; with the near copies kept they move back.
        auto again = augment(o, ctx);
        QVERIFY(again.ok());
        QCOMPARE(again->generated, 0);
        QCOMPARE(again->skipped_existing, 2);
        o.exclude_near_copies = false;
        auto kept = augment(o, ctx);
        QVERIFY(kept.ok());
        QCOMPARE(kept->generated, 0);
        QCOMPARE(kept->flagged, 2);
        QCOMPARE(kept->excluded, 0);
        QVERIFY(fs::exists(out / "A" / "A_00000.png"));
        QVERIFY(!fs::exists(out / "_excluded" / "A" / "A_00000.png"));
        QVERIFY(read_text(out / "manifest.csv").find("A/A_00000.png,A,") != std::string::npos);
    }

    void end_to_end_cancel_keeps_complete_files() {
        const fs::path out = fs::path(tmp_.path().toStdString()) / "aug_cancel";
        AugmentOptions o = e2e_options(out.string());
        o.shard_index = 1;  // shards write their own manifest files
        o.shard_count = 2;
        CancelAfterFirst ctx;
        auto r = augment(o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->state, JobState::Cancelled);
        QCOMPARE(r->planned, 3);
        QVERIFY(r->generated >= 1 && r->generated < 3);
        int pngs = 0;
        for (const auto& p : pngs_under(out)) {
            QVERIFY2(p.string().find(".tmp") == std::string::npos, p.string().c_str());
            if (p.extension() == ".png") {
                ++pngs;
                QVERIFY2(read_png_text(p.string()).ok(), p.string().c_str());
                QVERIFY(read_image(p.string()).ok());
            }
        }
        QCOMPARE(pngs, r->generated);
        QCOMPARE(fs::path(r->manifest_csv).filename().string(), std::string("manifest.shard-1-of-2.csv"));
        QVERIFY(!fs::exists(out / "manifest.csv"));
        const auto mj = nlohmann::json::parse(read_text(r->manifest_json));
        QCOMPARE(mj["state"].get<std::string>(), std::string("cancelled"));
        QCOMPARE(int(mj["items"].size()), r->generated);

        // Cancelled before it starts: nothing made, an empty manifest, no error.
        SimpleJobContext early;
        early.request_cancel();
        AugmentOptions other = o;
        other.output_dir = (out.parent_path() / "aug_never").string();
        auto none = augment(other, early);
        QVERIFY(none.ok());
        QCOMPARE(none->state, JobState::Cancelled);
        QCOMPARE(none->generated, 0);
        QVERIFY(fs::exists(none->manifest_csv));

        // The same command again finishes the shard and keeps what was there.
        SimpleJobContext plain;
        auto rest = augment(o, plain);
        QVERIFY(rest.ok());
        QCOMPARE(rest->state, JobState::Succeeded);
        QCOMPARE(rest->skipped_existing, r->generated);
        QCOMPARE(rest->generated, 3 - r->generated);
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "test_augment.moc"
