#include "tokenizers/spm_tokenizer.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "common/error.h"

namespace clue::tok {
namespace {

namespace fs = std::filesystem;

/// The shim's C ABI (spm_shim.cpp).
struct SpmApi {
    void* (*load)(const char* path) = nullptr;
    int (*encode)(void* h, const char* text, int* ids, int cap) = nullptr;
    int (*id_to_piece)(void* h, int id, char* buf, int cap) = nullptr;
    int (*special_id)(void* h, int which) = nullptr;  // 0 bos, 1 eos, 2 pad, 3 unk
    void (*free)(void* h) = nullptr;
    int (*train)(const char* args) = nullptr;  // optional
};

#ifdef CLUE_SPM_MODULE

std::vector<std::string> spm_module_candidates() {
    const std::string name = CLUE_SPM_MODULE;
    std::vector<std::string> c;
    if (const char* dir = std::getenv("CLUE_SPM_DIR"); dir && *dir) c.push_back((fs::path(dir) / name).string());
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path d = exe.parent_path();
        c.push_back((d / ".." / "lib" / "clue-studio" / name).lexically_normal().string());
        c.push_back((d / ".." / "lib" / name).lexically_normal().string());
        c.push_back((d / name).string());
    }
    return c;
}

/// Loads the module once per process (never unloaded: sentencepiece's protobuf copy must outlive every model).
const SpmApi& spm_api() {
    static std::mutex mutex;
    static SpmApi api;
    static bool loaded = false;
    std::lock_guard<std::mutex> lock(mutex);
    if (loaded) return api;

    const auto candidates = spm_module_candidates();
    std::string tried;
    for (const auto& path : candidates) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            tried += (tried.empty() ? "" : ", ") + path;
            continue;
        }
        // RTLD_DEEPBIND: sentencepiece binds to its own bundled protobuf, not LibTorch's (toolchain.md §2.3)
        void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!h) {
            const char* err = dlerror();
            fail(Errc::BadFormat, "cannot load the sentencepiece module " + path + ": " + (err ? err : "dlopen failed"));
        }
        SpmApi a;
        auto sym = [&](const char* name, bool required) -> void* {
            void* s = dlsym(h, name);
            if (!s && required)
                fail(Errc::BadFormat, "the sentencepiece module " + path + " has no symbol " + name);
            return s;
        };
        a.load = reinterpret_cast<decltype(a.load)>(sym("clue_spm_load", true));
        a.encode = reinterpret_cast<decltype(a.encode)>(sym("clue_spm_encode", true));
        a.id_to_piece = reinterpret_cast<decltype(a.id_to_piece)>(sym("clue_spm_id_to_piece", true));
        a.special_id = reinterpret_cast<decltype(a.special_id)>(sym("clue_spm_special_id", true));
        a.free = reinterpret_cast<decltype(a.free)>(sym("clue_spm_free", true));
        a.train = reinterpret_cast<decltype(a.train)>(sym("clue_spm_train", false));
        api = a;
        loaded = true;
        return api;
    }
    fail(Errc::FileNotFound, std::string("sentencepiece module ") + CLUE_SPM_MODULE + " not found (tried: " +
                                 (tried.empty() ? "nothing" : tried) + "; set CLUE_SPM_DIR to its folder)");
}

#else

[[noreturn]] const SpmApi& spm_api() {
    fail(Errc::UnsupportedModel, "built without sentencepiece: sentencepiece tokenizers are not available");
}

#endif

class SpmTokenizer final : public Tokenizer {
public:
    SpmTokenizer(const SpmApi& api, void* handle) : api_(api), h_(handle) {
        bos_ = api_.special_id(h_, 0);
        eos_ = api_.special_id(h_, 1);
        const int pad = api_.special_id(h_, 2);
        pad_ = pad >= 0 ? pad : (eos_ >= 0 ? eos_ : 0);
    }
    ~SpmTokenizer() override { api_.free(h_); }
    SpmTokenizer(const SpmTokenizer&) = delete;
    SpmTokenizer& operator=(const SpmTokenizer&) = delete;

    std::vector<std::int64_t> encode(const std::string& text) const override {
        std::vector<int> buf(text.size() + 16);
        int n = api_.encode(h_, text.c_str(), buf.data(), static_cast<int>(buf.size()));
        if (n > static_cast<int>(buf.size())) {
            buf.resize(static_cast<std::size_t>(n));
            n = api_.encode(h_, text.c_str(), buf.data(), static_cast<int>(buf.size()));
        }
        if (n < 0) fail(Errc::InvalidArgument, "sentencepiece could not encode the text");
        return std::vector<std::int64_t>(buf.begin(), buf.begin() + std::min<std::ptrdiff_t>(n, buf.size()));
    }

    std::vector<std::string> tokens(const std::string& text) const override {
        std::vector<std::string> out;
        std::vector<char> buf(256);
        for (std::int64_t id : encode(text)) {
            int n = api_.id_to_piece(h_, static_cast<int>(id), buf.data(), static_cast<int>(buf.size()));
            while (n < 0 && buf.size() < (1u << 20)) {
                buf.resize(buf.size() * 4);
                n = api_.id_to_piece(h_, static_cast<int>(id), buf.data(), static_cast<int>(buf.size()));
            }
            out.emplace_back(n >= 0 ? std::string(buf.data(), static_cast<std::size_t>(n)) : std::string());
        }
        return out;
    }

    std::int64_t bos_id() const override { return bos_; }
    std::int64_t eos_id() const override { return eos_; }
    std::int64_t pad_id() const override { return pad_; }

private:
    const SpmApi& api_;
    void* h_;
    std::int64_t bos_ = -1, eos_ = -1, pad_ = 0;
};

}  // namespace

bool spm_available(std::string* why) {
    try {
        (void)spm_api();
        return true;
    } catch (const std::exception& e) {
        if (why) *why = e.what();
        return false;
    }
}

std::unique_ptr<Tokenizer> load_spm_tokenizer(const std::string& model_path) {
    std::error_code ec;
    if (!fs::is_regular_file(model_path, ec)) fail(Errc::FileNotFound, "sentencepiece model not found: " + model_path);
    const SpmApi& api = spm_api();
    void* h = api.load(model_path.c_str());
    if (!h) fail(Errc::BadFormat, "cannot load sentencepiece model (not a valid .model file?): " + model_path);
    return std::make_unique<SpmTokenizer>(api, h);
}

void spm_train(const std::string& args) {
    const SpmApi& api = spm_api();
    if (!api.train) fail(Errc::UnsupportedModel, "the sentencepiece module has no clue_spm_train");
    if (api.train(args.c_str()) != 0) fail(Errc::InvalidArgument, "sentencepiece training failed: " + args);
}

}  // namespace clue::tok
