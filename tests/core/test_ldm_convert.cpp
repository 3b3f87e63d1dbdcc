// io/ldm_convert: the tiny single-file checkpoints (golden/checkpoints, fp16) must convert to exactly the
// diffusers folders (resources/models) — same keys, tensors equal to the folder's fp32 weights cast to fp16 —
// and to the same configs. ref: golden/GOLDEN_README.md "Single-file (original-format) checkpoints".
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <fstream>
#include <set>

#include "common/error.h"
#include "io/ldm_convert.h"
#include "io/ldm_names.h"
#include "test_util.h"

using clue::io::ConvertedCheckpoint;
using clue::io::SafetensorsFile;
using nlohmann::json;

namespace {

std::string checkpoint_path(const std::string& model) { return clue::test::golden_dir() + "/checkpoints/" + model + ".safetensors"; }
std::string yaml_path(const std::string& model) { return clue::test::golden_dir() + "/checkpoints/" + model + ".yaml"; }

json read_json(const std::string& path) {
    std::ifstream in(path);
    return json::parse(in);
}

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Weights: same key set as the folder file, each tensor == folder fp32 weight cast to fp16 and back.
void compare_weights(const std::map<std::string, at::Tensor>& got, const std::string& reference_file) {
    auto ref = SafetensorsFile::open(reference_file);
    std::vector<std::string> missing, extra, different;
    for (const auto& [name, entry] : ref->entries()) {
        auto it = got.find(name);
        if (it == got.end()) {
            missing.push_back(name);
            continue;
        }
        const at::Tensor expected = ref->tensor(name).to(torch::kHalf).to(torch::kFloat);
        if (it->second.scalar_type() != torch::kFloat || !torch::equal(it->second, expected)) different.push_back(name);
    }
    for (const auto& [name, tensor] : got)
        if (!ref->has(name)) extra.push_back(name);
    const std::string msg = reference_file + ": missing " + json(missing).dump() + ", extra " + json(extra).dump() +
                            ", different " + json(different).dump();
    QVERIFY2(missing.empty() && extra.empty() && different.empty(), msg.c_str());
}

/// Config: `fields` of the folder config (all but version keys when empty; then no extra keys either).
void compare_config(const json& got, const std::string& reference_file, std::vector<std::string> fields) {
    const json ref = read_json(reference_file);
    if (fields.empty()) {
        for (const auto& [key, value] : ref.items())
            if (key != "_diffusers_version" && key != "transformers_version" && key != "_name_or_path") fields.push_back(key);
        for (const auto& [key, value] : got.items()) {
            const std::string msg = reference_file + ": converted config has extra key " + key;
            QVERIFY2(ref.contains(key), msg.c_str());
        }
    }
    for (const auto& key : fields) {
        const std::string msg = reference_file + ": " + key + " = " + (got.contains(key) ? got[key].dump() : "<absent>") +
                                ", folder has " + ref.value(key, json()).dump();
        QVERIFY2(got.contains(key) && got[key] == ref[key], msg.c_str());
    }
}

clue::Errc error_of(const std::string& checkpoint, const std::string& yaml, std::string* message) {
    try {
        clue::io::convert_ldm_checkpoint(*SafetensorsFile::open(checkpoint), yaml);
    } catch (const clue::CoreError& e) {
        *message = e.what();
        return e.code();
    }
    return clue::Errc::Internal;
}

/// Copy of a checkpoint with tensors removed / added (fp16 kept).
std::string edited_copy(const QTemporaryDir& dir, const std::string& model, const std::set<std::string>& drop,
                        const clue::io::NamedTensors& add) {
    auto file = SafetensorsFile::open(checkpoint_path(model));
    clue::io::NamedTensors tensors;
    for (const auto& name : file->names())
        if (!drop.count(name)) tensors.emplace_back(name, file->tensor(name, false));
    tensors.insert(tensors.end(), add.begin(), add.end());
    const std::string path = dir.filePath("edited.safetensors").toStdString();
    clue::io::write_safetensors(path, tensors);
    return path;
}

}  // namespace

class TestLdmConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognisesLdmCheckpoints() {
        QVERIFY(clue::io::looks_like_ldm_checkpoint(*SafetensorsFile::open(checkpoint_path("tiny-sd15"))));
        QVERIFY(clue::io::looks_like_ldm_checkpoint(*SafetensorsFile::open(checkpoint_path("tiny-sd21"))));
        const std::string unet = clue::test::models_dir() + "/tiny-sd15/unet/diffusion_pytorch_model.safetensors";
        QVERIFY(!clue::io::looks_like_ldm_checkpoint(*SafetensorsFile::open(unet)));
    }

    void convertsToDiffusersFolder_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("with_yaml");
        QTest::newRow("tiny-sd15 + yaml") << "tiny-sd15" << true;
        QTest::newRow("tiny-sd15, shapes only") << "tiny-sd15" << false;
        QTest::newRow("tiny-sd21 + yaml") << "tiny-sd21" << true;
        QTest::newRow("tiny-sd21, shapes only") << "tiny-sd21" << false;
    }

    void convertsToDiffusersFolder() {
        QFETCH(QString, model);
        QFETCH(bool, with_yaml);
        const std::string name = model.toStdString();
        const bool sd2 = name == "tiny-sd21";
        const std::string folder = clue::test::models_dir() + "/" + name;
        auto file = SafetensorsFile::open(checkpoint_path(name));
        const ConvertedCheckpoint c = clue::io::convert_ldm_checkpoint(*file, with_yaml ? yaml_path(name) : "");

        QCOMPARE(c.family, std::string(sd2 ? "sd2" : "sd1"));
        compare_weights(c.unet, folder + "/unet/diffusion_pytorch_model.safetensors");
        compare_weights(c.vae, folder + "/vae/diffusion_pytorch_model.safetensors");
        compare_weights(c.text_encoder, folder + "/text_encoder/model.safetensors");

        const json report = read_json(clue::test::golden_dir() + "/checkpoints/conversion_report.json");
        const auto unused = report[name]["single_file"]["extra_unused_keys"].get<std::set<std::string>>();
        QCOMPARE(std::set<std::string>(c.ignored_keys.begin(), c.ignored_keys.end()), unused);

        if (with_yaml) {  // everything is determined: identical configs, nothing guessed
            compare_config(c.unet_config, folder + "/unet/config.json", {});
            compare_config(c.vae_config, folder + "/vae/config.json", {});
            compare_config(c.text_encoder_config, folder + "/text_encoder/config.json", {});
            compare_config(c.scheduler_config, folder + "/scheduler/scheduler_config.json", {});
            QVERIFY2(c.notes.empty(), json(c.notes).dump().c_str());
            return;
        }
        // Shapes only: what the tensors determine, plus real-SD defaults that happen to hold for these models.
        std::vector<std::string> unet_fields = {
            "block_out_channels", "layers_per_block", "cross_attention_dim", "use_linear_projection",
            "upcast_attention",   "down_block_types", "up_block_types",      "in_channels",
            "out_channels",       "mid_block_type",   "transformer_layers_per_block"};
        if (!sd2) unet_fields.push_back("attention_head_dim");  // SD1 default 8 heads; SD2's head dim 64 ≠ tiny's 8
        compare_config(c.unet_config, folder + "/unet/config.json", unet_fields);
        compare_config(c.vae_config, folder + "/vae/config.json",
                       {"block_out_channels", "layers_per_block", "latent_channels", "scaling_factor", "in_channels",
                        "out_channels", "down_block_types", "up_block_types"});
        compare_config(c.text_encoder_config, folder + "/text_encoder/config.json",
                       {"hidden_size", "intermediate_size", "num_hidden_layers", "vocab_size",
                        "max_position_embeddings", "hidden_act", "projection_dim"});
        compare_config(c.scheduler_config, folder + "/scheduler/scheduler_config.json", {});
        QVERIFY(!c.notes.empty());
        QCOMPARE(c.unet_config["sample_size"].get<int>(), sd2 ? 768 / 8 : 512 / 2);  // VAE scale 8 / 2
        QCOMPARE(c.vae_config["sample_size"].get<int>(), sd2 ? 768 : 512);
    }

    void rejectsMissingTensor() {
        QTemporaryDir dir;
        const std::string key = "model.diffusion_model.time_embed.0.weight";
        std::string msg;
        QCOMPARE(error_of(edited_copy(dir, "tiny-sd15", {key}, {}), yaml_path("tiny-sd15"), &msg), clue::Errc::MissingTensor);
        QVERIFY2(msg.find(key) != std::string::npos && msg.find("edited.safetensors") != std::string::npos, msg.c_str());

        const std::string block = "cond_stage_model.model.transformer.resblocks.2.attn.in_proj_weight";
        QCOMPARE(error_of(edited_copy(dir, "tiny-sd21", {block}, {}), "", &msg), clue::Errc::MissingTensor);
        QVERIFY2(msg.find(block) != std::string::npos, msg.c_str());
    }

    void rejectsUnknownTensor() {
        QTemporaryDir dir;
        const std::string key = "model.diffusion_model.input_blocks.1.2.weight";
        std::string msg;
        const auto path = edited_copy(dir, "tiny-sd15", {}, {{key, torch::zeros({4})}});
        QCOMPARE(error_of(path, "", &msg), clue::Errc::UnexpectedTensor);
        QVERIFY2(msg.find(key) != std::string::npos, msg.c_str());
    }

    void rejectsUnsupportedModels() {
        std::string msg;
        const std::string vae = clue::test::models_dir() + "/tiny-sd15/vae/diffusion_pytorch_model.safetensors";
        QCOMPARE(error_of(vae, "", &msg), clue::Errc::UnsupportedModel);
        QTemporaryDir dir;
        const auto sdxl = edited_copy(dir, "tiny-sd15", {}, {{"conditioner.embedders.1.model.ln_final.weight", torch::ones({4})}});
        QCOMPARE(error_of(sdxl, "", &msg), clue::Errc::UnsupportedModel);
        QVERIFY2(msg.find("SDXL") != std::string::npos, msg.c_str());
    }

    void rejectsContradictingYaml() {
        std::string msg;
        // SD2 (OpenCLIP) yaml for an SD1 (CLIP) checkpoint
        QCOMPARE(error_of(checkpoint_path("tiny-sd15"), yaml_path("tiny-sd21"), &msg), clue::Errc::BadConfig);
        QVERIFY2(msg.find("cond_stage_config.target") != std::string::npos, msg.c_str());
        // wrong res-block count
        QTemporaryDir dir;
        std::string text = read_text(yaml_path("tiny-sd15"));
        const auto at = text.find("num_res_blocks: 2");
        QVERIFY(at != std::string::npos);
        text.replace(at, 17, "num_res_blocks: 3");
        const std::string edited = dir.filePath("edited.yaml").toStdString();
        std::ofstream(edited) << text;
        QCOMPARE(error_of(checkpoint_path("tiny-sd15"), edited, &msg), clue::Errc::BadConfig);
        QVERIFY2(msg.find("unet_config.params.num_res_blocks") != std::string::npos && msg.find("edited.yaml") != std::string::npos,
                 msg.c_str());
        // header hint that contradicts the tensors
        text = read_text(yaml_path("tiny-sd15"));
        text.replace(text.find("mlp=37"), 6, "mlp=64");
        std::ofstream(edited) << text;
        QCOMPARE(error_of(checkpoint_path("tiny-sd15"), edited, &msg), clue::Errc::BadConfig);
        QCOMPARE(error_of(checkpoint_path("tiny-sd15"), dir.filePath("absent.yaml").toStdString(), &msg),
                 clue::Errc::FileNotFound);
    }

    // The tiny UNets have 2 levels; real SD has 4 (attention in the first 3, 2 res blocks). Names only: a
    // synthetic UNet with that LDM layout (shape-1 tensors) in place of tiny-sd15's.
    void generalisesToRealSdUnetLayout() {
        clue::io::NamedTensors unet;
        auto add = [&](const std::string& name, std::vector<std::int64_t> shape = {1}) {
            unet.emplace_back("model.diffusion_model." + name, torch::zeros(shape, torch::kHalf));
        };
        auto resnet = [&](const std::string& p, bool skip) {
            for (const char* n : {"in_layers.0", "in_layers.2", "emb_layers.1", "out_layers.0", "out_layers.3"})
                for (const char* wb : {".weight", ".bias"}) add(p + n + wb);
            if (skip) add(p + "skip_connection.weight"), add(p + "skip_connection.bias");
        };
        auto attention = [&](const std::string& p) {
            for (const char* n : {"norm", "proj_out", "transformer_blocks.0.attn1.to_out.0", "transformer_blocks.0.attn2.to_out.0",
                                  "transformer_blocks.0.ff.net.0.proj", "transformer_blocks.0.ff.net.2",
                                  "transformer_blocks.0.norm1", "transformer_blocks.0.norm2", "transformer_blocks.0.norm3"})
                for (const char* wb : {".weight", ".bias"}) add(p + n + wb);
            add(p + "proj_in.weight", {1, 1, 1, 1}), add(p + "proj_in.bias");
            for (const char* n : {"attn1.to_q", "attn1.to_k", "attn1.to_v", "attn2.to_q", "attn2.to_v"})
                add(p + "transformer_blocks.0." + n + ".weight");
            add(p + "transformer_blocks.0.attn2.to_k.weight", {1, 1});
        };
        for (const char* n : {"time_embed.0", "time_embed.2", "out.0"})
            for (const char* wb : {".weight", ".bias"}) add(std::string(n) + wb);
        add("input_blocks.0.0.weight", {1, 1, 3, 3}), add("input_blocks.0.0.bias");
        add("out.2.weight", {1, 1, 3, 3}), add("out.2.bias");
        int in = 1, out = 0;
        for (int level = 0; level < 4; ++level) {
            for (int layer = 0; layer < 2; ++layer, ++in) {
                resnet("input_blocks." + std::to_string(in) + ".0.", layer == 0 && (level == 1 || level == 2));  // mult 1,2,4,4
                if (level < 3) attention("input_blocks." + std::to_string(in) + ".1.");
            }
            if (level < 3) add("input_blocks." + std::to_string(in) + ".0.op.weight"), add("input_blocks." + std::to_string(in++) + ".0.op.bias");
        }
        resnet("middle_block.0.", false), attention("middle_block.1."), resnet("middle_block.2.", false);
        for (int level = 0; level < 4; ++level)
            for (int layer = 0; layer < 3; ++layer, ++out) {
                const std::string p = "output_blocks." + std::to_string(out) + ".";
                resnet(p + "0.", true);
                if (level > 0) attention(p + "1.");
                if (level < 3 && layer == 2)
                    add(p + (level > 0 ? "2" : "1") + ".conv.weight"), add(p + (level > 0 ? "2" : "1") + ".conv.bias");
            }
        QCOMPARE(int(unet.size()), 686);  // real SD1/SD2 UNets hold 686 tensors

        auto tiny = SafetensorsFile::open(checkpoint_path("tiny-sd15"));
        for (const auto& name : tiny->names())
            if (!name.starts_with("model.diffusion_model.")) unet.emplace_back(name, tiny->tensor(name, false));
        QTemporaryDir dir;
        const std::string path = dir.filePath("real-layout.safetensors").toStdString();
        clue::io::write_safetensors(path, unet);
        const auto c = clue::io::convert_ldm_checkpoint(*SafetensorsFile::open(path), "");
        QCOMPARE(int(c.unet.size()), 686);
        for (const char* name : {"down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_k.weight",
                                 "down_blocks.3.resnets.1.conv2.weight", "down_blocks.1.resnets.0.conv_shortcut.weight",
                                 "down_blocks.2.downsamplers.0.conv.weight", "mid_block.attentions.0.proj_in.weight",
                                 "up_blocks.0.resnets.2.time_emb_proj.bias", "up_blocks.0.upsamplers.0.conv.weight",
                                 "up_blocks.2.upsamplers.0.conv.bias", "up_blocks.3.attentions.2.transformer_blocks.0.ff.net.2.weight",
                                 "up_blocks.3.resnets.2.conv_shortcut.bias"})
            QVERIFY2(c.unet.count(name), name);
        QVERIFY(!c.unet.count("down_blocks.3.downsamplers.0.conv.weight") && !c.unet.count("up_blocks.3.upsamplers.0.conv.weight"));
        QCOMPARE(c.unet_config["down_block_types"],
                 json::parse(R"(["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"])"));
        QCOMPARE(c.unet_config["up_block_types"],
                 json::parse(R"(["UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"])"));
        QCOMPARE(c.unet_config["layers_per_block"], json(2));
    }

    void parsesLdmYamlSubset() {
        const std::string text =
            "# header  heads=4 act=gelu\n"
            "model:\n"
            "  base_learning_rate: 1.0e-04   # comment\n"
            "  params:\n"
            "    parameterization: \"v\"\n"
            "    flags: [1, 2.5, 1.e-6, true, null, 'a b', [3, 4]]\n"
            "    map: {a: 1, b: x}\n"
            "    use_ema: False\n"
            "    empty:\n"
            "    items:\n"
            "    - 10\n"
            "    - target: x.y.Z\n"
            "      params:\n"
            "        n: -3\n"
            "    url: http://a/b#c\n";
        const json y = clue::io::ldm::parse_yaml(text, "inline.yaml");
        QCOMPARE(y["model"]["base_learning_rate"].get<double>(), 1.0e-4);
        const json& p = y["model"]["params"];
        QCOMPARE(p["parameterization"], json("v"));
        QCOMPARE(p["flags"], json::parse(R"([1, 2.5, 1e-6, true, null, "a b", [3, 4]])"));
        QVERIFY(p["flags"][0].is_number_integer());
        QCOMPARE(p["map"], json::parse(R"({"a": 1, "b": "x"})"));
        QCOMPARE(p["use_ema"], json(false));
        QVERIFY(p["empty"].is_null());
        QCOMPARE(p["items"], json::parse(R"([10, {"target": "x.y.Z", "params": {"n": -3}}])"));
        QCOMPARE(p["url"], json("http://a/b#c"));
        const auto hints = clue::io::ldm::parse_yaml_hints(text);
        QCOMPARE(hints.at("heads"), std::string("4"));
        QCOMPARE(hints.at("act"), std::string("gelu"));

        bool threw = false;
        try {
            clue::io::ldm::parse_yaml("a: 1\n  b: 2\n", "bad.yaml");
        } catch (const clue::CoreError& e) {
            threw = e.code() == clue::Errc::BadConfig && std::string(e.what()).find("bad.yaml:2") != std::string::npos;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestLdmConvert)
#include "test_ldm_convert.moc"
