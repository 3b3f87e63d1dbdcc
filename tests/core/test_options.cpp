// GenerateOptions: validate() messages, recipe JSON round trip and type errors, sampler names.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "clue/engine.h"
#include "clue/options.h"

namespace {

std::string failure(const clue::GenerateOptions& o) {
    auto st = clue::validate(o);
    return st.ok() ? std::string("<ok>") : st.error().detail;
}

}  // namespace

class TestOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid() {
        QVERIFY(clue::validate(clue::GenerateOptions{}).ok());
        clue::GenerateOptions o;
        o.width = 64;
        o.height = 4096;
        o.steps = 1000;
        o.cfg = 0;
        o.batch = 64;
        o.clip_skip = 12;
        o.seed = 4294967295;
        o.sampler = "DPM++ 2M Karras";
        QVERIFY2(clue::validate(o).ok(), failure(o).c_str());
        o.init_image = clue::Image::blank(8, 8);
        o.strength = 1.0;
        QVERIFY2(clue::validate(o).ok(), failure(o).c_str());
    }

    void messagesNameTheValue_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("steps 0") << "steps=0" << "steps must be between 1 and 1000, got 0";
        QTest::newRow("steps 1001") << "steps=1001" << "steps must be between 1 and 1000, got 1001";
        QTest::newRow("cfg 50.5") << "cfg=50.5" << "cfg must be between 0 and 50, got 50.5";
        QTest::newRow("cfg -1") << "cfg=-1" << "cfg must be between 0 and 50, got -1";
        QTest::newRow("width 500") << "width=500" << "width must be 0 (model default) or a multiple of 8 between 64 and 4096, got 500";
        QTest::newRow("width 56") << "width=56" << "got 56";
        QTest::newRow("height 4104") << "height=4104" << "height must be 0 (model default) or a multiple of 8 between 64 and 4096, got 4104";
        QTest::newRow("batch 0") << "batch=0" << "batch must be between 1 and 64, got 0";
        QTest::newRow("batch 65") << "batch=65" << "got 65";
        QTest::newRow("strength 0") << "strength=0" << "strength must be in (0, 1] for img2img, got 0";
        QTest::newRow("strength 1.5") << "strength=1.5" << "got 1.5";
        QTest::newRow("clip_skip 0") << "clip_skip=0" << "clip_skip must be between 1 and 12, got 0";
        QTest::newRow("clip_skip 13") << "clip_skip=13" << "got 13";
        QTest::newRow("preview_every -1") << "preview_every=-1" << "preview_every must be >= 0, got -1";
        QTest::newRow("eta -0.5") << "eta=-0.5" << "eta must be >= 0, got -0.5";
        QTest::newRow("seed -2") << "seed=-2" << "seed must be >= -1, got -2";
        QTest::newRow("sampler") << "sampler=heun" << "unknown sampler 'heun'; valid names: ddim, pndm, lms";
    }
    void messagesNameTheValue() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        clue::GenerateOptions o;
        const QString key = field.section('=', 0, 0), value = field.section('=', 1);
        if (key == "steps") o.steps = value.toInt();
        if (key == "cfg") o.cfg = value.toDouble();
        if (key == "width") o.width = value.toInt();
        if (key == "height") o.height = value.toInt();
        if (key == "batch") o.batch = value.toInt();
        if (key == "strength") o.init_image = clue::Image::blank(8, 8), o.strength = value.toDouble();
        if (key == "clip_skip") o.clip_skip = value.toInt();
        if (key == "preview_every") o.preview_every = value.toInt();
        if (key == "eta") o.eta = value.toDouble();
        if (key == "seed") o.seed = value.toLongLong();
        if (key == "sampler") o.sampler = value.toStdString();
        auto st = clue::validate(o);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, clue::Errc::InvalidArgument);
        QVERIFY2(st.error().detail.find(expected.toStdString()) != std::string::npos, st.error().detail.c_str());
    }

    void otherValidateCases() {
        clue::GenerateOptions o;
        o.strength = 0;  // strength only matters for img2img
        QVERIFY(clue::validate(o).ok());
        o.cfg = std::nan("");
        QVERIFY(!clue::validate(o).ok());
        o = {};
        o.init_image = clue::Image{};
        QVERIFY(failure(o).find("init_image") != std::string::npos);
        o = {};
        o.steps = 0;
        o.batch = 0;  // all problems are reported
        QCOMPARE(failure(o), std::string("steps must be between 1 and 1000, got 0; batch must be between 1 and 64, got 0"));
    }

    void jsonRoundTrip() {
        clue::GenerateOptions o;
        o.prompt = "ein Kätzchen, 猫 \"quoted\"\nline 2";
        o.negative_prompt = "blurry";
        o.sampler = "euler_a";
        o.steps = 33;
        o.cfg = 6.25;
        o.seed = 9876543210;
        o.width = 768;
        o.height = 512;
        o.batch = 3;
        o.init_image = clue::Image::blank(8, 8);
        o.strength = 0.55;
        o.eta = 0.3;
        o.clip_skip = 2;
        o.preview_every = 5;
        o.preview_mode = clue::PreviewMode::FullDecode;
        const std::string json = clue::to_json(o);
        const auto j = nlohmann::json::parse(json);
        QVERIFY(!j.contains("init_image"));
        QCOMPARE(j.at("preview_mode").get<std::string>(), std::string("full_decode"));
        auto back = clue::generate_options_from_json(json);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back->prompt, o.prompt);
        QCOMPARE(back->negative_prompt, o.negative_prompt);
        QCOMPARE(back->sampler, o.sampler);
        QCOMPARE(back->steps, o.steps);
        QCOMPARE(back->cfg, o.cfg);
        QCOMPARE(back->seed, o.seed);
        QCOMPARE(back->width, o.width);
        QCOMPARE(back->height, o.height);
        QCOMPARE(back->batch, o.batch);
        QCOMPARE(back->strength, o.strength);
        QCOMPARE(back->eta, o.eta);
        QCOMPARE(back->clip_skip, o.clip_skip);
        QCOMPARE(back->preview_every, o.preview_every);
        QVERIFY(back->preview_mode == clue::PreviewMode::FullDecode);
        QVERIFY(!back->init_image);
        QCOMPARE(clue::to_json(*back), json);
    }

    void jsonMissingAndUnknownKeys() {
        auto r = clue::generate_options_from_json(R"({"steps": 12, "future_key": [1, 2], "cfg": 5})");
        QVERIFY(r.ok());
        QCOMPARE(r->steps, 12);
        QCOMPARE(r->cfg, 5.0);
        QCOMPARE(r->seed, std::int64_t(-1));
        QCOMPARE(r->batch, 1);
        QVERIFY(clue::generate_options_from_json("{}").ok());
    }

    void jsonErrors_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mention");
        const int bad_arg = int(clue::Errc::InvalidArgument), bad_format = int(clue::Errc::BadFormat);
        QTest::newRow("steps string") << R"({"steps": "20"})" << bad_arg << "\"steps\" must be an integer, got string \"20\"";
        QTest::newRow("steps float") << R"({"steps": 20.5})" << bad_arg << "\"steps\"";
        QTest::newRow("cfg string") << R"({"cfg": "7"})" << bad_arg << "\"cfg\" must be a number";
        QTest::newRow("prompt number") << R"({"prompt": 3})" << bad_arg << "\"prompt\" must be a string";
        QTest::newRow("seed overflow") << R"({"seed": 18446744073709551615})" << bad_arg << "\"seed\" is out of range";
        QTest::newRow("width overflow") << R"({"width": 3000000000})" << bad_arg << "\"width\" is out of range";
        QTest::newRow("null") << R"({"batch": null})" << bad_arg << "\"batch\" must be an integer, got null";
        QTest::newRow("preview_mode") << R"({"preview_mode": "fancy"})" << bad_arg << "\"preview_mode\"";
        QTest::newRow("array") << "[1, 2]" << bad_arg << "expected an object";
        QTest::newRow("syntax") << R"({"steps": )" << bad_format << "not valid JSON";
    }
    void jsonErrors() {
        QFETCH(QString, json);
        QFETCH(int, code);
        QFETCH(QString, mention);
        auto r = clue::generate_options_from_json(json.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().detail.find(mention.toStdString()) != std::string::npos, r.error().detail.c_str());
    }

    void samplerNames() {
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"Euler a", "euler_a"},           {"euler_ancestral", "euler_a"}, {"EULER A", "euler_a"},
            {"k_euler_a", "euler_a"},         {"euler", "euler"},              {"Euler", "euler"},
            {"DPM++ 2M Karras", "dpmpp_2m_karras"}, {"dpm++ 2m karras", "dpmpp_2m_karras"},
            {"dpmpp_2m_karras", "dpmpp_2m_karras"}, {"DPM++ 2M", "dpmpp_2m"}, {"k_dpmpp_2m", "dpmpp_2m"},
            {"PLMS", "pndm"},                 {"pndm", "pndm"},                {"LMS", "lms"},
            {"DDIM", "ddim"},                 {" ddim ", "ddim"},              {"EulerAncestralDiscreteScheduler", "euler_a"},
        };
        for (const auto& [name, key] : cases) {
            auto r = clue::canonical_sampler_name(name);
            QVERIFY2(r.ok(), name.c_str());
            QCOMPARE(*r, key);
        }
        auto bad = clue::canonical_sampler_name("Heun");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, clue::Errc::InvalidArgument);
        QVERIFY(bad.error().detail.find("dpmpp_2m_karras") != std::string::npos);
        QVERIFY(bad.error().detail.find("\"Euler a\"") != std::string::npos);
        QVERIFY(!clue::canonical_sampler_name("").ok());

        const std::vector<std::string> keys = clue::sampler_names();
        QCOMPARE(keys, (std::vector<std::string>{"ddim", "pndm", "lms", "euler", "euler_a", "dpmpp_2m", "dpmpp_2m_karras"}));
        const std::vector<std::string> display = {"DDIM", "PLMS", "LMS", "Euler", "Euler a", "DPM++ 2M", "DPM++ 2M Karras"};
        for (size_t i = 0; i < keys.size(); ++i) {
            QCOMPARE(clue::sampler_display_name(keys[i]), display[i]);
            QCOMPARE(*clue::canonical_sampler_name(display[i]), keys[i]);
        }
        QCOMPARE(clue::sampler_display_name("heun"), std::string("heun"));
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "test_options.moc"
