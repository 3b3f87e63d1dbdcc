// Background view (issue #5): the brush layers (add then erase, undo/redo, the clue::Image the core gets), the subject
// picker following the prompt, the form's checks, and end to end on the tiny model (resources/models/tiny-sd15):
// "Compute mask" shows maps per manipulation step, "Generate" shows result | plain img2img | reference with background
// PSNR/SSIM, and Export writes the PNGs. Set CLUE_SCREENSHOT_DIR to keep a screenshot.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

#include "clue/png_meta.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/background/background_job.h"
#include "views/background/background_panel.h"
#include "views/background/background_result_panel.h"
#include "views/background/background_view.h"
#include "views/background/brush_layers.h"
#include "views/background/mask_canvas.h"
#include "widgets/image_canvas.h"

namespace {

QImage referenceImage(int size) {  // a smooth scene with a bright blob: something for the VAE to keep
    QImage image(size, size, QImage::Format_RGB888);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x - size * 0.6, y - size * 0.4) / size;
            image.setPixel(x, y, qRgb(40 + 150 * x / size, int(200 * std::exp(-8 * d * d)), 60 + 120 * y / size));
        }
    return image;
}

int layerAt(const QImage& layer, int x, int y) { return qGray(layer.pixel(x, y)); }

}  // namespace

class TestBackgroundView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void brushAddEraseUndoRedo();
    void brushLayersBecomeClueImages();
    void subjectPickerFollowsThePrompt();
    void stepsParse();
    void emptyStateAndFormChecks();
    void computeMaskThenGenerateOnTheTinyModel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<ModelSession> m_session;
    std::unique_ptr<BackgroundView> m_view;
};

void TestBackgroundView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOutputFolder(m_dir.filePath(QStringLiteral("outputs")));
    m_settings->setPreviewEverySteps(1);
    m_jobs = std::make_unique<JobController>();
    m_session = std::make_unique<ModelSession>(m_jobs.get());
    m_view = std::make_unique<BackgroundView>(m_jobs.get(), m_session.get(), m_settings.get());
    m_view->resize(1000, 800);
}

void TestBackgroundView::cleanupTestCase() {
    m_jobs.reset();  // joins the worker before the view goes
    m_view.reset();
    m_session.reset();
}

void TestBackgroundView::brushAddEraseUndoRedo() {
    BrushLayers layers;
    QSignalSpy history(&layers, &BrushLayers::historyChanged);
    layers.reset(QSize(40, 30));
    QVERIFY(layers.isEmpty());
    QVERIFY(!layers.canUndo());
    // A hard horizontal add stroke through the middle, radius 4.
    layers.paintStroke(BrushLayers::Mode::Add, 4.0, 0.0, {QPointF(5, 15), QPointF(35, 15)});
    QVERIFY(layers.canUndo());
    QCOMPARE(layerAt(layers.addLayer(), 20, 15), 255);
    QCOMPARE(layerAt(layers.addLayer(), 20, 25), 0);  // beyond the radius
    QCOMPARE(layerAt(layers.eraseLayer(), 20, 15), 0);
    const QImage afterAdd = layers.addLayer().copy();
    // A soft erase dab across it: the erase layer wins there, the add layer is cleared under the hard core.
    layers.paintStroke(BrushLayers::Mode::Erase, 6.0, 0.5, {QPointF(20, 15)});
    QCOMPARE(layerAt(layers.eraseLayer(), 20, 15), 255);
    QCOMPARE(layerAt(layers.addLayer(), 20, 15), 0);
    QCOMPARE(layerAt(layers.addLayer(), 8, 15), 255);  // outside the erase dab: untouched
    const int rim = layerAt(layers.eraseLayer(), 20 + 4, 15);  // in the feathered ring: partly painted
    QVERIFY2(rim > 0 && rim < 255, qPrintable(QString::number(rim)));
    // Undo restores the add stroke exactly; redo brings the erase back.
    layers.undo();
    QCOMPARE(layers.addLayer(), afterAdd);
    QCOMPARE(layerAt(layers.eraseLayer(), 20, 15), 0);
    QVERIFY(layers.canRedo());
    layers.redo();
    QCOMPARE(layerAt(layers.eraseLayer(), 20, 15), 255);
    // A new stroke after an undo drops the redo branch.
    layers.undo();
    layers.paintStroke(BrushLayers::Mode::Add, 2.0, 0.0, {QPointF(2, 2)});
    QVERIFY(!layers.canRedo());
    // Clear is one undoable step.
    layers.clear();
    QVERIFY(layers.isEmpty());
    layers.undo();
    QVERIFY(!layers.isEmpty());
    layers.undo();
    layers.undo();
    QVERIFY(layers.isEmpty());
    QVERIFY(!layers.canUndo());
    QVERIFY(history.count() > 0);
}

void TestBackgroundView::brushLayersBecomeClueImages() {
    BrushLayers layers;
    layers.reset(QSize(32, 24));
    QVERIFY(!BrushLayers::toClueImage(layers.addLayer()));  // nothing painted: no brush at all
    layers.paintStroke(BrushLayers::Mode::Add, 3.0, 0.0, {QPointF(10, 10)});
    layers.paintStroke(BrushLayers::Mode::Erase, 3.0, 0.0, {QPointF(25, 5)});
    const auto add = BrushLayers::toClueImage(layers.addLayer());
    const auto erase = BrushLayers::toClueImage(layers.eraseLayer());
    QVERIFY(add && erase);
    QCOMPARE(add->width, 32);
    QCOMPARE(add->height, 24);
    QCOMPARE(add->channels, 1);
    QCOMPARE(int(add->pixels.size()), 32 * 24);
    QCOMPARE(int(add->row(10)[10]), 255);
    QCOMPARE(int(add->row(5)[25]), 0);
    QCOMPARE(int(erase->row(5)[25]), 255);
    QCOMPARE(int(erase->row(10)[10]), 0);
    int painted = 0;
    for (std::uint8_t v : add->pixels) painted += v > 127;
    QVERIFY(painted >= 20 && painted <= 36);  // a disc of radius 3: π·9 ≈ 28 pixels
    // A soft stroke whose strongest value stays at or below 127 counts as not painted (the core's rule).
    QImage faint(8, 8, QImage::Format_Grayscale8);
    faint.fill(100);
    QVERIFY(!BrushLayers::toClueImage(faint));
}

void TestBackgroundView::subjectPickerFollowsThePrompt() {
    BackgroundPanel* panel = m_view->panel();
    panel->setPrompt(QStringLiteral("a photo of a dog on a beach"));
    QComboBox* subjects = panel->subjectCombo();
    QStringList words;
    for (int i = 0; i < subjects->count(); ++i) words << subjects->itemText(i);
    QCOMPARE(words, (QStringList{QStringLiteral("a"), QStringLiteral("photo"), QStringLiteral("of"),
                                 QStringLiteral("dog"), QStringLiteral("on"), QStringLiteral("beach")}));
    panel->setSubject(QStringLiteral("dog"));
    QVERIFY(panel->subjectInPrompt());
    QVERIFY(panel->subjectHint()->isHidden());
    // Typing a new prompt: the words follow, the subject stays, and the red hint says it is missing.
    panel->promptCombo()->setEditText(QStringLiteral("a cat on a sofa"));
    QCOMPARE(subjects->count(), 4);  // unique words: a, cat, on, sofa
    QCOMPARE(subjects->itemText(1), QStringLiteral("cat"));
    QCOMPARE(panel->subject(), QStringLiteral("dog"));
    QVERIFY(!panel->subjectInPrompt());
    QVERIFY(!panel->subjectHint()->isHidden());
    QVERIFY(panel->subjectHint()->text().contains(QStringLiteral("dog")));
    subjects->setCurrentIndex(1);
    QCOMPARE(panel->subject(), QStringLiteral("cat"));
    QVERIFY(panel->subjectHint()->isHidden());
}

void TestBackgroundView::stepsParse() {
    QCOMPARE(BackgroundPanel::parseSteps(QStringLiteral("2,3,4")), std::optional(std::vector<int>{2, 3, 4}));
    QCOMPARE(BackgroundPanel::parseSteps(QStringLiteral(" 4 2, 2-3 ")), std::optional(std::vector<int>{2, 3, 4}));
    QCOMPARE(BackgroundPanel::parseSteps(QString()), std::optional(std::vector<int>{}));
    QVERIFY(!BackgroundPanel::parseSteps(QStringLiteral("2, x")));
    QVERIFY(!BackgroundPanel::parseSteps(QStringLiteral("-1")));
    QCOMPARE(BackgroundPanel::formatSteps({1, 2}), QStringLiteral("1, 2"));
    // The defaults: default_background_options(), with fewer steps for the small demo model.
    const auto o = m_view->panel()->options();
    QVERIFY(o);
    QCOMPARE(o->base.steps, BackgroundPanel::kDefaultSteps);
    QCOMPARE(o->base.strength, 0.9);
    QCOMPARE(o->base.cfg, 7.5);
    QCOMPARE(o->manipulation_steps, (std::vector<int>{2, 3, 4}));
    QCOMPARE(o->importance, clue::ImportanceKind::AbsGradSam);
}

void TestBackgroundView::emptyStateAndFormChecks() {
    QVERIFY(m_view->canvas()->emptyText().startsWith(QStringLiteral("Open a model")));
    QVERIFY(!m_view->canRun());
    QVERIFY(!m_view->panel()->generateButton()->isEnabled());
    QString problem;
    QVERIFY(!m_view->options(&problem));
    QVERIFY(problem.contains(QStringLiteral("reference")));
    m_view->setReference(referenceImage(64));
    m_view->panel()->setPrompt(QStringLiteral("a photo of a dog on a beach"));
    m_view->panel()->setSubject(QStringLiteral("horse"));
    QVERIFY(!m_view->options(&problem));
    QVERIFY(problem.contains(QStringLiteral("horse")));
    QCOMPARE(m_view->generate(), quint64(0));  // no model: nothing queued
}

void TestBackgroundView::computeMaskThenGenerateOnTheTinyModel() {
    QSignalSpy loaded(m_session.get(), &ModelSession::loaded);
    QSignalSpy loadFailed(m_session.get(), &ModelSession::loadFailed);
    m_session->load(QStringLiteral(CLUE_MODELS_DIR "/tiny-sd15"), QStringLiteral("cpu"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + loadFailed.count() > 0, 120000);
    QCOMPARE(loadFailed.count(), 0);
    QVERIFY(m_view->canRun());
    QVERIFY(m_view->canvas()->emptyText().contains(QStringLiteral("reference")) || !m_view->reference().isNull());

    BackgroundPanel* panel = m_view->panel();
    m_view->setReference(referenceImage(64), QStringLiteral("test.png"));
    panel->setPrompt(QStringLiteral("a photo of a dog on a beach"));
    panel->setSubject(QStringLiteral("dog"));
    panel->stepsBox()->setValue(8);
    panel->strengthBox()->setValue(0.75);
    panel->manipulationEdit()->setText(QStringLiteral("1,2"));
    // A brush stroke on each layer: they travel with the run.
    m_view->layers()->paintStroke(BrushLayers::Mode::Add, 6.0, 0.3, {QPointF(10, 10), QPointF(20, 12)});
    m_view->layers()->paintStroke(BrushLayers::Mode::Erase, 5.0, 0.0, {QPointF(50, 50)});
    const auto o = m_view->options();
    QVERIFY(o && o->brush_add && o->brush_erase);
    QCOMPARE(o->brush_add->width, 64);

    // Compute mask: maps for steps 1 and 2, no image.
    QSignalSpy masks(m_view.get(), &BackgroundView::masksShown);
    QSignalSpy finished(m_view.get(), &BackgroundView::runFinished);
    QVERIFY(m_view->computeMask() != 0);
    QVERIFY(!panel->generateButton()->isEnabled());
    QVERIFY(panel->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 300000);
    QCOMPARE(finished.first().first().value<clue::JobState>(), clue::JobState::Succeeded);
    QCOMPARE(masks.count(), 1);
    QVERIFY(m_view->outcome());
    QCOMPARE(int(m_view->outcome()->result.maps.size()), 2);
    QVERIFY(m_view->outcome()->result.image.empty());
    QCOMPARE(m_view->stepCombo()->count(), 2);
    QCOMPARE(m_view->stepCombo()->itemText(0), QStringLiteral("1"));
    QVERIFY(m_view->canvas()->hasMaps());
    m_view->stepCombo()->setCurrentIndex(0);
    QVERIFY(m_view->canvas()->hasMaps());
    QCOMPARE(m_view->outcome()->heat.size(), 2);
    QCOMPARE(m_view->outcome()->heat.first().size(), QSize(64, 64));
    QVERIFY(!m_view->resultPanel()->hasResult());
    {  // the brush reached the core: the add stroke is subject, the erase dab background, in every step's mask
        const clue::BackgroundResult& res = m_view->outcome()->result;
        const int lw = res.latent_width, lh = res.latent_height;
        QVERIFY(lw > 0 && lh > 0);
        auto cell = [&](const std::vector<float>& mask, int x, int y) {  // x, y in reference pixels (64 × 64)
            return mask[size_t(y * lh / 64) * size_t(lw) + size_t(x * lw / 64)];
        };
        for (const clue::BackgroundStepMaps& maps : res.maps) {
            QCOMPARE(cell(maps.mask, 15, 11), 1.0f);
            QCOMPARE(cell(maps.mask, 50, 50), 0.0f);
        }
    }

    // Generate: live previews, then result | plain img2img | reference with metrics under each.
    QSignalSpy results(m_view.get(), &BackgroundView::resultsArrived);
    QSignalSpy previews(m_jobs.get(), &JobController::previewReady);
    finished.clear();
    QVERIFY(m_view->generate() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 300000);
    QCOMPARE(finished.first().first().value<clue::JobState>(), clue::JobState::Succeeded);
    QCOMPARE(results.count(), 1);
    QVERIFY(previews.count() > 0);
    BackgroundResultPanel* r = m_view->resultPanel();
    QVERIFY(r->hasResult());
    QVERIFY(!r->resultCanvas()->image().isNull());
    QVERIFY(!r->baselineCanvas()->image().isNull());
    QVERIFY(!r->referenceCanvas()->image().isNull());
    QCOMPARE(r->resultCanvas()->image().size(), r->referenceCanvas()->image().size());
    QVERIFY2(r->resultMetrics()->text().contains(QStringLiteral("PSNR")), qPrintable(r->resultMetrics()->text()));
    QVERIFY(r->resultMetrics()->text().contains(QStringLiteral("SSIM")));
    QVERIFY(r->baselineMetrics()->text().contains(QStringLiteral("PSNR")));
    QVERIFY(m_view->outcome()->resultMetrics.valid());
    QVERIFY(m_view->outcome()->baselineMetrics.valid());
    QVERIFY(r->exportButton()->isEnabled());
    QVERIFY(panel->generateButton()->isEnabled());

    // Export: the image with its infotext, plain img2img, the mask and the overlay.
    QSignalSpy exported(m_view.get(), &BackgroundView::exportFinished);
    QVERIFY(m_view->exportResult() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(exported.count() > 0, 60000);
    const QStringList files = exported.first().first().toStringList();
    QCOMPARE(files.size(), 4);
    for (const QString& f : files) QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    QVERIFY(files.at(2).endsWith(QStringLiteral("-mask.png")));
    QVERIFY(files.at(3).endsWith(QStringLiteral("-overlay.png")));
    const auto text = clue::read_png_text(files.first().toStdString());
    QVERIFY(text);
    QVERIFY(QString::fromStdString(text->parameters).contains(QStringLiteral("Subject")));

    if (!qEnvironmentVariableIsEmpty("CLUE_SCREENSHOT_DIR")) {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->grab().save(QDir(qEnvironmentVariable("CLUE_SCREENSHOT_DIR")).filePath(QStringLiteral("background.png")));
    }
}

QTEST_MAIN(TestBackgroundView)
#include "tst_background_view.moc"
