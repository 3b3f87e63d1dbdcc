// A1111 prompt editing parsed into the prompt swap of the one denoise loop; checked against the golden
// prompt-swap run (tiny-sd15/sd21__prompt_edit_ddim: steps 0..4 prompt A, 5..9 prompt B).
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "clue/engine.h"
#include "methods/prompt_swap/prompt_schedule.h"
#include "test_util.h"

using namespace clue;
using methods::parse_prompt_schedule;

class TestPromptSchedule : public QObject {
    Q_OBJECT
    static std::string seg(const std::vector<methods::PromptSegment>& s) {
        std::string out;
        for (const auto& x : s) out += std::to_string(x.until_step) + "=" + x.text + "|";
        return out;
    }
private Q_SLOTS:
    void parse() {
        QCOMPARE(seg(parse_prompt_schedule("a cat", 10)), std::string("10=a cat|"));
        QCOMPARE(seg(parse_prompt_schedule("a [cat:dog:5] on a sofa", 10)), std::string("5=a cat on a sofa|10=a dog on a sofa|"));
        QCOMPARE(seg(parse_prompt_schedule("a [cat:dog:0.25] x", 20)), std::string("5=a cat x|20=a dog x|"));  // fraction
        QCOMPARE(seg(parse_prompt_schedule("a cat[, wet:3]", 10)), std::string("3=a cat|10=a cat, wet|"));   // [to:when]
        QCOMPARE(seg(parse_prompt_schedule("a cat[, wet::3]", 10)), std::string("3=a cat, wet|10=a cat|"));  // [from::when]
        QCOMPARE(seg(parse_prompt_schedule("[a:b:2] [c:d:6]", 10)), std::string("2=a c|6=b c|10=b d|"));
        QCOMPARE(seg(parse_prompt_schedule("[a:b:20]", 10)), std::string("10=a|"));  // never reached
        QCOMPARE(seg(parse_prompt_schedule("[a:b:0]", 10)), std::string("10=b|"));
        // not prompt editing: kept as written
        QCOMPARE(seg(parse_prompt_schedule("[word] [a|b] [x:y] \\[p:q:3\\]", 10)),
                 std::string("10=[word] [a|b] [x:y] \\[p:q:3\\]|"));
        QVERIFY(methods::has_prompt_editing("x [a:b:3]"));
        QVERIFY(!methods::has_prompt_editing("x [a] (b:1.2)"));
    }

    /// `clue generate --prompt "[A:B:5]"` equals the golden hand-written swap loop.
    void matches_golden_prompt_swap_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("sd15") << "tiny-sd15";
        QTest::newRow("sd21") << "tiny-sd21";
    }
    void matches_golden_prompt_swap() {
        QFETCH(QString, name);
        torch::set_num_threads(1);
        auto c = test::load_case(name.toStdString() + "__prompt_edit_ddim");
        auto m = Model::load(test::models_dir() + "/" + name.toStdString());
        QVERIFY(m.ok());
        GenerateOptions o;
        o.prompt = "[" + c.json["prompt_a"].get<std::string>() + ":" + c.json["prompt_b"].get<std::string>() + ":" +
                   std::to_string(c.json["swap_step_k"].get<int>()) + "]";
        o.sampler = "ddim";
        o.steps = c.json["num_inference_steps"];
        o.cfg = c.json["guidance_scale"];
        o.seed = c.json["seed"];
        o.width = c.json["width"];
        o.height = c.json["height"];
        SimpleJobContext ctx;
        auto r = generate(**m, o, ctx);
        QVERIFY(r.ok());
        auto lat = torch::from_blob(r->latents.data(), r->latents_shape, torch::kFloat32);
        CLUE_EXPECT_CLOSE(lat, c["final_latents"], 1e-4, 2e-5);
        // and the swap really mattered: A-only differs
        QVERIFY(!test::close(lat, c["final_latents_no_swap_A_only"], 1e-3, 0).ok);
        QVERIFY(r->infotexts[0].rfind(o.prompt, 0) == 0);  // infotext keeps the editing syntax, as A1111 does
    }
};

QTEST_GUILESS_MAIN(TestPromptSchedule)
#include "test_prompt_schedule.moc"
