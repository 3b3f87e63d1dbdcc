// Tokenizers: CLIP BPE against the golden ids of transformers' slow CLIPTokenizer (tests/data/golden/cases/
// tokenizer.json, SD 1.x and SD 2.x tokenizer folders), the BasicTokenizer normalisation, errors, and the
// sentencepiece tokenizer through the dlopen'ed shim (a tiny unigram model trained at test time).
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <atomic>
#include <fstream>
#include <thread>

#include "common/error.h"
#include "test_util.h"
#include "tokenizers/clip_bpe.h"
#include "tokenizers/spm_tokenizer.h"
#include "tokenizers/tokenizer.h"

using clue::tok::ClipBpeTokenizer;
using clue::tok::Tokenizer;

namespace {

nlohmann::json load_tokenizer_cases() {
    std::ifstream in(clue::test::case_path("tokenizer.json"));
    if (!in) return nullptr;
    return nlohmann::json::parse(in);
}

std::vector<std::int64_t> ids_of(const nlohmann::json& j) { return j.get<std::vector<std::int64_t>>(); }
std::vector<std::string> strs_of(const nlohmann::json& j) { return j.get<std::vector<std::string>>(); }

template <class T>
std::vector<T> strip_ends(const std::vector<T>& v) {  // drop the <|startoftext|> ... <|endoftext|> frame
    return v.size() >= 2 ? std::vector<T>(v.begin() + 1, v.end() - 1) : std::vector<T>{};
}

template <class T>
QByteArray describe(const std::vector<T>& v) {
    QByteArray s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) s += ", ";
        if constexpr (std::is_same_v<T, std::string>)
            s += '"' + QByteArray::fromStdString(v[i]) + '"';
        else
            s += QByteArray::number(static_cast<qlonglong>(v[i]));
    }
    return s + "]";
}

template <class T>
bool same(const std::vector<T>& got, const std::vector<T>& want, QByteArray* msg) {
    if (got == want) return true;
    *msg = "got " + describe(got) + "\n   want " + describe(want);
    return false;
}

std::string sd1_dir() { return clue::test::models_dir() + "/tiny-sd15/tokenizer"; }
std::string sd2_dir() { return clue::test::models_dir() + "/tiny-sd21/tokenizer"; }

void write_file(const QString& path, const std::string& content) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << content;
}

}  // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

private:
    nlohmann::json cases_;
    std::unique_ptr<Tokenizer> sd1_, sd2_;

    void golden_rows() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases_["cases"].size(); ++i) {
            std::string p = cases_["cases"][i]["prompt"].get<std::string>();
            if (p.size() > 40) p = p.substr(0, 40) + "...";
            QTest::newRow(QByteArray::number(static_cast<int>(i)) + ": " + QByteArray::fromStdString(p))
                << static_cast<int>(i);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        cases_ = load_tokenizer_cases();
        QVERIFY2(cases_.is_object(), "cannot read golden cases/tokenizer.json");
        QCOMPARE(cases_["cases"].size(), std::size_t(22));
        sd1_ = clue::tok::load_tokenizer(sd1_dir());
        sd2_ = clue::tok::load_tokenizer(sd2_dir());
        QVERIFY(sd1_ && sd2_);
    }

    void special_ids() {
        QCOMPARE(sd1_->bos_id(), std::int64_t(49406));
        QCOMPARE(sd1_->eos_id(), std::int64_t(49407));
        QCOMPARE(sd1_->pad_id(), std::int64_t(49407));
        QCOMPARE(sd2_->bos_id(), std::int64_t(49406));
        QCOMPARE(sd2_->eos_id(), std::int64_t(49407));
        QCOMPARE(sd2_->pad_id(), std::int64_t(0));
        auto* clip = dynamic_cast<ClipBpeTokenizer*>(sd1_.get());
        QVERIFY(clip);
        QCOMPARE(clip->vocab_size(), std::size_t(49408));
        QCOMPARE(clip->token_to_id("photo</w>"), std::int64_t(1125));
        QCOMPARE(clip->token_to_id("no such token"), std::int64_t(49407));  // unk = <|endoftext|>
    }

    void sd1_golden_data() { golden_rows(); }
    void sd1_golden() {
        QFETCH(int, index);
        const auto& c = cases_["cases"][static_cast<std::size_t>(index)];
        const std::string prompt = c["prompt"].get<std::string>();
        QByteArray msg;
        QVERIFY2(same(sd1_->encode(prompt), strip_ends(ids_of(c["ids_untruncated"])), &msg), msg.constData());
        QVERIFY2(same(sd1_->tokens(prompt), strip_ends(strs_of(c["bpe_tokens"])), &msg), msg.constData());
        QVERIFY2(same(sd1_->encode_padded(prompt, 77), ids_of(c["input_ids_pad_eot"]), &msg), msg.constData());
        QCOMPARE(static_cast<int>(sd1_->encode(prompt).size()) + 2, c["n_tokens_untruncated"].get<int>());
    }

    void sd2_golden_data() { golden_rows(); }
    void sd2_golden() {
        QFETCH(int, index);
        const auto& c = cases_["cases"][static_cast<std::size_t>(index)];
        const std::string prompt = c["prompt"].get<std::string>();
        // SD 2.x: "!" is the pad special token, split out of the text and mapped to 0 (where it differs from SD1,
        // the case has *_pad_0_tokenizer entries)
        const auto& ids = c.contains("ids_untruncated_pad_0_tokenizer") ? c["ids_untruncated_pad_0_tokenizer"]
                                                                         : c["ids_untruncated"];
        const auto& toks = c.contains("bpe_tokens_pad_0_tokenizer") ? c["bpe_tokens_pad_0_tokenizer"] : c["bpe_tokens"];
        QByteArray msg;
        QVERIFY2(same(sd2_->encode(prompt), strip_ends(ids_of(ids)), &msg), msg.constData());
        QVERIFY2(same(sd2_->tokens(prompt), strip_ends(strs_of(toks)), &msg), msg.constData());
        QVERIFY2(same(sd2_->encode_padded(prompt, 77), ids_of(c["input_ids_pad_0"]), &msg), msg.constData());
    }

    void sd2_bang_is_special() {
        using V = std::vector<std::int64_t>;
        QCOMPARE(sd1_->encode("banana!"), (V{8922, 256}));
        QCOMPARE(sd2_->encode("banana!"), (V{8922, 0}));
        QCOMPARE(sd1_->encode("!!!"), (V{995}));
        QCOMPARE(sd2_->encode("!!!"), (V{0, 0, 0}));
    }

    void basic_normalization() {
        // BasicTokenizer(strip_accents=False, do_split_on_punc=False), values from Python 3.11
        QCOMPARE(ClipBpeTokenizer::basic_normalize("  A\tB\nC\r\x01 D "), std::string("a b c d"));
        QCOMPARE(ClipBpeTokenizer::basic_normalize("Stra\xc3\x9f" "e \xc3\x85ngstr\xc3\xb6m"),
                 std::string("stra\xc3\x9f" "e \xc3\xa5ngstr\xc3\xb6m"));  // ß stays, Å -> å
        QCOMPARE(ClipBpeTokenizer::basic_normalize("e\xcc\x81"), std::string("\xc3\xa9"));        // NFC: e + U+0301 -> é
        QCOMPARE(ClipBpeTokenizer::basic_normalize("\xe6\x97\xa5\xe6\x9c\xac"),                   // 日本 -> "日 本"
                 std::string("\xe6\x97\xa5 \xe6\x9c\xac"));
        QCOMPARE(ClipBpeTokenizer::basic_normalize("\xce\x9f\xce\x94\xce\x9f\xce\xa3"),           // ΟΔΟΣ -> οδος (final ς)
                 std::string("\xce\xbf\xce\xb4\xce\xbf\xcf\x82"));
        QCOMPARE(ClipBpeTokenizer::basic_normalize("\xce\xa3\xce\x91"), std::string("\xcf\x83\xce\xb1"));  // ΣΑ -> σα
        QCOMPARE(ClipBpeTokenizer::basic_normalize("\xc4\xb0"), std::string("i\xcc\x87"));          // İ -> i + U+0307
        QCOMPARE(ClipBpeTokenizer::basic_normalize("a\xe2\x80\x8b" "b\xc2\xa0" "c"),                // ZWSP dropped, NBSP
                 std::string("ab c"));
        QCOMPARE(ClipBpeTokenizer::basic_normalize("\xea\xb0\x80\xe1\x86\xa8"), std::string("\xea\xb0\x81"));  // 가+ᆨ->각
        QCOMPARE(ClipBpeTokenizer::basic_normalize("bad\xff" "utf8"), std::string("badutf8"));   // U+FFFD dropped
        using S = std::vector<std::string>;
        QCOMPARE(ClipBpeTokenizer::regex_split("don't 3.14 a--b <|endoftext|>x"),
                 (S{"don", "'t", "3", ".", "1", "4", "a", "--", "b", "<|endoftext|>", "x"}));
    }

    void encode_padded_truncates() {
        const auto ids = sd1_->encode_padded("a photo of a cat", 5);
        QCOMPARE(ids, (std::vector<std::int64_t>{49406, 320, 1125, 539, 49407}));
        const auto empty = sd2_->encode_padded("", 4);
        QCOMPARE(empty, (std::vector<std::int64_t>{49406, 49407, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(clue::CoreError, sd1_->encode_padded("x", 1));
    }

    void thread_safe() {
        const auto& cs = cases_["cases"];
        std::vector<std::vector<std::int64_t>> want;
        for (const auto& c : cs) want.push_back(sd1_->encode(c["prompt"].get<std::string>()));
        auto fresh = clue::tok::load_tokenizer(sd1_dir());  // empty cache: the threads fill it concurrently
        std::atomic<int> bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int r = 0; r < 20; ++r)
                    for (std::size_t i = 0; i < cs.size(); ++i) {
                        const std::size_t k = (i + static_cast<std::size_t>(t * 5)) % cs.size();
                        if (fresh->encode(cs[k]["prompt"].get<std::string>()) != want[k]) ++bad;
                    }
            });
        for (auto& th : threads) th.join();
        QCOMPARE(bad.load(), 0);
    }

    void load_errors() {
        auto code_of = [](const std::string& folder, std::string* what) {
            try {
                clue::tok::load_tokenizer(folder);
            } catch (const clue::CoreError& e) {
                *what = e.what();
                return e.code();
            }
            return clue::Errc::Internal;
        };
        std::string what;
        QCOMPARE(code_of("/nonexistent/tokenizer", &what), clue::Errc::FileNotFound);
        QVERIFY2(what.find("/nonexistent/tokenizer") != std::string::npos, what.c_str());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string d = dir.path().toStdString();
        QCOMPARE(code_of(d, &what), clue::Errc::FileNotFound);  // empty folder
        write_file(dir.filePath("vocab.json"), "{\"a</w>\": 0}");
        QCOMPARE(code_of(d, &what), clue::Errc::FileNotFound);  // no merges.txt
        QVERIFY2(what.find("merges.txt") != std::string::npos, what.c_str());
        write_file(dir.filePath("merges.txt"), "#version: 0.2\n");
        write_file(dir.filePath("vocab.json"), "{\"a</w>\": 0,");
        QCOMPARE(code_of(d, &what), clue::Errc::BadFormat);  // truncated JSON
        QVERIFY2(what.find("vocab.json") != std::string::npos, what.c_str());
        write_file(dir.filePath("vocab.json"), "{\"\\u0061</w>\": 0, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}");
        write_file(dir.filePath("tokenizer_config.json"), "{ nope");
        QCOMPARE(code_of(d, &what), clue::Errc::BadFormat);
        QVERIFY2(what.find("tokenizer_config.json") != std::string::npos, what.c_str());
        QFile::remove(dir.filePath("tokenizer_config.json"));
        // a minimal valid folder ("\u0061" is "a"): no merges, unknown symbols -> unk
        auto tok = clue::tok::load_tokenizer(d);
        QCOMPARE(tok->encode("a b"), (std::vector<std::int64_t>{0, 2}));
    }

    void sentencepiece() {
        std::string why;
        if (!clue::tok::spm_available(&why)) QSKIP(("sentencepiece shim not available: " + why).c_str());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // a small deterministic corpus
        const char* words[] = {"photo", "cat", "dog", "red", "green", "blue", "sky", "house", "tree", "river",
                               "mountain", "portrait", "painting", "light", "shadow", "city", "night", "sun"};
        std::string corpus;
        std::uint32_t s = 12345;
        for (int line = 0; line < 400; ++line) {
            corpus += "a";
            for (int w = 0; w < 8; ++w) {
                s = s * 1664525u + 1013904223u;
                corpus += ' ';
                corpus += words[(s >> 16) % (sizeof(words) / sizeof(words[0]))];
            }
            corpus += '\n';
        }
        write_file(dir.filePath("corpus.txt"), corpus);
        const std::string prefix = dir.filePath("spiece").toStdString();
        clue::tok::spm_train("--input=" + dir.filePath("corpus.txt").toStdString() + " --model_prefix=" + prefix +
                             " --vocab_size=60 --model_type=unigram --character_coverage=1.0"
                             " --pad_id=0 --bos_id=1 --eos_id=2 --unk_id=3 --num_threads=1 --hard_vocab_limit=false --minloglevel=1");
        QVERIFY(QFile::exists(dir.filePath("spiece.model")));

        auto tok = clue::tok::load_tokenizer(dir.path().toStdString());
        QVERIFY(tok);
        QVERIFY(dynamic_cast<ClipBpeTokenizer*>(tok.get()) == nullptr);
        QCOMPARE(tok->pad_id(), std::int64_t(0));
        QCOMPARE(tok->bos_id(), std::int64_t(1));
        QCOMPARE(tok->eos_id(), std::int64_t(2));

        const std::string text = "a red cat under the night sky";
        const auto ids = tok->encode(text);
        QVERIFY(!ids.empty());
        QCOMPARE(tok->encode(text), ids);  // deterministic
        for (auto id : ids) QVERIFY(id >= 0 && id < 60);

        // pieces round-trip to the text ("▁" marks a space)
        const auto pieces = tok->tokens(text);
        QCOMPARE(pieces.size(), ids.size());
        std::string joined;
        for (const auto& p : pieces) joined += p;
        std::string spaced;
        for (std::size_t i = 0; i < joined.size();) {
            if (joined.compare(i, 3, "\xe2\x96\x81") == 0) {
                spaced += ' ';
                i += 3;
            } else {
                spaced += joined[i++];
            }
        }
        QCOMPARE(spaced, " " + text);

        const auto padded = tok->encode_padded(text, 77);
        QCOMPARE(padded.size(), std::size_t(77));
        QCOMPARE(padded.front(), std::int64_t(1));
        QCOMPARE(padded[ids.size() + 1], std::int64_t(2));
        for (std::size_t i = 1; i <= ids.size(); ++i) QCOMPARE(padded[i], ids[i - 1]);
        for (std::size_t i = ids.size() + 2; i < padded.size(); ++i) QCOMPARE(padded[i], std::int64_t(0));

        const auto cut = tok->encode_padded(text, 4);
        QCOMPARE(cut, (std::vector<std::int64_t>{1, ids[0], ids[1], 2}));

        // errors: a missing and a broken model
        QVERIFY_THROWS_EXCEPTION(clue::CoreError, clue::tok::load_tokenizer(dir.filePath("missing.model").toStdString()));
        write_file(dir.filePath("broken.model"), "not a model");
        try {
            clue::tok::load_tokenizer(dir.filePath("broken.model").toStdString());
            QFAIL("a broken model loaded");
        } catch (const clue::CoreError& e) {
            QCOMPARE(e.code(), clue::Errc::BadFormat);
            QVERIFY2(std::string(e.what()).find("broken.model") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "test_tokenizer.moc"
