#pragma once
// Adaptive Gauss–Kronrod integration as QUADPACK's DQAGS (what scipy.integrate.quad calls), used by the LMS
// scheduler for its coefficients. The first 21-point Kronrod pass and its acceptance test are DQAGSE's, so for the
// smooth (polynomial) LMS integrands the result is the one scipy returns; harder integrands are bisected globally
// (DQAGE-style, without DQAGSE's epsilon-algorithm extrapolation).
#include <functional>

namespace clue::sched::detail {

struct QuadResult {
    double value = 0.0;
    double abserr = 0.0;
    int intervals = 0;  ///< number of subintervals used
    bool converged = false;
};

/// 21-point Gauss–Kronrod rule on [a, b] (QUADPACK DQK21). `resabs` ~ ∫|f|, `resasc` ~ ∫|f - mean|.
double gauss_kronrod21(const std::function<double(double)>& f, double a, double b, double* abserr, double* resabs,
                       double* resasc);

/// ∫_a^b f with |error| <= max(epsabs, epsrel·|∫f|); defaults as scipy.integrate.quad (epsabs 1.49e-8,
/// epsrel 1.49e-8, limit 50). b < a is allowed (negative orientation).
QuadResult integrate_adaptive(const std::function<double(double)>& f, double a, double b, double epsabs = 1.49e-8,
                              double epsrel = 1.49e-8, int limit = 50);

}  // namespace clue::sched::detail
