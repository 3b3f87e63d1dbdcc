// Scheduler conformance against the golden diffusers 0.27.2 traces (tests/data/golden/cases/<m>__sched_*).
// Every trace is replayed twice: built from the model folder's scheduler_config.json with the sampler key (recorded
// noise injected), and built from the case's effective_config as its own class (noise drawn from the generator
// seeded 107, as the trace was made). Tolerance: README "Tolerances" (scheduler traces: atol 1e-6, rtol 1e-6).
#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <QObject>
#include <QTest>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include "common/error.h"
#include "schedulers/quadrature.h"
#include "schedulers/scheduler.h"
#include "test_util.h"

using clue::sched::make_scheduler;
using clue::sched::NoiseSource;
using clue::sched::Scheduler;
using clue::sched::SchedulerConfig;

namespace {

constexpr double kAtol = 1e-6;
constexpr double kRtol = 1e-6;

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The DPM-Solver case JSONs hold Python's bare `-Infinity` (lambda_min_clipped), which nlohmann::json (and so
// test_util's load_case) rejects; read them with that token replaced by null (= the diffusers default).
clue::test::GoldenCase load_sched_case(const std::string& name) {
    std::string text = read_text(clue::test::case_path(name + ".json"));
    for (const std::string token : {"-Infinity", "Infinity", "NaN"})
        for (auto pos = text.find(": " + token); pos != std::string::npos; pos = text.find(": " + token, pos))
            text.replace(pos + 2, token.size(), "null");
    clue::test::GoldenCase c;
    c.json = nlohmann::json::parse(text);
    c.tensors = clue::io::SafetensorsFile::open(clue::test::case_path(name + ".safetensors"));
    return c;
}

SchedulerConfig model_config(const std::string& model) {
    return SchedulerConfig::from_json(
        read_text(clue::test::models_dir() + "/" + model + "/scheduler/scheduler_config.json"));
}

std::string step_key(int i, const char* what) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "step%02d.%s", i, what);
    return buf;
}

at::Generator cpu_generator(std::uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

enum class NoiseMode { Recorded, Generator };

}  // namespace

class TestSchedulers : public QObject {
    Q_OBJECT

private:
    double worst_ = 0.0;  // largest |got - ref| over all trace tensors (for the log)

    void check_config(const Scheduler& s, const nlohmann::json& eff) {
        const SchedulerConfig& c = s.config();
        QCOMPARE(c.class_name, eff["_class_name"].get<std::string>());
        QCOMPARE(c.prediction_type, eff["prediction_type"].get<std::string>());
        QCOMPARE(c.timestep_spacing, eff["timestep_spacing"].get<std::string>());
        QCOMPARE(c.steps_offset, eff["steps_offset"].get<int>());
        QCOMPARE(c.beta_schedule, eff["beta_schedule"].get<std::string>());
        if (eff.contains("use_karras_sigmas")) QCOMPARE(c.use_karras_sigmas, eff["use_karras_sigmas"].get<bool>());
        if (c.class_name == "DDIMScheduler" || c.class_name == "PNDMScheduler")
            QCOMPARE(c.set_alpha_to_one, eff["set_alpha_to_one"].get<bool>());
        if (c.class_name == "PNDMScheduler") QCOMPARE(c.skip_prk_steps, eff["skip_prk_steps"].get<bool>());
        if (c.class_name == "DDIMScheduler") QCOMPARE(c.clip_sample, eff["clip_sample"].get<bool>());
    }

    void expect_close(const at::Tensor& got, const at::Tensor& ref, const std::string& what) {
        QVERIFY2(got.defined(), (what + ": undefined").c_str());
        auto cl = clue::test::close(got, ref, kAtol, kRtol);
        QVERIFY2(cl.ok, (what + ": " + cl.message).c_str());
        worst_ = std::max(worst_, cl.max_abs_diff);
    }

    void replay(Scheduler& s, const clue::test::GoldenCase& c, NoiseMode mode) {
        const int n = c.json["num_inference_steps"].get<int>();
        s.set_timesteps(n);
        const at::Tensor ts_ref = c["timesteps"];
        QCOMPARE(s.timesteps().scalar_type(), ts_ref.scalar_type());
        QVERIFY2(at::equal(s.timesteps(), ts_ref), "timesteps differ");
        if (c.tensors->has("sigmas")) {
            QVERIFY(s.sigmas().defined());
            QCOMPARE(s.sigmas().scalar_type(), at::kFloat);
            expect_close(s.sigmas(), c["sigmas"], "sigmas");
            if (QTest::currentTestFailed()) return;
        }
        QCOMPARE(static_cast<float>(s.init_noise_sigma()), c.json["init_noise_sigma"].get<float>());

        at::Tensor x = c["initial_noise"] * s.init_noise_sigma();
        expect_close(x, c["initial_sample"], "initial_sample");
        at::Generator gen = cpu_generator(107);
        at::Generator check_gen = cpu_generator(107);  // RNG parity: the recorded noise is this generator's draws
        const auto steps = s.timesteps().numel();
        for (int i = 0; i < steps; ++i) {
            expect_close(s.scale_model_input(x, i), c[step_key(i, "scaled_model_input")],
                         step_key(i, "scaled_model_input"));
            if (QTest::currentTestFailed()) return;
            const at::Tensor mo = c[step_key(i, "model_output")];
            const bool noisy = c.tensors->has(step_key(i, "noise"));
            if (noisy) {
                const at::Tensor recorded = c[step_key(i, "noise")];
                QVERIFY2(at::equal(at::randn(recorded.sizes(), check_gen, at::kFloat), recorded),
                         "recorded noise != torch.randn from Generator().manual_seed(107)");
            }
            if (mode == NoiseMode::Recorded)
                x = s.step_with(mo, i, x, NoiseSource{nullptr, noisy ? c[step_key(i, "noise")] : at::Tensor()});
            else
                x = s.step(mo, i, x, &gen);
            expect_close(x, c[step_key(i, "prev_sample")], step_key(i, "prev_sample"));
            if (c.tensors->has(step_key(i, "pred_original_sample")))
                expect_close(s.last_pred_original_sample(), c[step_key(i, "pred_original_sample")],
                             step_key(i, "pred_original_sample"));
            if (QTest::currentTestFailed()) return;
        }
        expect_close(x, c["final_sample"], "final_sample");
        if (mode == NoiseMode::Generator) {  // the generator advanced exactly as diffusers' did
            QVERIFY(at::equal(at::randn({16}, gen, at::kFloat), at::randn({16}, check_gen, at::kFloat)));
        }
    }

private Q_SLOTS:
    void trace_data() {
        QTest::addColumn<QString>("name");
        for (const char* m : {"tiny-sd15", "tiny-sd21"})
            for (const char* v : {"ddim", "euler", "euler_ancestral", "dpmpp_2m", "dpmpp_2m_karras", "pndm", "lms"})
                for (int n : {10, 25}) {
                    const QString name = QString("%1__sched_%2_%3").arg(m, v).arg(n);
                    QTest::newRow(name.toUtf8().constData()) << name;
                }
    }

    void trace() {
        QFETCH(QString, name);
        const auto c = load_sched_case(name.toStdString());
        const std::string model = c.json["model"].get<std::string>();
        const std::string variant = c.json["variant"].get<std::string>();
        const std::string key = variant == "euler_ancestral" ? "euler_a" : variant;
        worst_ = 0.0;

        auto from_model = make_scheduler(key, model_config(model));
        check_config(*from_model, c.json["effective_config"]);
        if (QTest::currentTestFailed()) return;
        replay(*from_model, c, NoiseMode::Recorded);
        if (QTest::currentTestFailed()) return;

        auto own_class = make_scheduler("", SchedulerConfig::from_json(c.json["effective_config"].dump()));
        check_config(*own_class, c.json["effective_config"]);
        if (QTest::currentTestFailed()) return;
        replay(*own_class, c, NoiseMode::Generator);
        qInfo("%s: max |got - ref| = %.3g", name.toUtf8().constData(), worst_);
    }

    void betas_match_golden() {
        for (const char* m : {"tiny-sd15", "tiny-sd21"}) {
            const auto c = clue::test::load_case(std::string(m) + "__scheduler_common");
            const SchedulerConfig cfg = model_config(m);
            const at::Tensor betas = clue::sched::make_betas(cfg);
            const at::Tensor ac = clue::sched::make_alphas_cumprod(cfg);
            QCOMPARE(betas.scalar_type(), at::kFloat);
            QVERIFY2(at::equal(betas, c["betas"]), m);
            QVERIFY2(at::equal(ac, c["alphas_cumprod"]), m);
        }
    }

    void other_beta_schedules() {
        SchedulerConfig cfg = SchedulerConfig::from_json(R"({"_class_name": "DDIMScheduler"})");
        at::Tensor b = clue::sched::make_betas(cfg);  // linear 1e-4 .. 0.02
        QCOMPARE(b.size(0), 1000);
        QVERIFY(std::abs(b[0].item<double>() - 1e-4) < 1e-10 && std::abs(b[-1].item<double>() - 0.02) < 1e-9);
        cfg = SchedulerConfig::from_json(R"({"_class_name": "DDIMScheduler", "beta_schedule": "squaredcos_cap_v2"})");
        b = clue::sched::make_betas(cfg);
        const auto abar = [](double t) { return std::pow(std::cos((t + 0.008) / 1.008 * std::numbers::pi / 2), 2); };
        for (int i : {0, 500, 998}) {
            const double expected = std::min(1 - abar((i + 1) / 1000.0) / abar(i / 1000.0), 0.999);
            QVERIFY(std::abs(b[i].item<double>() - expected) <= 1e-7 * expected);
        }
        QCOMPARE(b[999].item<float>(), 0.999f);
        cfg = SchedulerConfig::from_json(R"({"_class_name": "DDIMScheduler", "trained_betas": [0.1, 0.2, 0.3]})");
        QVERIFY(at::equal(clue::sched::make_betas(cfg), torch::tensor({0.1f, 0.2f, 0.3f})));
        // zero terminal SNR: alphas_cumprod[-1] == 0, first one unchanged
        cfg = SchedulerConfig::from_json(
            R"({"_class_name": "DDIMScheduler", "beta_schedule": "scaled_linear", "beta_start": 0.00085,
                "beta_end": 0.012, "rescale_betas_zero_snr": true})");
        const at::Tensor ac = clue::sched::make_alphas_cumprod(cfg);
        QCOMPARE(ac[-1].item<float>(), 0.0f);
        cfg.rescale_betas_zero_snr = false;
        QVERIFY(std::abs(ac[0].item<double>() - clue::sched::make_alphas_cumprod(cfg)[0].item<double>()) < 1e-7);
    }

    void unknown_sampler_key_throws() {
        try {
            make_scheduler("heun_karras", model_config("tiny-sd15"));
            QFAIL("no exception");
        } catch (const clue::CoreError& e) {
            QCOMPARE(e.code(), clue::Errc::InvalidArgument);
            const std::string msg = e.what();
            QVERIFY2(msg.find("heun_karras") != std::string::npos, msg.c_str());
            for (const auto& k : clue::sched::sampler_keys()) QVERIFY2(msg.find(k) != std::string::npos, msg.c_str());
        }
        // A1111 names and the model's own class
        QCOMPARE(make_scheduler("Euler a", model_config("tiny-sd15"))->config().class_name,
                 std::string("EulerAncestralDiscreteScheduler"));
        QVERIFY(make_scheduler("DPM++ 2M Karras", model_config("tiny-sd15"))->config().use_karras_sigmas);
        QCOMPARE(make_scheduler("", model_config("tiny-sd21"))->config().class_name, std::string("DDIMScheduler"));
        QCOMPARE(make_scheduler("", model_config("tiny-sd15"))->config().class_name, std::string("PNDMScheduler"));
    }

    void from_config_uses_target_class_defaults() {
        // Keys absent from the JSON take the *target* class's defaults (diffusers `_use_default_values`).
        const auto cfg = SchedulerConfig::from_json(
            R"({"_class_name": "PNDMScheduler", "beta_schedule": "scaled_linear", "skip_prk_steps": true})");
        QCOMPARE(cfg.timestep_spacing, std::string("leading"));  // PNDM's default
        QCOMPARE(cfg.set_alpha_to_one, false);
        QCOMPARE(make_scheduler("euler", cfg)->config().timestep_spacing, std::string("linspace"));
        QCOMPARE(make_scheduler("ddim", cfg)->config().timestep_spacing, std::string("leading"));
        QCOMPARE(make_scheduler("ddim", cfg)->config().clip_sample, true);       // DDIM's default
        QCOMPARE(make_scheduler("ddim", cfg)->config().set_alpha_to_one, true);  // not in the JSON
        const auto dpm = SchedulerConfig::from_json(
            R"({"_class_name": "DPMSolverMultistepScheduler", "lambda_min_clipped": -Infinity, "solver_order": 3,
                "sigma_min": null, "steps_offset": 1.0})");
        QVERIFY(std::isinf(dpm.lambda_min_clipped) && dpm.lambda_min_clipped < 0);
        QCOMPARE(dpm.solver_order, 3);
        QCOMPARE(dpm.steps_offset, 1);
        QVERIFY(!dpm.sigma_min.has_value());
        try {
            SchedulerConfig::from_json("{not json");
            QFAIL("no exception");
        } catch (const clue::CoreError& e) {
            QCOMPARE(e.code(), clue::Errc::BadConfig);
        }
    }

    void add_noise_matches_hand_computation() {
        const auto common = clue::test::load_case("tiny-sd15__scheduler_common");
        const at::Tensor ac = common["alphas_cumprod"].to(at::kDouble);
        at::Generator g = cpu_generator(3);
        const at::Tensor x0 = at::randn({2, 4, 4, 4}, g, at::kFloat);
        const at::Tensor noise = at::randn({2, 4, 4, 4}, g, at::kFloat);
        const at::Tensor x0d = x0.to(at::kDouble), nd = noise.to(at::kDouble);
        const int i = 3;
        for (const char* key : {"ddim", "pndm", "lms", "euler", "euler_a", "dpmpp_2m", "dpmpp_2m_karras"}) {
            auto s = make_scheduler(key, model_config("tiny-sd15"));
            s->set_timesteps(10);
            at::Tensor expected;
            if (std::string(key) == "ddim" || std::string(key) == "pndm") {
                const double a = ac[s->timesteps()[i].item<std::int64_t>()].item<double>();
                expected = std::sqrt(a) * x0d + std::sqrt(1 - a) * nd;
            } else {
                const std::string v = std::string(key) == "euler_a" ? "euler_ancestral" : key;
                const double sigma =
                    load_sched_case("tiny-sd15__sched_" + v + "_10").tensors->tensor("sigmas")[i].item<double>();
                if (std::string(key).rfind("dpmpp", 0) == 0) {
                    const double alpha = 1 / std::sqrt(sigma * sigma + 1);
                    expected = alpha * x0d + sigma * alpha * nd;
                } else {
                    expected = x0d + sigma * nd;
                }
            }
            auto cl = clue::test::close(s->add_noise(x0, noise, i), expected, kAtol, kRtol);
            QVERIFY2(cl.ok, (std::string(key) + ": " + cl.message).c_str());
        }
    }

    void ddim_eta_noise() {
        auto s = make_scheduler("ddim", model_config("tiny-sd15"));
        s->set_timesteps(10);
        s->set_eta(1.0);
        at::Generator g = cpu_generator(11);
        const at::Tensor x = at::randn({1, 4, 4, 4}, g, at::kFloat);
        const at::Tensor eps = at::randn({1, 4, 4, 4}, g, at::kFloat);
        at::Generator g1 = cpu_generator(5), g2 = cpu_generator(5);
        const at::Tensor drawn = at::randn({1, 4, 4, 4}, g2, at::kFloat);
        const at::Tensor with_gen = s->step(eps, 2, x, &g1);
        const at::Tensor with_given = s->step_with(eps, 2, x, NoiseSource{nullptr, drawn});
        QVERIFY(at::equal(with_gen, with_given));
        // hand computation (DDIM eq. 12 with sigma_t = eta * sqrt(variance))
        const auto common = clue::test::load_case("tiny-sd15__scheduler_common");
        const at::Tensor ac = common["alphas_cumprod"].to(at::kDouble);
        const double a = ac[s->timesteps()[2].item<std::int64_t>()].item<double>();
        const double ap = ac[s->timesteps()[3].item<std::int64_t>()].item<double>();
        const double var = (1 - ap) / (1 - a) * (1 - a / ap);
        const at::Tensor xd = x.to(at::kDouble), ed = eps.to(at::kDouble);
        const at::Tensor x0 = (xd - std::sqrt(1 - a) * ed) / std::sqrt(a);
        const at::Tensor expected = std::sqrt(ap) * x0 + std::sqrt(1 - ap - var) * ed + std::sqrt(var) * drawn;
        auto cl = clue::test::close(with_gen, expected, 1e-5, 1e-5);
        QVERIFY2(cl.ok, cl.message.c_str());
    }

    void generator_advance() {
        // Euler draws one randn per step (unused); DDIM with eta 0 draws nothing.
        const at::Tensor mo = at::zeros({1, 4, 4, 4});
        for (const char* key : {"euler", "ddim"}) {
            auto s = make_scheduler(key, model_config("tiny-sd15"));
            s->set_timesteps(10);
            at::Generator g = cpu_generator(42), ref = cpu_generator(42);
            at::Tensor x = at::ones({1, 4, 4, 4});
            for (int i = 0; i < 10; ++i) x = s->step(mo, i, x, &g);
            if (std::string(key) == "euler")
                for (int i = 0; i < 10; ++i) at::randn({1, 4, 4, 4}, ref, at::kFloat);
            QVERIFY2(at::equal(at::randn({16}, g, at::kFloat), at::randn({16}, ref, at::kFloat)), key);
        }
    }

    void pndm_with_prk_steps() {
        auto cfg = model_config("tiny-sd15");
        cfg.skip_prk_steps = false;
        auto s = make_scheduler("pndm", cfg);
        s->set_timesteps(10);
        // diffusers: prk = _timesteps[-4:] interleaved with +T//n//2, repeated; then _timesteps[:-3][::-1]
        const std::vector<std::int64_t> expected = {901, 851, 851, 801, 801, 751, 751, 701, 701, 651,
                                                    651, 601, 601, 501, 401, 301, 201, 101, 1};
        QCOMPARE(s->timesteps().numel(), static_cast<std::int64_t>(expected.size()));
        for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(s->timesteps()[i].item<std::int64_t>(), expected[i]);
        at::Generator g = cpu_generator(1);
        at::Tensor x = at::randn({1, 4, 4, 4}, g, at::kFloat);
        for (int i = 0; i < 19; ++i) x = s->step(at::randn({1, 4, 4, 4}, g, at::kFloat) * 0.1, i, x, nullptr);
        QVERIFY(at::isfinite(x).all().item<bool>());
    }

    void timestep_spacings() {
        // "Common Diffusion Noise Schedules and Sample Steps are Flawed", table 2 (T = 1000, 10 steps)
        std::vector<std::int64_t> linspace, trailing;
        for (int i = 9; i >= 0; --i) linspace.push_back(111 * i);
        for (int i = 9; i >= 0; --i) trailing.push_back(100 * i + 99);
        for (const char* key : {"ddim", "euler", "euler_a", "lms"}) {
            for (const char* spacing : {"linspace", "trailing"}) {
                auto cfg = model_config("tiny-sd15");
                cfg.timestep_spacing = spacing;
                auto s = make_scheduler(key, cfg);
                s->set_timesteps(10);
                const auto& expected = std::string(spacing) == "linspace" ? linspace : trailing;
                const at::Tensor got = s->timesteps().to(at::kLong);
                QVERIFY2(at::equal(got, torch::tensor(expected)), (std::string(key) + " " + spacing).c_str());
                if (s->sigmas().defined())  // linspace/trailing: init_noise_sigma = max sigma
                    QCOMPARE(s->init_noise_sigma(), s->sigmas().max().item<double>());
            }
        }
    }

    void invalid_steps_throw() {
        for (const auto& key : clue::sched::sampler_keys()) {
            auto s = make_scheduler(key, model_config("tiny-sd21"));
            for (int n : {0, 1001}) {
                try {
                    s->set_timesteps(n);
                    QFAIL((key + ": no exception for " + std::to_string(n)).c_str());
                } catch (const clue::CoreError& e) {
                    QCOMPARE(e.code(), clue::Errc::InvalidArgument);
                }
            }
        }
    }

    void quadrature_accuracy() {
        using clue::sched::detail::integrate_adaptive;
        const auto check = [](const std::function<double(double)>& f, double a, double b, double exact) {
            const auto r = integrate_adaptive(f, a, b, 1e-13, 1e-12, 200);
            QVERIFY2(std::abs(r.value - exact) <= 1e-10 * std::max(1.0, std::abs(exact)),
                     QByteArray::number(r.value - exact, 'g', 3).constData());
        };
        check([](double x) { return x * x * x; }, 0, 1, 0.25);
        check([](double x) { return x * x * x; }, 1, 0, -0.25);
        check([](double x) { return 1 / (1 + x * x); }, 0, 10, std::atan(10.0));
        check([](double x) { return std::sin(x); }, 0, std::numbers::pi, 2.0);
        check([](double x) { return std::sqrt(x); }, 0, 1, 2.0 / 3.0);
        check([](double x) { return std::exp(-x * x); }, -8, 8, std::sqrt(std::numbers::pi));
    }
};

QTEST_GUILESS_MAIN(TestSchedulers)
#include "test_schedulers.moc"
