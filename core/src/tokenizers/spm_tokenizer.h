#pragma once
// sentencepiece tokenizer through the dlopen'ed shim module (spm_shim.cpp; toolchain.md §2.3: never link
// libsentencepiece into a process that also loads LibTorch).
// The module is looked up as $CLUE_SPM_DIR/<name>, then <exe dir>/../lib/clue-studio/<name>, <exe dir>/../lib/<name>,
// <exe dir>/<name>, where <name> is the compile definition CLUE_SPM_MODULE (absent: built without sentencepiece).
#include <memory>
#include <string>

#include "tokenizers/tokenizer.h"

namespace clue::tok {

/// True when the shim module can be loaded; otherwise `why` (if given) says why not.
bool spm_available(std::string* why = nullptr);

/// Loads a sentencepiece `.model`. Throws CoreError: FileNotFound (model or module missing), BadFormat (model or
/// module unreadable), UnsupportedModel (built without sentencepiece).
std::unique_ptr<Tokenizer> load_spm_tokenizer(const std::string& model_path);

/// Trains a model with sentencepiece_trainer flags ("--input=corpus.txt --model_prefix=out/m --vocab_size=200 ...").
/// Throws CoreError when the module cannot be loaded or training fails.
void spm_train(const std::string& args);

}  // namespace clue::tok
