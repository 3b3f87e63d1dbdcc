// Train view without a trained model: presets fill the fields, options round trip, the preprocessing
// stage checkboxes map to PreprocessOptions, empty states, the dataset scan job fills the class table
// and the skipped list, the preview shows five stages, and TrainEvents feed the loss curves.
// Set CLUE_SCREENSHOT_DIR to keep screenshots of the dataset and preprocessing pages.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

#include "clue/train.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/train/dataset_panel.h"
#include "views/train/preprocess_preview.h"
#include "views/train/train_progress_panel.h"
#include "views/train/train_settings_panel.h"
#include "views/train/train_view.h"

class TestTrainView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void presetComboFillsFields();
    void optionsRoundTrip();
    void stageCheckboxesMapToPreprocessOptions();
    void emptyStatesAndButtons();
    void everyInputHasATooltip();
    void scanFillsTablesAndPreview();
    void trainEventsFeedTheCurves();

private:
    void screenshot(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<ModelSession> m_session;
    std::unique_ptr<TrainView> m_view;
};

void TestTrainView::init() {
    QStandardPaths::setTestModeEnabled(true);
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOutputFolder(m_dir.filePath(QStringLiteral("outputs")));
    m_jobs = std::make_unique<JobController>();
    m_session = std::make_unique<ModelSession>(m_jobs.get());
    m_view = std::make_unique<TrainView>(m_jobs.get(), m_session.get(), m_settings.get());
}

void TestTrainView::cleanup() {
    m_jobs.reset();  // joins the worker before the view goes
    m_view.reset();
    m_session.reset();
}

void TestTrainView::presetComboFillsFields() {
    TrainSettingsPanel* panel = m_view->settingsPanel();
    const std::vector<std::string> names = clue::train_preset_names();
    QCOMPARE(panel->presetCombo()->count(), int(names.size()));
    panel->setDatasetPath(QStringLiteral("/data/ears"));
    for (const std::string& name : names) {
        const auto preset = clue::train_preset(name);
        QVERIFY(preset.ok());
        QVERIFY(panel->applyPreset(QString::fromStdString(name)));
        QCOMPARE(panel->presetCombo()->currentData().toString(), QString::fromStdString(name));
        QCOMPARE(panel->stepsBox()->value(), preset->max_steps);
        QCOMPARE(panel->batchBox()->value(), preset->batch_size);
        const clue::TrainOptions o = panel->options();
        QCOMPARE(o.max_steps, preset->max_steps);
        QCOMPARE(o.lr_unet, preset->lr_unet);
        QCOMPARE(o.kl_beta, preset->kl_beta);
        QCOMPARE(o.sample_every, preset->sample_every);
        QCOMPARE(o.warmup_steps, preset->warmup_steps);  // a field without a control comes from the preset
        QCOMPARE(o.dataset, std::string("/data/ears"));  // where the data lives is kept
    }
    QVERIFY(!panel->applyPreset(QStringLiteral("no-such-preset")));
}

void TestTrainView::optionsRoundTrip() {
    TrainSettingsPanel* panel = m_view->settingsPanel();
    clue::TrainOptions o;
    o.dataset = "/data/set.csv";
    o.base_model = "/models/sd15";
    o.output_dir = "/runs/a";
    o.mode = clue::TrainMode::Vanilla;
    o.parts = clue::TrainParts::NewLayersOnly;
    o.max_steps = 1234;
    o.batch_size = 3;
    o.lr_unet = 2e-6;
    o.lr_new = 3e-4;
    o.kl_beta = 5e-4;
    o.resolution = 256;
    o.prompt_template = "a photo of {class}";
    o.validate_every = 10;
    o.sample_every = 0;
    o.checkpoint_every = 50;
    o.ema_decay = 0.999;
    panel->setOptions(o);
    const clue::TrainOptions r = panel->options();
    QCOMPARE(r.dataset, o.dataset);
    QCOMPARE(r.base_model, o.base_model);
    QCOMPARE(r.output_dir, o.output_dir);
    QCOMPARE(r.mode, o.mode);
    QCOMPARE(r.parts, o.parts);
    QCOMPARE(r.max_steps, o.max_steps);
    QCOMPARE(r.batch_size, o.batch_size);
    QCOMPARE(r.lr_unet, o.lr_unet);
    QCOMPARE(r.lr_new, o.lr_new);
    QCOMPARE(r.kl_beta, o.kl_beta);
    QCOMPARE(r.resolution, o.resolution);
    QCOMPARE(r.prompt_template, o.prompt_template);
    QCOMPARE(r.validate_every, o.validate_every);
    QCOMPARE(r.sample_every, o.sample_every);
    QCOMPARE(r.checkpoint_every, o.checkpoint_every);
    QCOMPARE(r.ema_decay, o.ema_decay);
}

void TestTrainView::stageCheckboxesMapToPreprocessOptions() {
    PreprocessPreview* preview = m_view->preprocessPreview();
    QVERIFY(preview->stageCheckBox(0) == nullptr);  // the original has no switch
    for (int stage = 1; stage <= 4; ++stage) QVERIFY(preview->stageCheckBox(stage)->isChecked());
    QSignalSpy changed(preview, &PreprocessPreview::optionsChanged);
    preview->stageCheckBox(2)->setChecked(false);
    QCOMPARE(changed.count(), 1);
    clue::PreprocessOptions o = preview->preprocessOptions();
    QVERIFY(o.detect_fov && !o.mask_outside && o.crop_square && o.resize);
    preview->stageCheckBox(1)->setChecked(false);
    preview->stageCheckBox(4)->setChecked(false);
    o = m_view->trainOptions().preprocess;  // what Train would use
    QVERIFY(!o.detect_fov && !o.mask_outside && o.crop_square && !o.resize);
    clue::PreprocessOptions set;
    set.crop_square = false;
    set.dark_threshold = 30;
    preview->setPreprocessOptions(set);
    QVERIFY(preview->stageCheckBox(1)->isChecked());
    QVERIFY(!preview->stageCheckBox(3)->isChecked());
    QCOMPARE(preview->preprocessOptions().dark_threshold, 30);
}

void TestTrainView::emptyStatesAndButtons() {
    QVERIFY(m_view->datasetPanel()->messageText().contains(QStringLiteral("Scan")));
    QVERIFY(!m_view->datasetPanel()->hasDataset());
    QVERIFY(!m_view->progressPanel()->openModelButton()->isVisibleTo(m_view.get()));
    QVERIFY(m_view->progressPanel()->statusText().contains(QStringLiteral("Train")));
    TrainSettingsPanel* panel = m_view->settingsPanel();
    QVERIFY(panel->trainButton()->isEnabled());
    QVERIFY(panel->resumeButton()->isEnabled());
    QVERIFY(!panel->stopButton()->isEnabled());
    QVERIFY(!panel->runFolder().isEmpty());  // a fresh run folder is proposed
    // Scanning nothing says what to do instead of starting a job.
    panel->setDatasetPath(QString());
    QCOMPARE(m_view->scanDataset(), quint64(0));
    QVERIFY(!m_view->datasetPanel()->messageText().isEmpty());
}

void TestTrainView::everyInputHasATooltip() {
    const QList<QWidget*> widgets = m_view->settingsPanel()->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->inherits("QAbstractSpinBox") && !w->inherits("QComboBox") && !w->inherits("QLineEdit") &&
            !w->inherits("QAbstractButton"))
            continue;
        if (w->parentWidget() &&
            (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox")))
            continue;
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") +
                                                     w->property("text").toString()));
    }
}

void TestTrainView::scanFillsTablesAndPreview() {
    // Two classes of small "endoscope" frames (a bright disc on black), and one file that is not an image.
    const QDir root(m_dir.filePath(QStringLiteral("dataset")));
    // Every file differs (identical files could be reported as duplicates).
    int shade = 0;
    for (const QString& name : {QStringLiteral("normal"), QStringLiteral("otitis")}) {
        QVERIFY(QDir().mkpath(root.filePath(name)));
        for (int i = 0; i < 3; ++i) {
            QImage image(96, 80, QImage::Format_RGB888);
            image.fill(Qt::black);
            QPainter painter(&image);
            painter.setBrush(QColor(150 + 20 * shade++, 120, 90));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPoint(48, 40), 34, 34);
            painter.end();
            QVERIFY(image.save(root.filePath(QStringLiteral("%1/%2.png").arg(name).arg(i))));
        }
    }
    QFile bad(root.filePath(QStringLiteral("normal/notes.png")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not an image");
    bad.close();

    m_view->settingsPanel()->setDatasetPath(root.absolutePath());
    QSignalSpy finished(m_jobs.get(), &JobController::finished);
    QVERIFY(m_view->scanDataset() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->datasetPanel()->hasDataset(), 60000);
    QTableWidget* classes = m_view->datasetPanel()->classTable();
    QTableWidget* skipped = m_view->datasetPanel()->skippedTable();
    QCOMPARE(classes->rowCount(), 3);  // two classes + total
    QCOMPARE(classes->item(0, 0)->text(), QStringLiteral("normal"));
    QCOMPARE(classes->item(2, 1)->text().toInt() + classes->item(2, 2)->text().toInt(), 6);
    QCOMPARE(skipped->rowCount(), 1);
    QCOMPARE(skipped->item(0, 0)->text(), QStringLiteral("notes.png"));
    QVERIFY(!skipped->item(0, 1)->text().isEmpty());

    PreprocessPreview* preview = m_view->preprocessPreview();
    QCOMPARE(preview->imageCombo()->count(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isComputing(), 60000);
    const QList<QLabel*> labels = preview->findChildren<QLabel*>();
    int pictures = 0;
    for (QLabel* label : labels) pictures += label->pixmap().isNull() ? 0 : 1;
    QCOMPARE(pictures, PreprocessPreview::kStageCount);
    m_view->pages()->setCurrentWidget(preview);
    screenshot(QStringLiteral("train_preprocessing"));
    m_view->pages()->setCurrentWidget(m_view->datasetPanel());
    screenshot(QStringLiteral("train_dataset"));
}

void TestTrainView::screenshot(const QString& name) {
    const QString dir = qEnvironmentVariable("CLUE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    m_view->resize(1100, 560);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTest::qWait(50);
    QVERIFY(m_view->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestTrainView::trainEventsFeedTheCurves() {
    TrainProgressPanel* progress = m_view->progressPanel();
    clue::TrainEvent step;
    step.kind = clue::TrainEvent::Kind::Step;
    step.total_steps = 10;
    for (int i = 1; i <= 5; ++i) {
        step.step = i;
        step.loss = 1.0 / i;
        progress->addEvent(step);
    }
    clue::TrainEvent validation;
    validation.kind = clue::TrainEvent::Kind::Validation;
    validation.step = 5;
    validation.validation_loss = 0.3;
    progress->addEvent(validation);
    QCOMPARE(progress->lossPointCount(), 5);
    QCOMPARE(progress->validationPointCount(), 1);
    QVERIFY(progress->statusText().contains(QStringLiteral("5")));
    // A resumed run repeats no step: the log is replaced, later steps are appended.
    std::vector<clue::TrainLogRow> log(3);
    for (int i = 0; i < 3; ++i) {
        log[size_t(i)].step = i + 1;
        log[size_t(i)].loss = 0.5;
        log[size_t(i)].validation_loss = i == 2 ? 0.4 : std::numeric_limits<double>::quiet_NaN();
    }
    progress->setLog(log);
    QCOMPARE(progress->lossPointCount(), 3);
    QCOMPARE(progress->validationPointCount(), 1);
    step.step = 3;
    progress->addEvent(step);
    QCOMPARE(progress->lossPointCount(), 3);
    QSignalSpy open(progress, &TrainProgressPanel::openModelRequested);
    progress->setModelDir(QStringLiteral("/runs/a/model"));
    QVERIFY(progress->openModelButton()->isVisibleTo(progress));
    progress->openModelButton()->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("/runs/a/model"));
}

QTEST_MAIN(TestTrainView)
#include "tst_train_view.moc"
