#pragma once
// A1111 prompt editing `[from:to:when]`, `[to:when]`, `[from::when]` (conventions.md §6.5), parsed into the prompt
// swap mechanism of the one denoise loop. `when` ≥ 1 is a step count, `when` < 1 a fraction of the steps.
// Definition (A1111 wiki): `from` conditions the first `when` steps, `to` the rest. One step = one scheduler step
// (one iteration of the denoise loop), however many model calls a sampler makes in it.
#include <string>
#include <vector>

namespace clue::methods {

struct PromptSegment {
    int until_step;    ///< this text conditions steps [previous until_step, until_step) (0-based)
    std::string text;  ///< the plain prompt for those steps
};

/// Splits a prompt with editing brackets into plain prompts per step range; a prompt without them gives one segment
/// covering all `steps`. Brackets that are not prompt editing (`[word]`, `[a|b]`) are kept as written.
std::vector<PromptSegment> parse_prompt_schedule(const std::string& prompt, int steps);

/// True when the prompt contains at least one prompt-editing bracket.
bool has_prompt_editing(const std::string& prompt);

}  // namespace clue::methods
