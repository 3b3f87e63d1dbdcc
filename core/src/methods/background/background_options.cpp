// Options, validation and subject-token lookup for Abs-Grad-SAM background replacement (methods.md §4.4–4.6).
#include <algorithm>
#include <cctype>
#include <cmath>

#include "clue/background.h"
#include "common/error.h"
#include "models/sd_model.h"

namespace clue {

const char* importance_kind_name(ImportanceKind k) {
    switch (k) {
        case ImportanceKind::AbsGradSam: return "abs-grad-sam";
        case ImportanceKind::AttentionOnly: return "attention";
        case ImportanceKind::ReluGradSam: return "relu-grad-sam";
    }
    return "?";
}

std::optional<ImportanceKind> parse_importance_kind(const std::string& name) {
    for (auto k : {ImportanceKind::AbsGradSam, ImportanceKind::AttentionOnly, ImportanceKind::ReluGradSam})
        if (name == importance_kind_name(k)) return k;
    return std::nullopt;
}

BackgroundOptions default_background_options() {
    // methods.md §4.6 [P]: DDIM-style 50 steps, CFG 7.5, strength 0.9, manipulation early (steps 2, 3, 4 of the run)
    BackgroundOptions o;
    o.base.sampler = "ddim";
    o.base.steps = 50;
    o.base.cfg = 7.5;
    o.base.strength = 0.9;
    o.base.seed = 1;
    return o;
}

Status validate(const BackgroundOptions& o) {
    auto bad = [](const std::string& m) -> Status { return Error{Errc::InvalidArgument, "background replacement: " + m}; };
    if (auto s = validate(o.base); !s) return s;
    if (!o.base.init_image || o.base.init_image->empty()) return bad("a reference image is required");
    if (o.base.batch != 1) return bad("batch must be 1, got " + std::to_string(o.base.batch));
    if (o.base.prompt.find_first_of("[]") != std::string::npos)
        return bad("the prompt may not use prompt editing ([from:to:when]) here, got \"" + o.base.prompt + "\"");
    if (o.subject.find_first_not_of(" \t") == std::string::npos) return bad("a subject word is required");
    for (int k : o.manipulation_steps)
        if (k < 0) return bad("manipulation step " + std::to_string(k) + " is negative");
    if (o.extend_to_step < -1) return bad("extend-to step must be −1 (off) or ≥ 0, got " + std::to_string(o.extend_to_step));
    const MaskOptions& m = o.mask;
    if (m.blur_kernel < 1 || m.blur_kernel % 2 == 0 || m.blur_kernel > 31)
        return bad("blur kernel must be odd, 1…31, got " + std::to_string(m.blur_kernel));
    if (!(m.blur_sigma > 0) || m.blur_sigma > 20) return bad("blur sigma must be in (0, 20], got " + std::to_string(m.blur_sigma));
    if (!std::isfinite(m.threshold_std) || std::abs(m.threshold_std) > 10)
        return bad("threshold (mean + k·std) k must be in −10…10, got " + std::to_string(m.threshold_std));
    if (m.top_fraction < 0 || m.top_fraction >= 1)
        return bad("top fraction must be 0 (off) or in (0, 1), got " + std::to_string(m.top_fraction));
    if (m.dilate_kernel < 1 || m.dilate_kernel % 2 == 0 || m.dilate_kernel > 31)
        return bad("dilation kernel must be odd, 1…31, got " + std::to_string(m.dilate_kernel));
    if (m.dilate_iterations < 0 || m.dilate_iterations > 50)
        return bad("dilation iterations must be 0…50, got " + std::to_string(m.dilate_iterations));
    if (m.feather_sigma < 0 || m.feather_sigma > 20)
        return bad("feather sigma must be 0…20, got " + std::to_string(m.feather_sigma));
    for (const auto* b : {&o.brush_add, &o.brush_erase})
        if (*b && (*b)->empty()) return bad("a brush mask image is empty");
    if (o.masks_only && o.manipulation_steps.empty()) return bad("computing masks needs at least one manipulation step");
    return Ok{};
}

std::vector<std::string> prompt_words(const std::string& prompt) {
    std::vector<std::string> words;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty() && std::find(words.begin(), words.end(), cur) == words.end()) words.push_back(cur);
        cur.clear();
    };
    for (unsigned char c : prompt) {
        if (std::isalnum(c) || c >= 0x80 || c == '-' || c == '\'') cur += static_cast<char>(c);
        else flush();
    }
    flush();
    return words;
}

Result<std::vector<int>> subject_token_positions(Model& model, const std::string& prompt, const std::string& subject) {
    return run_guarded([&]() -> Result<std::vector<int>> {
        const auto& tk = *models::sd_model_of(model).tokenizer;
        const auto ids = tk.encode(prompt);
        const auto sub = tk.encode(subject);
        if (sub.empty()) fail(Errc::InvalidArgument, "the subject \"" + subject + "\" has no tokens");
        const int offset = tk.bos_id() >= 0 ? 1 : 0;
        const int limit = 77 - 1;  // the text encoder sees BOS + 75 tokens + EOS; later tokens are truncated
        std::vector<int> pos;
        for (size_t i = 0; i + sub.size() <= ids.size(); ++i)
            if (std::equal(sub.begin(), sub.end(), ids.begin() + static_cast<std::ptrdiff_t>(i)))
                for (size_t j = 0; j < sub.size(); ++j)
                    if (int p = static_cast<int>(i + j) + offset; p < limit) pos.push_back(p);
        if (pos.empty()) {
            std::string words;
            for (const auto& w : prompt_words(prompt)) words += (words.empty() ? "" : ", ") + w;
            fail(Errc::InvalidArgument, "the subject \"" + subject + "\" is not a word of the prompt (as the tokenizer "
                                        "splits it; words: " + words + ")");
        }
        return pos;
    });
}

}  // namespace clue
