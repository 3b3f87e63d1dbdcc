// Adaptive 21-point Gauss–Kronrod quadrature.
// ref: QUADPACK (Piessens, de Doncker, 1983; public domain) dqk21.f and dqagse.f, as bundled by scipy 1.10
//      (scipy/integrate/quadpack/), which diffusers v0.27.2 scheduling_lms_discrete.py get_lms_coefficient calls
//      through scipy.integrate.quad(..., epsrel=1e-4).
#include "schedulers/quadrature.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace clue::sched::detail {

double gauss_kronrod21(const std::function<double(double)>& f, double a, double b, double* abserr_out,
                       double* resabs_out, double* resasc_out) {
    // abscissae/weights of the 21-point Kronrod rule and the 10-point Gauss rule (dqk21.f, Fullerton 1981)
    static const double wg[5] = {0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
                                 0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
                                 0.295524224714752870173892994651338};
    static const double xgk[11] = {
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452, 0.930157491355708226001207180059508,
        0.865063366688984510732096688423493, 0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784, 0.294392862701460198131126603103866,
        0.148874338981631210884826001129720, 0.000000000000000000000000000000000};
    static const double wgk[11] = {
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390, 0.054755896574351996031381300244580,
        0.075039674810919952767043140916190, 0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077958109831074, 0.134709217311473325928054001771707, 0.142775938577060080797094273138717,
        0.147739104901338491374841515972068, 0.149445554002916905664936468389821};
    const double epmach = std::numeric_limits<double>::epsilon();
    const double uflow = std::numeric_limits<double>::min();
    const double centr = 0.5 * (a + b);
    const double hlgth = 0.5 * (b - a);
    const double dhlgth = std::abs(hlgth);

    double fv1[10], fv2[10];
    double resg = 0.0;
    const double fc = f(centr);
    double resk = wgk[10] * fc;
    double resabs = std::abs(resk);
    for (int j = 1; j <= 5; ++j) {  // Gauss points xgk(2), xgk(4), … (1-based)
        const int jtw = 2 * j - 1;  // 0-based index of xgk(2j)
        const double absc = hlgth * xgk[jtw];
        const double fval1 = f(centr - absc);
        const double fval2 = f(centr + absc);
        fv1[jtw] = fval1;
        fv2[jtw] = fval2;
        const double fsum = fval1 + fval2;
        resg = resg + wg[j - 1] * fsum;
        resk = resk + wgk[jtw] * fsum;
        resabs = resabs + wgk[jtw] * (std::abs(fval1) + std::abs(fval2));
    }
    for (int j = 1; j <= 5; ++j) {  // Kronrod points xgk(1), xgk(3), …
        const int jtwm1 = 2 * j - 2;
        const double absc = hlgth * xgk[jtwm1];
        const double fval1 = f(centr - absc);
        const double fval2 = f(centr + absc);
        fv1[jtwm1] = fval1;
        fv2[jtwm1] = fval2;
        const double fsum = fval1 + fval2;
        resk = resk + wgk[jtwm1] * fsum;
        resabs = resabs + wgk[jtwm1] * (std::abs(fval1) + std::abs(fval2));
    }
    const double reskh = resk * 0.5;
    double resasc = wgk[10] * std::abs(fc - reskh);
    for (int j = 0; j < 10; ++j) resasc = resasc + wgk[j] * (std::abs(fv1[j] - reskh) + std::abs(fv2[j] - reskh));
    const double result = resk * hlgth;
    resabs = resabs * dhlgth;
    resasc = resasc * dhlgth;
    double abserr = std::abs((resk - resg) * hlgth);
    if (resasc != 0.0 && abserr != 0.0) abserr = resasc * std::min(1.0, std::pow(200.0 * abserr / resasc, 1.5));
    if (resabs > uflow / (50.0 * epmach)) abserr = std::max((epmach * 50.0) * resabs, abserr);
    if (abserr_out) *abserr_out = abserr;
    if (resabs_out) *resabs_out = resabs;
    if (resasc_out) *resasc_out = resasc;
    return result;
}

QuadResult integrate_adaptive(const std::function<double(double)>& f, double a, double b, double epsabs, double epsrel,
                              int limit) {
    const double epmach = std::numeric_limits<double>::epsilon();
    QuadResult r;
    double abserr = 0, defabs = 0, resabs = 0;
    const double result = gauss_kronrod21(f, a, b, &abserr, &defabs, &resabs);
    // dqagse's test after the first pass (its `resabs` is dqk21's resasc)
    double errbnd = std::max(epsabs, epsrel * std::abs(result));
    const bool roundoff = abserr <= 100.0 * epmach * defabs && abserr > errbnd;
    if (roundoff || limit == 1 || (abserr <= errbnd && abserr != resabs) || abserr == 0.0) {
        r.value = result;
        r.abserr = abserr;
        r.intervals = 1;
        r.converged = !roundoff && abserr <= errbnd;
        return r;
    }
    // globally adaptive bisection of the interval with the largest error estimate
    struct Piece {
        double a, b, value, err;
    };
    std::vector<Piece> pieces{{a, b, result, abserr}};
    double total = result, total_err = abserr;
    while (static_cast<int>(pieces.size()) < limit) {
        auto worst = std::max_element(pieces.begin(), pieces.end(),
                                      [](const Piece& x, const Piece& y) { return x.err < y.err; });
        const Piece p = *worst;
        const double mid = 0.5 * (p.a + p.b);
        double e1 = 0, e2 = 0;
        const double v1 = gauss_kronrod21(f, p.a, mid, &e1, nullptr, nullptr);
        const double v2 = gauss_kronrod21(f, mid, p.b, &e2, nullptr, nullptr);
        *worst = Piece{p.a, mid, v1, e1};
        pieces.push_back(Piece{mid, p.b, v2, e2});
        total = 0;
        total_err = 0;
        for (const Piece& q : pieces) {
            total += q.value;
            total_err += q.err;
        }
        errbnd = std::max(epsabs, epsrel * std::abs(total));
        if (total_err <= errbnd) break;
    }
    r.value = total;
    r.abserr = total_err;
    r.intervals = static_cast<int>(pieces.size());
    r.converged = total_err <= errbnd;
    return r;
}

}  // namespace clue::sched::detail
