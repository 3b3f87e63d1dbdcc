// Trajectory view (issue #5): the swap-step timeline's value logic (add, remove, move with skip-over, rescale, parse)
// and its mouse and keyboard handling, the panel's defaults and class-prompt prefill, the empty state, and end to end
// on the bundled tiny model (resources/models/tiny-sd15): steps 6, λ {4, 2}, 3 frames → 3 thumbnails, the curve
// slider shows the nearest frame at once and the exact point after decoding, cancel is a state, exports write files.
// Set CLUE_SCREENSHOT_DIR to keep a screenshot of the finished view.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/trajectory/cosine_plot.h"
#include "views/trajectory/curve_preview.h"
#include "views/trajectory/swap_timeline.h"
#include "views/trajectory/trajectory_export.h"
#include "views/trajectory/trajectory_panel.h"
#include "views/trajectory/trajectory_strip.h"
#include "views/trajectory/trajectory_view.h"
#include "widgets/image_canvas.h"
#include "widgets/qcustomplot_include.h"

class TestTrajectoryView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void timelineValueLogic();
    void timelineRescaleAndParse();
    void timelineMouseAndKeyboard();
    void panelDefaultsAndClassPrompts();
    void panelAndTimelineStayInStep();
    void emptyStateWithoutAModel();
    void runsOnTheTinyModel();
    void cancelIsAState();

private:
    bool loadTinyModel();
    void setTinyOptions(int steps, const QList<int>& swaps, int frames);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<ModelSession> m_session;
    std::unique_ptr<TrajectoryView> m_view;
};

void TestTrajectoryView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<clue::JobState>();
    QVERIFY(m_dir.isValid());
}

void TestTrajectoryView::init() {
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOutputFolder(m_dir.filePath(QStringLiteral("outputs")));
    m_jobs = std::make_unique<JobController>();
    m_session = std::make_unique<ModelSession>(m_jobs.get());
    m_view = std::make_unique<TrajectoryView>(m_jobs.get(), m_session.get(), m_settings.get());
    m_view->resize(1100, 760);
}

void TestTrajectoryView::cleanup() {
    m_jobs.reset();  // joins the worker first: job bodies post to the view
    m_view.reset();
    m_session.reset();
}

void TestTrajectoryView::timelineValueLogic() {
    SwapTimeline t;
    t.setSteps(50);
    QCOMPARE(t.swapSteps(), (QList<int>{45, 40, 35, 30, 25, 20, 15, 10, 5}));  // the authors' set, neutral end first
    QSignalSpy changed(&t, &SwapTimeline::swapStepsChanged);
    QVERIFY(t.addStep(12));
    QCOMPARE(t.swapSteps(), (QList<int>{45, 40, 35, 30, 25, 20, 15, 12, 10, 5}));
    QVERIFY(!t.addStep(12));  // already there
    QVERIFY(!t.addStep(50));  // λ = N is the neutral image, not a swap
    QVERIFY(!t.addStep(-1));
    QVERIFY(t.removeStep(12));
    QVERIFY(!t.removeStep(13));
    QCOMPARE(changed.count(), 2);
    // Moving: to a free place; onto a taken one skips over it in the direction of the move; clamped to 0 … N−1.
    QCOMPARE(t.moveStep(45, 47), 47);
    QCOMPARE(t.moveStep(47, 40), 39);  // 40 is taken: skip to 39
    QCOMPARE(t.swapSteps(), (QList<int>{40, 39, 35, 30, 25, 20, 15, 10, 5}));
    QCOMPARE(t.moveStep(5, -10), 0);
    QCOMPARE(t.moveStep(39, 99), 49);
    QCOMPARE(t.moveStep(7, 8), -1);  // no marker at 7
    QCOMPARE(t.moveStep(49, 49), 49);
    // No room beyond a taken place: the nearest free one on the way back.
    SwapTimeline small;
    small.setSteps(4);
    small.setSwapSteps({3, 2, 0});
    QCOMPARE(small.moveStep(0, 3), 1);
    QCOMPARE(small.swapSteps(), (QList<int>{3, 2, 1}));
    QCOMPARE(small.moveStep(1, 3), 1);  // 2 and 3 are taken, nothing beyond: it stays
    // The last marker cannot be removed; the widest gap gets the new one.
    small.setSwapSteps({2});
    QVERIFY(!small.removeStep(2));
    SwapTimeline gaps;
    gaps.setSteps(20);
    gaps.setSwapSteps({19, 3});
    QCOMPARE(gaps.addInWidestGap(), 11);  // free 4 … 18, middle 11
    QCOMPARE(gaps.selectedStep(), 11);
}

void TestTrajectoryView::timelineRescaleAndParse() {
    QCOMPARE(SwapTimeline::normalized({5, 45, 5, 60, -1, 20}, 50), (QList<int>{45, 20, 5}));
    QCOMPARE(SwapTimeline::rescaled({45, 40, 35, 30, 25, 20, 15, 10, 5}, 50, 6), (QList<int>{5, 4, 3, 2, 1}));
    QCOMPARE(SwapTimeline::rescaled({45, 5}, 50, 100), (QList<int>{90, 10}));
    SwapTimeline t;
    t.setSteps(10);  // from the default 50: the markers keep their relative places
    QCOMPARE(t.swapSteps(), (QList<int>{9, 8, 7, 6, 5, 4, 3, 2, 1}));
    QList<int> parsed;
    QVERIFY(SwapTimeline::parse(QStringLiteral(" 45, 40 ;35  30,"), &parsed));
    QCOMPARE(parsed, (QList<int>{45, 40, 35, 30}));
    QVERIFY(!SwapTimeline::parse(QStringLiteral("45, forty"), &parsed));
    QCOMPARE(SwapTimeline::format({45, 40, 5}), QStringLiteral("45, 40, 5"));
}

void TestTrajectoryView::timelineMouseAndKeyboard() {
    SwapTimeline t;
    t.resize(620, t.sizeHint().height());
    t.setSteps(20);
    t.setSwapSteps({15, 5});
    t.show();
    QVERIFY(QTest::qWaitForWindowExposed(&t));
    const int y = t.height() / 2;
    QCOMPARE(t.stepAtX(t.xForStep(7)), 7);
    QCOMPARE(t.markerAt(QPoint(t.xForStep(15), y)), 15);
    QCOMPARE(t.markerAt(QPoint(t.xForStep(10), y)), -1);
    // Drag 15 to 12.
    QTest::mousePress(&t, Qt::LeftButton, {}, QPoint(t.xForStep(15), y));
    QTest::mouseMove(&t, QPoint(t.xForStep(13), y));
    QTest::mouseMove(&t, QPoint(t.xForStep(12), y));
    QTest::mouseRelease(&t, Qt::LeftButton, {}, QPoint(t.xForStep(12), y));
    QCOMPARE(t.swapSteps(), (QList<int>{12, 5}));
    QCOMPARE(t.selectedStep(), 12);
    // Click an empty place: adds; right-click a marker: removes.
    QTest::mouseClick(&t, Qt::LeftButton, {}, QPoint(t.xForStep(9), y));
    QCOMPARE(t.swapSteps(), (QList<int>{12, 9, 5}));
    QTest::mouseClick(&t, Qt::RightButton, {}, QPoint(t.xForStep(12), y));
    QCOMPARE(t.swapSteps(), (QList<int>{9, 5}));
    // Keyboard: the selected marker moves; Up/Down select; Delete removes; Insert adds in the widest gap.
    t.setFocus();
    t.setSelectedStep(5);
    QTest::keyClick(&t, Qt::Key_Right);
    QCOMPARE(t.swapSteps(), (QList<int>{9, 6}));
    QTest::keyClick(&t, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(t.swapSteps(), (QList<int>{9, 1}));
    QTest::keyClick(&t, Qt::Key_Up);
    QCOMPARE(t.selectedStep(), 9);
    QTest::keyClick(&t, Qt::Key_Delete);
    QCOMPARE(t.swapSteps(), (QList<int>{1}));
    QTest::keyClick(&t, Qt::Key_Insert);
    QCOMPARE(t.swapSteps(), (QList<int>{10, 1}));  // free 2 … 19: the middle, 10
}

void TestTrajectoryView::panelDefaultsAndClassPrompts() {
    TrajectoryPanel panel;
    const clue::TrajectoryOptions o = panel.options();
    const clue::TrajectoryOptions d = clue::default_trajectory_options();
    QCOMPARE(o.base.sampler, std::string("ddim"));
    QCOMPARE(o.base.steps, 50);
    QCOMPARE(o.base.cfg, 7.5);
    QCOMPARE(o.swap_steps, d.swap_steps);
    QCOMPARE(o.frames, d.frames);
    QVERIFY(o.neutral_prompt.empty() && o.attribute_prompt.empty());
    panel.setClassPrompts({"OME", "Normal", "COM"}, {"ear, effusion", "ear, normal", "ear, chronic"});
    QCOMPARE(panel.neutralPrompt(), QStringLiteral("ear, normal"));
    QCOMPARE(panel.attributePrompt(), QStringLiteral("ear, effusion"));
    QCOMPARE(panel.neutralCombo()->count(), 3);
    panel.setClassPrompts({"Normal", "OME"}, {"normal", "effusion"});
    QCOMPARE(panel.neutralPrompt(), QStringLiteral("normal"));
    QCOMPARE(panel.attributePrompt(), QStringLiteral("effusion"));
    panel.setClassPrompts({}, {});
    QVERIFY(panel.neutralPrompt().isEmpty() && panel.attributePrompt().isEmpty());
    for (QWidget* w : panel.findChildren<QWidget*>()) {
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QComboBox*>(w))
            continue;
        QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
    }
}

void TestTrajectoryView::panelAndTimelineStayInStep() {
    TrajectoryPanel* panel = m_view->panel();
    QCOMPARE(panel->swapStepsEdit()->text(), QStringLiteral("45, 40, 35, 30, 25, 20, 15, 10, 5"));
    m_view->timeline()->addStep(12);
    QCOMPARE(panel->swapStepsEdit()->text(), QStringLiteral("45, 40, 35, 30, 25, 20, 15, 12, 10, 5"));
    panel->swapStepsEdit()->setText(QStringLiteral("30, 20, 99"));
    Q_EMIT panel->swapStepsEdit()->editingFinished();
    QCOMPARE(m_view->timeline()->swapSteps(), (QList<int>{30, 20}));
    QCOMPARE(panel->swapStepsEdit()->text(), QStringLiteral("30, 20"));
    QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("49")));  // 99 was dropped, with a word why
    panel->stepsBox()->setValue(10);
    QCOMPARE(m_view->timeline()->steps(), 10);
    QCOMPARE(m_view->timeline()->swapSteps(), (QList<int>{6, 4}));
    QCOMPARE(m_view->options().swap_steps, (std::vector<int>{6, 4}));
}

void TestTrajectoryView::emptyStateWithoutAModel() {
    QVERIFY(!m_view->canRun());
    QCOMPARE(m_view->run(), quint64(0));
    QVERIFY(m_view->preview()->canvas()->emptyText().contains(QStringLiteral("Open a model")));
    QVERIFY(!m_view->panel()->runButton()->isEnabled());
    QCOMPARE(m_view->strip()->count(), 0);
    QCOMPARE(m_view->exportTo(m_dir.filePath(QStringLiteral("none")), TrajectoryExport::All), quint64(0));
}

bool TestTrajectoryView::loadTinyModel() {
    QSignalSpy loaded(m_session.get(), &ModelSession::loaded);
    QSignalSpy failed(m_session.get(), &ModelSession::loadFailed);
    m_session->load(QStringLiteral(CLUE_MODELS_DIR "/tiny-sd15"), QStringLiteral("cpu"));
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 120000)) return false;
    return loaded.count() == 1;
}

void TestTrajectoryView::setTinyOptions(int steps, const QList<int>& swaps, int frames) {
    TrajectoryPanel* panel = m_view->panel();
    panel->setPrompts(QStringLiteral("a photo of a cat"), QStringLiteral("a photo of a dog"));
    panel->stepsBox()->setValue(steps);
    m_view->timeline()->setSwapSteps(swaps);
    panel->framesBox()->setValue(frames);
}

void TestTrajectoryView::runsOnTheTinyModel() {
    QVERIFY(loadTinyModel());
    QVERIFY(m_view->canRun());
    QVERIFY(m_view->panel()->neutralPrompt().isEmpty());  // tiny-sd15 has no class prompts
    QCOMPARE(m_view->run(), quint64(0));                 // so both prompts are missing: an inline message
    QVERIFY(m_view->panel()->messageLabel()->text().contains(QStringLiteral("prompts")));
    setTinyOptions(6, {4, 2}, 3);
    QSignalSpy finished(m_view.get(), &TrajectoryView::runFinished);
    QVERIFY(m_view->run() != 0);
    QVERIFY(!m_view->canRun());
    QCOMPARE(m_view->strip()->count(), 3);  // placeholders at once: neutral, λ 4, λ 2
    QCOMPARE(m_view->strip()->thumbnailCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QCOMPARE(finished.first().first().value<clue::JobState>(), clue::JobState::Succeeded);
    QCOMPARE(m_view->strip()->thumbnailCount(), 3);
    QVERIFY(m_view->strip()->item(0)->text().startsWith(QStringLiteral("neutral")));
    QVERIFY(m_view->strip()->item(1)->text().contains(QStringLiteral("λ = 4")));
    QVERIFY(m_view->strip()->item(2)->text().contains(QStringLiteral("cos 1.000")));  // the strongest edit: itself
    QCOMPARE(m_view->cosinePlot()->plot()->graphCount(), 1);
    QCOMPARE(m_view->cosinePlot()->plot()->graph(0)->dataCount(), 2);
    // The slider: a frame at once, then the exact point between frames.
    CurvePreview* preview = m_view->preview();
    QCOMPARE(preview->frameCount(), 3);
    QCOMPARE(preview->shownKind(), QStringLiteral("frame"));
    QVERIFY(!preview->canvas()->image().isNull());
    preview->setIdleMs(50);
    preview->setPosition(0.25);
    QCOMPARE(preview->shownKind(), QStringLiteral("frame"));  // the nearest frame, immediately
    QVERIFY(preview->canvas()->caption().contains(QStringLiteral("nearest frame")));
    QTRY_COMPARE_WITH_TIMEOUT(preview->shownKind(), QStringLiteral("exact"), 60000);
    QVERIFY(preview->canvas()->caption().contains(QStringLiteral("0.250")));
    preview->setPosition(0.5);  // on frame 2 of 3: no decode needed
    QVERIFY(preview->isOnFrame(0.5));
    QVERIFY(preview->canvas()->caption().contains(QStringLiteral("frame 2 of 3")));
    // Exports.
    QSignalSpy exported(m_view.get(), &TrajectoryView::exportFinished);
    QVERIFY(m_view->exportFolderEdit()->text().contains(QStringLiteral("trajectory-")));
    const QString folder = m_dir.filePath(QStringLiteral("export"));
    QVERIFY(m_view->exportTo(folder, TrajectoryExport::All) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QCOMPARE(exported.first().first().toStringList().size(), 1 + 3 + 1 + 1);
    for (const char* name : {"strip.png", "frames/frame_000.png", "frames/frame_002.png", "trajectory.gif", "trajectory.csv"})
        QVERIFY2(QFileInfo(QDir(folder).filePath(QLatin1String(name))).size() > 0, name);
    QFile csv(QDir(folder).filePath(QStringLiteral("trajectory.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[1].startsWith(QStringLiteral("0,6,")));
    QVERIFY(lines[3].startsWith(QStringLiteral("2,2,1.000000")));
    QCOMPARE(TrajectoryExport::composeStrip(*m_view->trajectory(), 6).width(),
             3 * m_view->trajectory()->images[0].width + 2 * std::max(2, m_view->trajectory()->images[0].width / 64));
    if (!qEnvironmentVariableIsEmpty("CLUE_SCREENSHOT_DIR")) {
        m_view->show();
        preview->setPosition(0.25);
        QTRY_COMPARE_WITH_TIMEOUT(preview->shownKind(), QStringLiteral("exact"), 60000);
        m_view->grab().save(QDir(qEnvironmentVariable("CLUE_SCREENSHOT_DIR")).filePath(QStringLiteral("trajectory.png")));
    }
}

void TestTrajectoryView::cancelIsAState() {
    QVERIFY(loadTinyModel());
    setTinyOptions(40, {30, 20, 10}, 4);
    QSignalSpy finished(m_view.get(), &TrajectoryView::runFinished);
    QSignalSpy failed(m_jobs.get(), &JobController::failed);
    QVERIFY(m_view->run() != 0);
    QVERIFY(m_view->panel()->cancelButton()->isEnabled());
    m_view->panel()->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().first().value<clue::JobState>(), clue::JobState::Cancelled);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_view->strip()->count(), 0);
    QVERIFY(!m_view->trajectory());
    QVERIFY(m_view->canRun());
    QVERIFY(m_view->panel()->runButton()->isEnabled());
    QVERIFY(!m_view->panel()->cancelButton()->isEnabled());
}

QTEST_MAIN(TestTrajectoryView)
#include "tst_trajectory_view.moc"
