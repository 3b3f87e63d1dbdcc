// A1111 infotext: format against reference strings built from A1111's create_infotext rules, parse like
// parse_generation_parameters (old folded and new sampler/schedule names, multi-line prompts, quoting).
#include <QtTest>

#include "clue/png_meta.h"

namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

const Params kReferenceParams = {
    {"Steps", "20"},
    {"Sampler", "DPM++ 2M"},
    {"Schedule type", "Karras"},
    {"CFG scale", "7"},
    {"Seed", "1234567890"},
    {"Size", "512x512"},
    {"Model hash", "6ce0161689"},
    {"Model", "v1-5-pruned-emaonly"},
    {"Lora hashes", "otitis_v1: 1a2b3c4d5e6f"},
    {"Version", ""},  // empty: omitted
};

const char* const kReference =
    "a cat, sitting\n"
    "Negative prompt: blurry\n"
    "Steps: 20, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7, Seed: 1234567890, Size: 512x512, "
    "Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Lora hashes: \"otitis_v1: 1a2b3c4d5e6f\"";

}  // namespace

class TestInfotext : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatReference() {
        QCOMPARE(clue::format_infotext("a cat, sitting", "blurry", kReferenceParams), std::string(kReference));
        // no negative prompt: no "Negative prompt:" line
        QCOMPARE(clue::format_infotext("a cat", "", {{"Steps", "20"}, {"Seed", "1"}}),
                 std::string("a cat\nSteps: 20, Seed: 1"));
        // quote(): ',' ':' or newline -> json.dumps(ensure_ascii=False); quotes and backslashes escaped
        QCOMPARE(clue::format_infotext("p", "", {{"A", "x, y"}, {"B", "café: ü"}, {"C", "l1\nl2"},
                                                  {"D", "say \"hi\", \\o/"}, {"E", "neutral -> COM @ 0.40"},
                                                  {"F", "tab\there"}, {"NGMS", "NGMS"}}),
                 std::string("p\nA: \"x, y\", B: \"café: ü\", C: \"l1\\nl2\", D: \"say \\\"hi\\\", \\\\o/\", "
                             "E: neutral -> COM @ 0.40, F: tab\there, NGMS"));
        // whole text stripped like Python's str.strip(); multi-line prompts kept
        QCOMPARE(clue::format_infotext("  line 1\nline 2 ", "bad\nworse", {{"Steps", "30"}}),
                 std::string("line 1\nline 2 \nNegative prompt: bad\nworse\nSteps: 30"));
        QCOMPARE(clue::format_infotext("only prompt", "", {}), std::string("only prompt"));
        QCOMPARE(clue::format_infotext("", "", {}), std::string());
    }

    void parseReference() {
        const clue::Infotext info = clue::parse_infotext(kReference);
        QCOMPARE(info.prompt, std::string("a cat, sitting"));
        QCOMPARE(info.negative_prompt, std::string("blurry"));
        QCOMPARE(info.params.size(), size_t(9));
        QCOMPARE(info.params.at("Lora hashes"), std::string("otitis_v1: 1a2b3c4d5e6f"));
        QCOMPARE(info.params.at("Schedule type"), std::string("Karras"));
        QCOMPARE(info.params.at("Size"), std::string("512x512"));
        QCOMPARE(info.params.at("Model"), std::string("v1-5-pruned-emaonly"));

        const clue::GenerateOptions o = clue::options_from_infotext(info);
        QCOMPARE(o.prompt, std::string("a cat, sitting"));
        QCOMPARE(o.negative_prompt, std::string("blurry"));
        QCOMPARE(o.steps, 20);
        QCOMPARE(o.sampler, std::string("dpmpp_2m_karras"));
        QCOMPARE(o.cfg, 7.0);
        QCOMPARE(o.seed, std::int64_t(1234567890));
        QCOMPARE(o.width, 512);
        QCOMPARE(o.height, 512);
    }

    void parseOldStyleAndMultiline() {
        const clue::Infotext info = clue::parse_infotext(
            "masterpiece, 1girl,\n  second line  \n\nfourth line\n"
            "Negative prompt: lowres, bad hands,\nugly\n"
            "Steps: 30, Sampler: DPM++ 2M Karras, CFG scale: 7.5, Seed: 42, Size: 768x512, "
            "Model hash: 6ce0161689, Denoising strength: 0.6, Clip skip: 2, ENSD: 31337\n");
        QCOMPARE(info.prompt, std::string("masterpiece, 1girl,\nsecond line\n\nfourth line"));
        QCOMPARE(info.negative_prompt, std::string("lowres, bad hands,\nugly"));
        QCOMPARE(info.params.at("ENSD"), std::string("31337"));
        const clue::GenerateOptions o = clue::options_from_infotext(info);
        QCOMPARE(o.sampler, std::string("dpmpp_2m_karras"));
        QCOMPARE(o.steps, 30);
        QCOMPARE(o.cfg, 7.5);
        QCOMPARE(o.seed, std::int64_t(42));
        QCOMPARE(o.width, 768);
        QCOMPARE(o.height, 512);
        QCOMPARE(o.strength, 0.6);
        QCOMPARE(o.clip_skip, 2);
    }

    void parseEdgeCases() {
        // fewer than 3 params on the last line: it is part of the prompt (A1111 rule)
        clue::Infotext a = clue::parse_infotext("a photo: golden hour, style: film");
        QCOMPARE(a.prompt, std::string("a photo: golden hour, style: film"));
        QVERIFY(a.params.empty());
        QCOMPARE(clue::parse_infotext("").prompt, std::string());
        // negative prompt only, no params
        clue::Infotext b = clue::parse_infotext("cat\nNegative prompt: dog");
        QCOMPARE(b.prompt, std::string("cat"));
        QCOMPARE(b.negative_prompt, std::string("dog"));
        // quoted values with escapes and commas; a bad quoted value is kept as is; CRLF line ends
        clue::Infotext c = clue::parse_infotext(
            "cat\r\nSteps: 20, Template: \"a \\\"b\\\", c\", Sampler: Euler, Odd: \"x\\q\", Uni: \"caf\\u00e9\"\r\n");
        QCOMPARE(c.prompt, std::string("cat"));
        QCOMPARE(c.params.at("Template"), std::string("a \"b\", c"));
        QCOMPARE(c.params.at("Sampler"), std::string("Euler"));
        QCOMPARE(c.params.at("Odd"), std::string("\"x\\q\""));
        QCOMPARE(c.params.at("Uni"), std::string("café"));
        // sd.cpp-shaped text: "euler_a karras", "CFG scale: 7.000000", unquoted list
        clue::Infotext d = clue::parse_infotext(
            "cat\nSteps: 20, CFG scale: 7.000000, Seed: 7, Size: 640x448, Sampler: euler_a karras, Skip layers: [7, 8, ]");
        const clue::GenerateOptions o = clue::options_from_infotext(d);
        QCOMPARE(o.cfg, 7.0);
        QCOMPARE(o.sampler, std::string("euler_a"));
        QCOMPARE(o.width, 640);
        QCOMPARE(o.height, 448);
        // bad numbers keep the defaults
        const clue::GenerateOptions e = clue::options_from_infotext(
            clue::parse_infotext("x\nSteps: many, CFG scale: , Seed: 12abc, Size: 512x, Clip skip: 2"));
        QCOMPARE(e.steps, clue::GenerateOptions{}.steps);
        QCOMPARE(e.cfg, clue::GenerateOptions{}.cfg);
        QCOMPARE(e.seed, std::int64_t(-1));
        QCOMPARE(e.width, 0);
        QCOMPARE(e.clip_skip, 2);
    }

    void samplerNames_data() {
        QTest::addColumn<QString>("sampler");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("key");
        QTest::newRow("Euler a") << "Euler a" << "" << "euler_a";
        QTest::newRow("Euler") << "Euler" << "" << "euler";
        QTest::newRow("LMS") << "LMS" << "" << "lms";
        QTest::newRow("PLMS") << "PLMS" << "" << "pndm";
        QTest::newRow("DDIM") << "DDIM" << "" << "ddim";
        QTest::newRow("DPM++ 2M old") << "DPM++ 2M" << "" << "dpmpp_2m";
        QTest::newRow("DPM++ 2M Karras old") << "DPM++ 2M Karras" << "" << "dpmpp_2m_karras";
        QTest::newRow("DPM++ 2M + Karras") << "DPM++ 2M" << "Karras" << "dpmpp_2m_karras";
        QTest::newRow("DPM++ 2M + Automatic") << "DPM++ 2M" << "Automatic" << "dpmpp_2m_karras";
        QTest::newRow("DPM++ 2M + Uniform") << "DPM++ 2M" << "Uniform" << "dpmpp_2m";
        QTest::newRow("Euler a + Automatic") << "Euler a" << "Automatic" << "euler_a";
        QTest::newRow("Euler + Karras") << "Euler" << "Karras" << "euler";
        QTest::newRow("unknown kept") << "Heun" << "" << "Heun";
    }
    void samplerNames() {
        QFETCH(QString, sampler);
        QFETCH(QString, schedule);
        QFETCH(QString, key);
        std::string text = "cat\nSteps: 20, Sampler: " + sampler.toStdString();
        if (!schedule.isEmpty()) text += ", Schedule type: " + schedule.toStdString();
        text += ", Seed: 1";
        QCOMPARE(clue::options_from_infotext(clue::parse_infotext(text)).sampler, key.toStdString());
    }

    void roundTrip() {
        const Params params = {{"Steps", "25"}, {"Sampler", "Euler a"}, {"CFG scale", "6.5"},
                               {"Seed", "3"},   {"Style", "warm: 0.4, cold\n-0.2 \"x\""}, {"Note", "猫, ☕"}};
        const std::string prompt = "ein Kätzchen, 猫\nzweite Zeile";
        const std::string text = clue::format_infotext(prompt, "blurry,\nlowres", params);
        const clue::Infotext info = clue::parse_infotext(text);
        QCOMPARE(info.prompt, prompt);
        QCOMPARE(info.negative_prompt, std::string("blurry,\nlowres"));
        QCOMPARE(info.params.size(), params.size());
        for (const auto& [k, v] : params) QCOMPARE(info.params.at(k), v);
    }
};

QTEST_GUILESS_MAIN(TestInfotext)
#include "test_infotext.moc"
