// Style and Style-space views without a trained model: labelled slider ticks <-> values, coalescing of
// live-preview requests (fake submit function), slider -> set_style_component, Sample / Reset / Paste,
// empty states, the scatter of a hand-made style space, and the seven view tabs of the main window.
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

#include "clue/style.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/style_space_holder.h"
#include "main_window/main_window.h"
#include "views/evaluate/evaluate_settings_panel.h"
#include "views/evaluate/evaluate_view.h"
#include "models/gallery_model.h"
#include "views/generate/parameters_panel.h"
#include "views/style/live_preview_queue.h"
#include "views/style/style_panel.h"
#include "views/style/style_view.h"
#include "views/style_space/style_space_plot.h"
#include "views/style_space/style_space_view.h"
#include "views/train/train_settings_panel.h"
#include "views/train/train_view.h"
#include "views/background/background_panel.h"
#include "views/background/background_view.h"
#include "views/trajectory/trajectory_panel.h"
#include "views/trajectory/trajectory_view.h"
#include "widgets/image_canvas.h"
#include "widgets/labeled_slider.h"

class TestStyleViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sliderTicksMapToValues();
    void queueCoalescesRequests();
    void emptyStatesWithoutAClueModel();
    void slidersSetStyleComponents();
    void sliderMovesCoalesceInTheView();
    void sampleResetCopyPaste();
    void styleSpaceScatter();
    void mainWindowHasItsViews();

private:
    static std::shared_ptr<clue::StyleSpace> makeSpace(int dim);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<ModelSession> m_session;
    std::unique_ptr<GalleryModel> m_gallery;
    std::unique_ptr<ParametersPanel> m_parameters;
    std::unique_ptr<StyleSpaceHolder> m_spaces;
    std::unique_ptr<StyleView> m_style;
    std::unique_ptr<StyleSpaceView> m_map;
};

void TestStyleViews::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestStyleViews::init() {
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOutputFolder(m_dir.filePath(QStringLiteral("outputs")));
    m_jobs = std::make_unique<JobController>();
    m_session = std::make_unique<ModelSession>(m_jobs.get());
    m_gallery = std::make_unique<GalleryModel>();
    m_parameters = std::make_unique<ParametersPanel>();
    m_spaces = std::make_unique<StyleSpaceHolder>(m_jobs.get(), m_session.get());
    m_style = std::make_unique<StyleView>(m_jobs.get(), m_session.get(), m_settings.get(), m_gallery.get(),
                                          m_parameters.get(), m_spaces.get());
    m_map = std::make_unique<StyleSpaceView>(m_jobs.get(), m_session.get(), m_settings.get(), m_gallery.get(),
                                             m_parameters.get(), m_spaces.get());
}

void TestStyleViews::cleanup() {
    m_jobs.reset();  // joins the worker first
    m_map.reset();
    m_style.reset();
    m_spaces.reset();
    m_parameters.reset();
    m_gallery.reset();
    m_session.reset();
}

std::shared_ptr<clue::StyleSpace> TestStyleViews::makeSpace(int dim) {
    auto space = std::make_shared<clue::StyleSpace>();
    space->dim = dim;
    space->components = 2;
    space->pca_mean.assign(size_t(dim), 0.0f);
    space->pca_directions.assign(size_t(2 * dim), 0.0f);
    space->pca_directions[0] = 1.0f;                 // PC 1 = dim 0
    space->pca_directions[size_t(dim) + 1] = 1.0f;  // PC 2 = dim 1
    space->explained_variance_ratio = {0.6, 0.25};
    space->kl_per_dim.assign(size_t(dim), 0.1f);
    const double xy[][2] = {{-1, -1}, {-1.2, -0.8}, {-0.9, -1.1}, {1, 1}, {1.1, 0.9}, {0.8, 1.2}};
    for (int i = 0; i < 6; ++i) {
        space->paths.push_back("/data/img" + std::to_string(i) + ".png");
        space->classes.push_back(i < 3 ? "normal" : "otitis");
        space->sources.push_back("real");
        std::vector<float> mean(size_t(dim), 0.0f);
        mean[0] = float(xy[i][0]);
        mean[1] = float(xy[i][1]);
        space->means.insert(space->means.end(), mean.begin(), mean.end());
        space->coords.push_back(float(xy[i][0]));
        space->coords.push_back(float(xy[i][1]));
    }
    return space;
}

void TestStyleViews::sliderTicksMapToValues() {
    LabeledSlider slider;
    QCOMPARE(slider.slider()->minimum(), 0);
    QCOMPARE(slider.slider()->maximum(), 60);  // −3…3 in steps of 0.1
    QCOMPARE(slider.value(), 0.0);
    QCOMPARE(slider.toTicks(-3.0), 0);
    QCOMPARE(slider.toTicks(0.0), 30);
    QCOMPARE(slider.fromTicks(45), 1.5);
    QCOMPARE(slider.fromTicks(0), -3.0);
    QSignalSpy moved(&slider, &LabeledSlider::valueChanged);
    slider.setValue(1.26);  // silent by default
    QCOMPARE(slider.value(), 1.3);
    QCOMPARE(moved.count(), 0);
    slider.setValue(7.0, true);
    QCOMPARE(slider.value(), 3.0);
    QCOMPARE(moved.count(), 1);
    slider.slider()->setValue(10);  // the user drags
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.last().first().toDouble(), -2.0);
}

void TestStyleViews::queueCoalescesRequests() {
    QList<int> submittedSteps;
    quint64 nextId = 100;
    LivePreviewQueue queue([&](const clue::GenerateOptions& o) {
        submittedSteps.append(o.steps);
        return nextId++;
    });
    clue::GenerateOptions o;
    o.steps = 1;
    QCOMPARE(queue.request(o), quint64(100));  // idle: runs at once
    for (int steps = 2; steps <= 30; ++steps) {
        o.steps = steps;
        QCOMPARE(queue.request(o), quint64(0));  // busy: only remembered
    }
    QCOMPARE(submittedSteps, QList<int>({1}));
    QVERIFY(queue.hasPending());
    QCOMPARE(queue.pending()->steps, 30);
    QCOMPARE(queue.jobFinished(55), quint64(0));  // someone else's job
    QCOMPARE(queue.jobFinished(100), quint64(101));  // the latest request, and only it
    QCOMPARE(submittedSteps, QList<int>({1, 30}));
    QVERIFY(!queue.hasPending());
    QCOMPARE(queue.jobFinished(101), quint64(0));
    QVERIFY(!queue.isRunning());
    QCOMPARE(queue.submittedCount(), 2);
}

void TestStyleViews::emptyStatesWithoutAClueModel() {
    QVERIFY(!m_style->hasStyleModel());
    QVERIFY(m_style->canvas()->emptyText().startsWith(QStringLiteral("Open a CLUE model")));
    QVERIFY(!m_style->panel()->isEnabled());
    QCOMPARE(m_style->panel()->sliderCount(), 0);
    QCOMPARE(m_style->generate(), quint64(0));
    QCOMPARE(m_map->emptyText(), QStringLiteral("Train a model to see its style space"));
    QVERIFY(!m_map->canGenerate());
}

void TestStyleViews::slidersSetStyleComponents() {
    m_style->setStyleModel(16, {"normal", "otitis"}, QStringLiteral("an otoscopic image, {class}"));
    StylePanel* panel = m_style->panel();
    QVERIFY(panel->isEnabled());
    QCOMPARE(panel->prompt(), QStringLiteral("an otoscopic image, normal"));
    QCOMPARE(panel->classCombo()->count(), 3);  // free prompt + two classes
    QCOMPARE(panel->sliderCount(), panel->componentCount());
    QCOMPARE(int(m_style->components().size()), panel->sliderCount());
    QCOMPARE(panel->slider(2)->label(), QString::fromStdString(m_style->components()[2].label()));
    QVERIFY(!panel->kindCombo()->isEnabled());  // no style space: raw dimensions only
    m_style->setSubmitFunction([](const clue::GenerateOptions&) { return quint64(0); });

    std::vector<float> expected(16, 0.0f);
    expected = clue::set_style_component(expected, m_style->components()[2], 1.5);
    panel->slider(2)->setValue(1.5, true);
    QCOMPARE(m_style->styleVector().size(), size_t(16));
    for (size_t i = 0; i < expected.size(); ++i) QCOMPARE(m_style->styleVector()[i], expected[i]);
    QCOMPARE(clue::style_component_value(m_style->styleVector(), m_style->components()[2]), 1.5);
    panel->slider(0)->setValue(-0.7, true);
    QVERIFY(std::abs(clue::style_component_value(m_style->styleVector(), m_style->components()[0]) + 0.7) < 1e-6);
    QVERIFY(std::abs(clue::style_component_value(m_style->styleVector(), m_style->components()[2]) - 1.5) < 1e-6);
    const clue::GenerateOptions o = m_style->generateOptions();
    QCOMPARE(o.style, m_style->styleVector());
    QCOMPARE(o.prompt, std::string("an otoscopic image, normal"));
    QCOMPARE(o.batch, 1);
    QCOMPARE(o.seed, panel->seed());

    // With a style space the PCA directions can be chosen.
    m_spaces->setSpace(makeSpace(16), QString());
    QVERIFY(panel->kindCombo()->isEnabled());
    panel->kindCombo()->setCurrentIndex(panel->kindCombo()->findData(int(clue::StyleComponent::Kind::Pca)));
    QCOMPARE(panel->sliderCount(), 2);
    QCOMPARE(m_style->components()[0].kind, clue::StyleComponent::Kind::Pca);
    // The sliders show where s lies along each direction (dim 0 = −0.7 -> PC 1).
    QCOMPARE(panel->slider(0)->value(), -0.7);
}

void TestStyleViews::sliderMovesCoalesceInTheView() {
    m_style->setStyleModel(8, {}, QString());
    QList<clue::GenerateOptions> submitted;
    quint64 nextId = 1000;
    m_style->setSubmitFunction([&](const clue::GenerateOptions& o) {
        submitted.append(o);
        return nextId++;
    });
    LabeledSlider* slider = m_style->panel()->slider(1);
    for (int tick = 31; tick <= 50; ++tick) slider->slider()->setValue(tick);  // a drag: 20 moves
    QCOMPARE(submitted.size(), 1);
    QVERIFY(m_style->queue().hasPending());
    Q_EMIT m_jobs->finished(1000, clue::JobState::Succeeded, QString());
    QCOMPARE(submitted.size(), 2);
    QCOMPARE(clue::style_component_value(submitted.last().style, m_style->components()[1]), 2.0);
    QCOMPARE(submitted.first().seed, submitted.last().seed);  // same noise: only the style moves
    Q_EMIT m_jobs->finished(1001, clue::JobState::Succeeded, QString());
    QCOMPARE(submitted.size(), 2);
    QVERIFY(!m_style->queue().isRunning());
}

void TestStyleViews::sampleResetCopyPaste() {
    m_style->setStyleModel(12, {}, QString());
    m_style->setSubmitFunction([](const clue::GenerateOptions&) { return quint64(0); });
    StylePanel* panel = m_style->panel();
    const qint64 styleSeed = panel->styleSeed();
    Q_EMIT panel->sampleRequested();
    QCOMPARE(m_style->styleVector(), clue::sample_style(12, styleSeed));
    const std::vector<float> sampled = m_style->styleVector();
    LabeledSlider* first = panel->slider(0);
    const double along = clue::style_component_value(sampled, m_style->components()[0]);
    QCOMPARE(first->value(), first->fromTicks(first->toTicks(along)));  // the slider follows s
    Q_EMIT panel->copyRequested();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(clue::style_to_text(sampled)));
    Q_EMIT panel->resetRequested();
    QCOMPARE(m_style->styleVector(), std::vector<float>(12, 0.0f));
    QCOMPARE(panel->slider(0)->value(), 0.0);
    Q_EMIT panel->pasteRequested();
    for (size_t i = 0; i < sampled.size(); ++i) QVERIFY(std::abs(m_style->styleVector()[i] - sampled[i]) < 1e-4);
    QSignalSpy status(m_style.get(), &StyleView::statusMessage);
    QGuiApplication::clipboard()->setText(QStringLiteral("1, 2, three"));
    Q_EMIT panel->pasteRequested();
    QCOMPARE(status.count(), 1);  // refused with a message, s unchanged
    for (size_t i = 0; i < sampled.size(); ++i) QVERIFY(std::abs(m_style->styleVector()[i] - sampled[i]) < 1e-4);
}

void TestStyleViews::styleSpaceScatter() {
    m_map->resize(900, 600);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    m_spaces->setSpace(makeSpace(8), QStringLiteral("/models/m/style/style_space.safetensors"));
    QCOMPARE(m_map->emptyText(), QString());
    StyleSpacePlot* plot = m_map->plot();
    QCOMPARE(plot->graphCount(), 2);  // one per class
    QVERIFY(plot->xLabel().contains(QStringLiteral("60.0")));
    QVERIFY(plot->yLabel().contains(QStringLiteral("25.0")));
    QTest::qWait(50);
    QCOMPARE(plot->pointNear(1.0, 1.0, 4.0), 3);
    QCOMPARE(plot->pointNear(-1.2, -0.8, 4.0), 1);
    // Without the CLUE model a click explains instead of generating.
    QSignalSpy status(m_map.get(), &StyleSpaceView::statusMessage);
    QCOMPARE(m_map->generateAt(0.5, 0.5, -1), quint64(0));
    QCOMPARE(status.count(), 1);
    m_spaces->clear();
    QVERIFY(!m_map->emptyText().isEmpty());
}

void TestStyleViews::mainWindowHasItsViews() {
    MainWindow window(m_settings.get());
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabWidget* tabs = window.viewTabs();
    QCOMPARE(tabs->count(), 7);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Generate"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Train"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Style"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Style space"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Trajectory"));
    QCOMPARE(tabs->tabText(5), QStringLiteral("Background"));
    QCOMPARE(tabs->tabText(6), QStringLiteral("Evaluate"));
    for (int i = 0; i < tabs->count(); ++i) QVERIFY(!tabs->tabToolTip(i).isEmpty());
    QVERIFY(window.parameters()->isVisible());
    QVERIFY(!window.trainView()->settingsPanel()->isVisible());
    tabs->setCurrentWidget(window.trainView());
    QVERIFY(!window.parameters()->isVisible());
    QVERIFY(window.trainView()->settingsPanel()->isVisible());
    tabs->setCurrentWidget(window.styleView());
    QVERIFY(window.parameters()->isVisible());
    QVERIFY(!window.parameters()->isPromptAndSeedVisible());
    QVERIFY(window.styleView()->panel()->isVisible());
    QVERIFY(!window.generateAction()->isEnabled());
    tabs->setCurrentWidget(window.styleSpaceView());
    QVERIFY(!window.styleView()->panel()->isVisible());
    tabs->setCurrentWidget(window.trajectoryView());  // its own group (prompts, sampler, λ) replaces the shared one
    QVERIFY(!window.parameters()->isVisible());
    QVERIFY(window.trajectoryView()->panel()->isVisible());
    QVERIFY(!window.generateAction()->isEnabled());  // no model
    tabs->setCurrentWidget(window.backgroundView());  // its own group (reference, subject, mask, brush)
    QVERIFY(!window.parameters()->isVisible());
    QVERIFY(window.backgroundView()->panel()->isVisible());
    QVERIFY(!window.trajectoryView()->panel()->isVisible());
    QVERIFY(!window.generateAction()->isEnabled());  // no model
    tabs->setCurrentWidget(window.evaluateView());  // its own group replaces the shared fields, as Train's
    QVERIFY(!window.backgroundView()->panel()->isVisible());
    QVERIFY(!window.trajectoryView()->panel()->isVisible());
    QVERIFY(!window.parameters()->isVisible());
    QVERIFY(window.evaluateView()->settingsPanel()->isVisible());
    tabs->setCurrentIndex(0);
    QVERIFY(!window.evaluateView()->settingsPanel()->isVisible());
    QVERIFY(window.parameters()->isPromptAndSeedVisible());
}

QTEST_MAIN(TestStyleViews)
#include "tst_style_views.moc"
