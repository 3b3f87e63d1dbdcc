// Fréchet Inception Distance and Kernel Inception Distance on feature vectors (issue #4, methods.md §2.8).
// Reference conventions: pytorch-fid (mseitzer/pytorch-fid, fid_score.calculate_frechet_distance) for FID,
// torch-fidelity (metric_kid.py) / clean-fid (kernel_distance) for KID. All arithmetic is float64.
#include <torch/torch.h>

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

#include "clue/metrics.h"
#include "common/error.h"

namespace clue {
namespace fid_detail {

/// Rejects empty, ragged, too small or non-finite sets; `name` is the argument name used in the message.
void check_features(const Features& f, const char* fn, const char* name, std::size_t min_rows) {
    const std::string where = std::string(fn) + ": " + name;
    if (f.dim <= 0) fail(Errc::InvalidArgument, where + ".dim must be > 0, got " + std::to_string(f.dim));
    if (f.data.size() % static_cast<std::size_t>(f.dim) != 0)
        fail(Errc::InvalidArgument, where + ".data has " + std::to_string(f.data.size()) +
                                        " values, not a multiple of dim " + std::to_string(f.dim));
    if (f.size() < min_rows)
        fail(Errc::InvalidArgument, where + " has " + std::to_string(f.size()) + " samples; need at least " +
                                        std::to_string(min_rows));
    for (std::size_t i = 0; i < f.data.size(); ++i)
        if (!std::isfinite(f.data[i]))
            fail(Errc::InvalidArgument, where + " has a non-finite value at row " + std::to_string(i / f.dim) +
                                            ", column " + std::to_string(i % f.dim));
}

void check_same_dim(const Features& a, const Features& b, const char* fn, const char* na, const char* nb) {
    if (a.dim != b.dim)
        fail(Errc::InvalidArgument, std::string(fn) + ": feature dims differ (" + na + " has " +
                                        std::to_string(a.dim) + ", " + nb + " has " + std::to_string(b.dim) + ")");
}

/// N × D float64 copy of the features (the float32 input is exact in float64, so this loses nothing).
torch::Tensor to_tensor(const Features& f) {
    auto* p = const_cast<float*>(f.data.data());  // from_blob wants non-const; .to() copies before anything writes
    return torch::from_blob(p, {static_cast<int64_t>(f.size()), f.dim}, torch::kFloat).to(torch::kDouble);
}

/// Principal square root of a symmetric PSD matrix via eigh; round-off negatives are clamped to 0.
torch::Tensor sqrtm_psd(const torch::Tensor& m) {
    auto [w, v] = torch::linalg::eigh(m, "L");
    return torch::matmul(v * w.clamp_min(0).sqrt().unsqueeze(0), v.t());
}

/// A factor F with FᵀF = Σ = AᵀA, where `centred` is A = (X − μ)/√(N−1): A itself when N ≤ D (exact, smaller
/// than D × D), else the D × D triangle R of A = QR. Neither needs a square root, so a singular Σ costs no accuracy.
torch::Tensor cov_factor(const torch::Tensor& centred) {
    if (centred.size(0) <= centred.size(1)) return centred;
    return std::get<1>(torch::linalg::qr(centred, "r"));
}

/// pytorch-fid fallback: when sqrtm(Σ_a Σ_b) is not finite it retries with 1e-6·I added to both covariances
/// ("fid calculation produces singular product; adding 1e-6 to diagonal of cov estimates"), and so do we when the
/// decomposition fails or yields non-finite values. A merely rank-deficient product (N ≤ D) needs no offset
/// here: its zero singular values contribute exactly 0 (where scipy's sqrtm copes, its trace is the same). It uses
/// the symmetric form Σ_a^{1/2}(Σ_b + εI)Σ_a^{1/2} with Σ_a^{1/2} from eigh, clamping round-off negatives.
double offset_trace_sqrt_product(const torch::Tensor& ca, const torch::Tensor& cb) {
    constexpr double eps = 1e-6;
    auto eye = torch::eye(ca.size(1), torch::kDouble);
    auto sa = sqrtm_psd(torch::matmul(ca.t(), ca) + eps * eye);
    auto g = torch::matmul(torch::matmul(sa, torch::matmul(cb.t(), cb) + eps * eye), sa);
    auto w = torch::linalg::eigvalsh(0.5 * (g + g.t()), "L");
    return w.clamp_min(0).sqrt().sum().item<double>();
}

/// Tr((Σ_a Σ_b)^{1/2}), pytorch-fid's Tr(sqrtm(Σ_a Σ_b)), as the nuclear norm ‖F_a F_bᵀ‖_* (sum of singular values).
/// Why: sqrtm of the non-symmetric product can return complex round-off (pytorch-fid drops imaginary parts) or
/// fail when it is singular. The symmetric PSD matrix Σ_a^{1/2} Σ_b Σ_a^{1/2} has the same eigenvalues as Σ_a Σ_b
/// (XY and YX share them), so the trace is Σ √λ_i of it, all real. With any factors F_aᵀF_a = Σ_a, F_bᵀF_b = Σ_b,
/// C = F_a F_bᵀ gives C Cᵀ = F_a Σ_b F_aᵀ with those same non-zero eigenvalues, so Σ √λ_i = Σ σ_i(C). Taking σ_i
/// directly avoids √ of round-off: eigh + sqrt put ~1e-8 of noise on every zero eigenvalue of a rank-deficient
/// product (5e-8 error measured on a 5-d case with N ≤ D), singular values stay at ~1e-16 relative.
double trace_sqrt_product(const torch::Tensor& ca, const torch::Tensor& cb) {
    torch::Tensor s;
    try {
        s = torch::linalg::svdvals(torch::matmul(cov_factor(ca), cov_factor(cb).t()), c10::nullopt);
    } catch (const c10::Error&) {  // LAPACK did not converge: take pytorch-fid's offset route below
    }
    if (!s.defined() || !torch::isfinite(s).all().item<bool>()) return offset_trace_sqrt_product(ca, cb);
    return s.sum().item<double>();
}

/// Cubic polynomial kernel k(x, y) = (x·y/d + 1)³ of torch-fidelity / clean-fid, rows of x against rows of y.
torch::Tensor poly_kernel(const torch::Tensor& x, const torch::Tensor& y) {
    return (torch::matmul(x, y.t()) / static_cast<double>(x.size(1)) + 1.0).pow(3);
}

/// Sum of the off-diagonal entries of a square kernel block.
double off_diagonal_sum(const torch::Tensor& k) { return (k.sum() - k.diagonal().sum()).item<double>(); }

}  // namespace fid_detail

Result<double> frechet_distance(const Features& a, const Features& b) {
    return run_guarded([&]() -> Result<double> {
        fid_detail::check_features(a, "frechet_distance", "a", 2);
        fid_detail::check_features(b, "frechet_distance", "b", 2);
        fid_detail::check_same_dim(a, b, "frechet_distance", "a", "b");
        c10::InferenceMode guard;
        auto xa = fid_detail::to_tensor(a), xb = fid_detail::to_tensor(b);
        auto mu_a = xa.mean(0), mu_b = xb.mean(0);
        // unbiased covariance (np.cov default, as pytorch-fid): Σ = AᵀA with A = (X − μ)/√(N−1)
        auto ca = (xa - mu_a) / std::sqrt(static_cast<double>(xa.size(0) - 1));
        auto cb = (xb - mu_b) / std::sqrt(static_cast<double>(xb.size(0) - 1));
        const double mean_term = (mu_a - mu_b).pow(2).sum().item<double>();
        const double trace_a = ca.pow(2).sum().item<double>(), trace_b = cb.pow(2).sum().item<double>();
        const double tr_covmean = fid_detail::trace_sqrt_product(ca, cb);
        return mean_term + trace_a + trace_b - 2.0 * tr_covmean;
    });
}

Result<KidResult> kernel_inception_distance(const Features& a, const Features& b, int subsets, int subset_size,
                                            std::int64_t seed) {
    return run_guarded([&]() -> Result<KidResult> {
        fid_detail::check_features(a, "kernel_inception_distance", "a", 2);
        fid_detail::check_features(b, "kernel_inception_distance", "b", 2);
        fid_detail::check_same_dim(a, b, "kernel_inception_distance", "a", "b");
        if (subsets < 1)
            fail(Errc::InvalidArgument, "kernel_inception_distance: subsets must be >= 1, got " +
                                            std::to_string(subsets));
        if (subset_size < 2)
            fail(Errc::InvalidArgument, "kernel_inception_distance: subset_size must be >= 2, got " +
                                            std::to_string(subset_size));
        c10::InferenceMode guard;
        auto xa = fid_detail::to_tensor(a), xb = fid_detail::to_tensor(b);
        const int64_t na = xa.size(0), nb = xb.size(0);
        const int64_t m = std::min<int64_t>({subset_size, na, nb});
        const double md = static_cast<double>(m);

        // Whole-set kernel matrices once, then index them, when that is cheaper than per-subset products and
        // fits in memory (≤ 4096 samples a side: three ≤ 128 MiB blocks). Same numbers either way.
        const bool whole = std::max(na, nb) <= 4096 && na * na + nb * nb + na * nb <= 3 * subsets * m * m;
        torch::Tensor kaa, kbb, kab;
        if (whole) {
            kaa = fid_detail::poly_kernel(xa, xa);
            kbb = fid_detail::poly_kernel(xb, xb);
            kab = fid_detail::poly_kernel(xa, xb);
        }
        auto gen = at::detail::createCPUGenerator(static_cast<uint64_t>(seed));
        auto mmds = torch::empty({subsets}, torch::kDouble);
        auto mmd_acc = mmds.accessor<double, 1>();
        for (int s = 0; s < subsets; ++s) {
            // without replacement: the first m entries of a random permutation (rng.choice(n, m, replace=False))
            auto ia = torch::randperm(na, gen, torch::kLong).narrow(0, 0, m);
            auto ib = torch::randperm(nb, gen, torch::kLong).narrow(0, 0, m);
            torch::Tensor k11, k22, k12;
            if (whole) {
                k11 = kaa.index_select(0, ia).index_select(1, ia);
                k22 = kbb.index_select(0, ib).index_select(1, ib);
                k12 = kab.index_select(0, ia).index_select(1, ib);
            } else {
                auto fa = xa.index_select(0, ia), fb = xb.index_select(0, ib);
                k11 = fid_detail::poly_kernel(fa, fa);
                k22 = fid_detail::poly_kernel(fb, fb);
                k12 = fid_detail::poly_kernel(fa, fb);
            }
            // unbiased MMD² (torch-fidelity mmd_est='unbiased', clean-fid kernel_distance):
            // Σ_{i≠j} k(a_i,a_j)/(m(m−1)) + Σ_{i≠j} k(b_i,b_j)/(m(m−1)) − 2 Σ_{i,j} k(a_i,b_j)/m²
            mmd_acc[s] = (fid_detail::off_diagonal_sum(k11) + fid_detail::off_diagonal_sum(k22)) / (md * (md - 1)) -
                         2.0 * k12.sum().item<double>() / (md * md);
        }
        KidResult r;
        r.mean = mmds.mean().item<double>();
        r.stddev = mmds.std(/*unbiased=*/false).item<double>();  // np.std (ddof=0), as torch-fidelity reports
        return r;
    });
}

}  // namespace clue
