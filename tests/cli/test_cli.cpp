// Drives `clue` like a script would: generate (txt2img against the golden case), info, error exits, Ctrl-C.
#include <QtTest/QtTest>
#include <torch/torch.h>

#include <csignal>

#include "clue/png_meta.h"
#include "io/safetensors.h"
#include <nlohmann/json.hpp>
#include "test_util.h"

using namespace clue;

namespace {
struct Run {
    int code;
    QString out, err;
};
Run clue_cli(const QStringList& args, int timeout_ms = 300000) {
    QProcess p;
    p.start(CLUE_CLI_EXE, args);
    p.waitForFinished(timeout_ms);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
QString model(const char* m) { return QString::fromStdString(test::models_dir()) + "/" + m; }
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
private Q_SLOTS:
    void generate_matches_diffusers() {
        auto c = test::load_case("tiny-sd21__txt2img_euler");
        const QString out = tmp.filePath("a.png"), lat = tmp.filePath("a.safetensors");
        auto r = clue_cli({"--threads", "1", "generate", "--model", model("tiny-sd21"), "--prompt",
                           QString::fromStdString(c.json["prompt"]), "--sampler", "Euler", "--steps", "10", "--cfg",
                           "7.5", "--seed", "0", "--width", "64", "--height", "64", "--out", out, "--save-latents", lat,
                           "--preview-every", "5", "-q"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto f = io::SafetensorsFile::open(lat.toStdString());
        CLUE_EXPECT_CLOSE(f->tensor("latents"), c["final_latents"], 1e-4, 2e-5);
        auto text = read_png_text(out.toStdString());
        QVERIFY(text.ok());
        const auto info = parse_infotext(text->parameters);
        QCOMPARE(info.prompt, c.json["prompt"].get<std::string>());
        QCOMPARE(info.params.at("Sampler"), std::string("Euler"));
        QCOMPARE(info.params.at("Seed"), std::string("0"));
        QCOMPARE(info.params.at("Size"), std::string("64x64"));
        QCOMPARE(info.params.at("Model hash").size(), size_t(10));
        QVERIFY(text->clue_json.find("\"synthetic\":true") != std::string::npos);
        QVERIFY(!QFile::exists(tmp.filePath("a.preview.png")));  // previews are cleaned up at the end
    }

    void info_lists_components() {
        auto r = clue_cli({"info", model("tiny-sd15"), "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["family"].get<std::string>(), std::string("sd1"));
        QCOMPARE(j["components"]["unet"]["class"].get<std::string>(), std::string("UNet2DConditionModel"));
        QVERIFY(j["parameters"].get<int64_t>() > 1000000);
        QCOMPARE(j["model_hash"].get<std::string>().size(), size_t(10));
    }

    void errors_exit_by_area() {
        auto r = clue_cli({"generate", "--model", model("tiny-sd15"), "--steps", "0"});
        QCOMPARE(r.code, 2);  // input
        QVERIFY2(r.err.contains("steps"), qPrintable(r.err));
        QFile ckpt(tmp.filePath("model.ckpt"));
        QVERIFY(ckpt.open(QIODevice::WriteOnly));
        ckpt.write("PK\x03\x04 pickle");
        ckpt.close();
        r = clue_cli({"info", tmp.filePath("model.ckpt")});
        QCOMPARE(r.code, 3);  // io: unsafe format
        QVERIFY2(r.err.contains("execute") && r.err.contains("safetensors"), qPrintable(r.err));
        r = clue_cli({"generate", "--sampler", "Heun++", "--prompt", "x"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("euler_a"), qPrintable(r.err));
    }

    void ctrl_c_cancels_and_writes_nothing() {
        const QString out = tmp.filePath("cancel.png");
        QProcess p;
        p.start(CLUE_CLI_EXE, {"--threads", "1", "generate", "--model", model("tiny-sd15"), "--prompt", "x", "--steps",
                               "200", "--out", out});
        QVERIFY(p.waitForStarted());
        // wait until the denoise loop runs, then interrupt like Ctrl-C
        QElapsedTimer t;
        t.start();
        QByteArray err;
        while (!err.contains("denoise") && t.elapsed() < 120000) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("denoise"), err.constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
