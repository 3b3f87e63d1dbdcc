// CFRT in the poster's definition (methods.md §3.5 "CFRT, as stated"); the reading of f, y and x_k is documented as
// [P] at the declaration in clue/trajectory.h. The authors' code variant is cfrt_code (trajectory.cpp).
#include <algorithm>
#include <cmath>
#include <string>

#include "clue/trajectory.h"

namespace clue {
namespace {

size_t cfrt_argmax(const std::vector<double>& p) { return size_t(std::max_element(p.begin(), p.end()) - p.begin()); }

}  // namespace

Result<CfrtStatedResult> cfrt_stated(const CfrtStatedInput& s, int target, const CfrtStatedOptions& o) {
    auto bad = [](const std::string& m) -> Error { return Error{Errc::InvalidArgument, "CFRT: " + m}; };
    const size_t n = s.p_neutral.size();
    if (target < 0 || size_t(target) >= n)
        return bad("target " + std::to_string(target) + " is outside the " + std::to_string(n) + " attributes");
    if (s.p_edited.size() != n)
        return bad(std::to_string(s.p_edited.size()) + " edit slots for " + std::to_string(n) + " attributes");
    const auto t = size_t(target);
    if (s.p_edited[t].empty()) return bad("the target attribute " + std::to_string(target) + " has no edited sample");
    CfrtStatedResult r;
    for (size_t j = 0; j < n; ++j) {
        if (s.p_edited[j].empty()) continue;
        if (s.p_edited[j].size() != n)
            return bad("the edit of attribute " + std::to_string(j) + " has " + std::to_string(s.p_edited[j].size()) +
                       " probabilities, the neutral sample " + std::to_string(n));
        if (j == t) continue;
        const double e = std::abs(s.p_neutral[t] - s.p_edited[j][t]);
        if (r.strongest_other < 0 || e > r.effect_other_max) r.effect_other_max = e, r.strongest_other = int(j);
    }
    // The max over j ≠ A needs at least one other attribute's edit; without one the comparison says nothing.
    if (r.strongest_other < 0) return bad("no edit of another attribute to compare the target's edit with");
    const auto& edited = s.p_edited[t];
    r.effect_target = std::abs(s.p_neutral[t] - edited[t]);
    r.specific = r.effect_target > r.effect_other_max;
    if (o.check_label && !s.label_neutral.empty() && !s.label_edited.empty()) {
        if (s.label_neutral.size() != s.label_edited.size()) return bad("label probability vectors differ in size");
        r.label_kept = cfrt_argmax(s.label_neutral) == cfrt_argmax(s.label_edited);
    }
    if (o.check_other_attributes)
        for (size_t k = 0; k < n; ++k)
            if (k != t && (s.p_neutral[k] >= o.threshold) != (edited[k] >= o.threshold)) r.others_kept = false;
    r.hit = r.specific && r.label_kept && r.others_kept;
    return r;
}

Result<double> cfrt_stated_rate(const std::vector<CfrtStatedInput>& samples, int target, const CfrtStatedOptions& o) {
    if (samples.empty()) return Error{Errc::InvalidArgument, "CFRT: no samples"};
    int hits = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
        auto r = cfrt_stated(samples[i], target, o);
        if (!r) return Error{r.error().code, r.error().detail + " (sample " + std::to_string(i) + ")"};
        hits += r->hit ? 1 : 0;
    }
    return double(hits) / double(samples.size());
}

}  // namespace clue
