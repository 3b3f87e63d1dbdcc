// clue info MODEL — components, config, parameter counts and hashes.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include "clue/engine.h"
#include "commands.h"

namespace clue::cli {

int report_error(const Error& e) {
    std::fprintf(stderr, "error (%s %d): %s\n", errc_area(e.code), static_cast<int>(e.code), e.detail.c_str());
    return errc_exit_code(e.code);
}

Runner add_info_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("info", "Show a model's components, configs, parameter counts and hashes");
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("model", *path, "diffusers folder or single .safetensors file")->required();
    cmd->add_flag("--json", *json, "print JSON");
    return [path, json]() -> int {
        LoadOptions lo;
        lo.device = "cpu";
        auto m = Model::load(*path, lo);
        if (!m) return report_error(m.error());
        const ModelInfo& i = (*m)->info();
        nlohmann::json j = {{"path", i.path}, {"name", i.name}, {"format", i.format}, {"family", i.family},
                            {"sha256", i.sha256}, {"model_hash", i.short_hash}, {"prediction_type", i.prediction_type},
                            {"scheduler", i.scheduler_class}, {"native_size", i.native_size},
                            {"vae_scale_factor", i.vae_scale_factor}};
        int64_t total = 0;
        for (const auto& c : i.components) {
            nlohmann::json cj = {{"class", c.class_name}, {"parameters", c.parameters}};
            if (!c.config_json.empty()) cj["config"] = nlohmann::json::parse(c.config_json, nullptr, false);
            j["components"][c.name] = cj;
            total += c.parameters;
        }
        j["parameters"] = total;
        if (*json) {
            std::cout << j.dump(2) << "\n";
            return 0;
        }
        std::printf("%s [%s]\n  path:       %s\n  format:     %s (%s, %s)\n  sha256:     %s\n  scheduler:  %s\n"
                    "  native:     %dx%d (VAE factor %d)\n  parameters: %lld\n",
                    i.name.c_str(), i.short_hash.c_str(), i.path.c_str(), i.format.c_str(), i.family.c_str(),
                    i.prediction_type.c_str(), i.sha256.c_str(), i.scheduler_class.c_str(), i.native_size,
                    i.native_size, i.vae_scale_factor, static_cast<long long>(total));
        for (const auto& c : i.components)
            std::printf("  %-13s %-22s %12lld params\n", c.name.c_str(), c.class_name.c_str(),
                        static_cast<long long>(c.parameters));
        for (const auto& c : i.components)
            if (!c.config_json.empty()) std::printf("\n[%s config]\n%s\n", c.name.c_str(), c.config_json.c_str());
        return 0;
    };
}

}  // namespace clue::cli
