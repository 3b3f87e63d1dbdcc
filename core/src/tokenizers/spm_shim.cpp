// sentencepiece behind a C ABI, built as a MODULE and dlopen'ed with RTLD_LOCAL | RTLD_DEEPBIND.
// Why: Debian's libsentencepiece0 exports its bundled protobuf 3.14, which clashes with LibTorch's protobuf 3.21
// and crashes the process before main() when both are linked (toolchain.md §2.3).
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstring>
#include <string>
#include <vector>

#define CLUE_SPM_API extern "C" __attribute__((visibility("default")))

CLUE_SPM_API void* clue_spm_load(const char* path) {
    auto* p = new sentencepiece::SentencePieceProcessor();
    if (!p->Load(path).ok()) {
        delete p;
        return nullptr;
    }
    return p;
}

CLUE_SPM_API int clue_spm_encode(void* h, const char* text, int* ids, int cap) {
    std::vector<int> v;
    if (!static_cast<sentencepiece::SentencePieceProcessor*>(h)->Encode(text, &v).ok()) return -1;
    for (int i = 0; i < static_cast<int>(v.size()) && i < cap; ++i) ids[i] = v[i];
    return static_cast<int>(v.size());
}

/// Writes the piece of `id` into buf (NUL-terminated); returns its length or -1.
CLUE_SPM_API int clue_spm_id_to_piece(void* h, int id, char* buf, int cap) {
    const std::string& s = static_cast<sentencepiece::SentencePieceProcessor*>(h)->IdToPiece(id);
    if (static_cast<int>(s.size()) + 1 > cap) return -1;
    std::memcpy(buf, s.c_str(), s.size() + 1);
    return static_cast<int>(s.size());
}

CLUE_SPM_API int clue_spm_special_id(void* h, int which) {
    auto* p = static_cast<sentencepiece::SentencePieceProcessor*>(h);
    switch (which) {
        case 0: return p->bos_id();
        case 1: return p->eos_id();
        case 2: return p->pad_id();
        default: return p->unk_id();
    }
}

CLUE_SPM_API void clue_spm_free(void* h) { delete static_cast<sentencepiece::SentencePieceProcessor*>(h); }

/// Trains a model (sentencepiece_trainer's "--input=... --model_prefix=... --vocab_size=..." flags), for tests and
/// tools; returns 0 on success.
CLUE_SPM_API int clue_spm_train(const char* args) {
    return sentencepiece::SentencePieceTrainer::Train(args).ok() ? 0 : 1;
}
