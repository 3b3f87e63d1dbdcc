// MainWindow end to end with the bundled tiny model (resources/models/tiny-sd15), offscreen:
// empty state, model load, Ctrl+Enter generation with previews and a saved PNG, Esc cancel,
// parameters restored from the PNG. Set CLUE_SCREENSHOT_DIR to keep screenshots of each state.
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QRegularExpression>
#include <QDir>
#include <QFileInfo>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QUrl>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "clue/png_meta.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "main_window/main_window.h"
#include "models/gallery_model.h"
#include "views/generate/generate_view.h"
#include "views/generate/parameters_panel.h"
#include "widgets/image_canvas.h"

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateAsksForAModel();
    void loadsTheTinyModel();
    void generatesWithPreviewAndSavesPng();
    void cancelStopsAGeneration();
    void restoresParametersFromThePng();
    void galleryDoubleClickRestores();
    void droppingAPngRestoresItsParameters();
    void failedLoadShowsAnErrorAndKeepsWorking();

private:
    void screenshot(const QString& name);
    clue::GenerateOptions tinyOptions(int steps, qint64 seed) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_savedPng;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setOutputFolder(m_dir.filePath(QStringLiteral("outputs")));
    m_settings->setPreviewEverySteps(1);
    m_settings->setModelDevice(QStringLiteral("cpu"));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase() {
    m_window.reset();  // joins the worker
    m_settings.reset();
}

void TestMainWindow::screenshot(const QString& name) {
    const QString dir = qEnvironmentVariable("CLUE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

clue::GenerateOptions TestMainWindow::tinyOptions(int steps, qint64 seed) const {
    clue::GenerateOptions options;
    options.prompt = "a photo of an astronaut riding a horse on the moon";
    options.negative_prompt = "blurry";
    options.sampler = "euler";
    options.steps = steps;
    options.cfg = 7.5;
    options.seed = seed;
    options.width = 64;
    options.height = 64;
    return options;
}

void TestMainWindow::emptyStateAsksForAModel() {
    GenerateView* view = m_window->generateView();
    QVERIFY(view->canvas()->image().isNull());
    QVERIFY(view->canvas()->emptyText().startsWith(QStringLiteral("Open a model to start")));
    QVERIFY(!m_window->generateAction()->isEnabled());
    QVERIFY(!m_window->cancelAction()->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("CLUE Studio"));
    QVERIFY(m_window->deviceText().contains(QStringLiteral("CPU")) ||
            m_window->deviceText().contains(QStringLiteral("CUDA")));
    QCOMPARE(view->generate(), quint64(0));  // nothing to generate with
    screenshot(QStringLiteral("main_window_empty"));
}

void TestMainWindow::loadsTheTinyModel() {
    QSignalSpy loaded(m_window->session(), &ModelSession::loaded);
    QSignalSpy failed(m_window->session(), &ModelSession::loadFailed);
    m_window->openModel(QStringLiteral(CLUE_MODELS_DIR "/tiny-sd15"));
    QVERIFY(m_window->session()->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("load failed: ") +
                         QString::fromStdString(failed.first().at(1).value<clue::Error>().detail)));
    QVERIFY(m_window->session()->hasModel());
    QCOMPARE(m_window->session()->name(), QStringLiteral("tiny-sd15"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("tiny-sd15")));
    QVERIFY(QRegularExpression(QStringLiteral("^tiny-sd15 \\[[0-9a-f]{10}\\]$")).match(m_window->modelButtonText()).hasMatch());
    QVERIFY(m_window->generateAction()->isEnabled());
    QVERIFY(m_settings->recentModels().first().endsWith(QStringLiteral("tiny-sd15")));
    QCOMPARE(m_window->parameters()->options().width, m_window->session()->nativeSize());
    QVERIFY(m_window->generateView()->canvas()->emptyText().contains(QStringLiteral("Ctrl+Enter")));
}

void TestMainWindow::generatesWithPreviewAndSavesPng() {
    ParametersPanel* parameters = m_window->parameters();
    parameters->setOptions(tinyOptions(8, 42));
    QSignalSpy previews(m_window->jobs(), &JobController::previewReady);
    QSignalSpy progress(m_window->jobs(), &JobController::progressChanged);
    QSignalSpy results(m_window->generateView(), &GenerateView::resultsArrived);
    QSignalSpy finished(m_window->jobs(), &JobController::finished);
    QSignalSpy titles(m_window.get(), &QWidget::windowTitleChanged);

    // Ctrl+Enter from inside the prompt field queues a generation (shortcuts need the active window).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    parameters->promptEdit()->setFocus();
    QTest::keyClick(parameters->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(QString::fromStdString(parameters->options().prompt), QString::fromStdString(tinyOptions(8, 42).prompt));
    QVERIFY2(m_window->generateView()->isGenerating(), "Ctrl+Enter did not start a generation");

    QTRY_VERIFY_WITH_TIMEOUT(results.count() > 0 || finished.count() > 0, 180000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(1).value<clue::JobState>(), clue::JobState::Succeeded);
    QCOMPARE(results.count(), 1);
    QVERIFY2(previews.count() > 0, "no live preview arrived");
    QVERIFY(progress.count() > 0);
    bool progressInTitle = false;
    for (const QList<QVariant>& args : titles)
        progressInTitle = progressInTitle || args.first().toString().startsWith(QLatin1Char('['));
    QVERIFY2(progressInTitle, "no progress in the window title");
    QVERIFY(!m_window->windowTitle().startsWith(QLatin1Char('[')));  // cleared when idle

    GalleryModel* gallery = m_window->gallery();
    QCOMPARE(gallery->rowCount(), 1);
    const GalleryItem& item = gallery->item(0);
    QCOMPARE(item.seed, 42);
    QCOMPARE(item.image.size(), QSize(64, 64));
    QVERIFY(item.infotext.contains(QStringLiteral("Seed: 42")));
    const QString expected = QDir(m_dir.filePath(QStringLiteral("outputs")))
                                 .filePath(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) +
                                           QStringLiteral("/00000-42.png"));
    QCOMPARE(item.filePath, expected);
    QVERIFY(QFileInfo::exists(expected));
    const auto text = clue::read_png_text(expected.toStdString());
    QVERIFY(text.ok());
    QVERIFY(QString::fromStdString(text.value().parameters).contains(QStringLiteral("Steps: 8")));
    QVERIFY(!text.value().clue_json.empty());
    m_savedPng = expected;

    QCOMPARE(m_window->generateView()->canvas()->image().size(), QSize(64, 64));
    QCOMPARE(m_window->generateView()->currentFilePath(), expected);
    QCOMPARE(parameters->lastSeed(), 42);
    screenshot(QStringLiteral("main_window_result"));
}

void TestMainWindow::cancelStopsAGeneration() {
    m_window->parameters()->setOptions(tinyOptions(150, 7));
    QSignalSpy progress(m_window->jobs(), &JobController::progressChanged);
    QSignalSpy finished(m_window->jobs(), &JobController::finished);
    QSignalSpy results(m_window->generateView(), &GenerateView::resultsArrived);
    QSignalSpy previews(m_window->jobs(), &JobController::previewReady);
    const int before = m_window->gallery()->rowCount();
    QVERIFY(m_window->generateView()->generate() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(previews.count() >= 2 && m_window->cancelAction()->isEnabled(), 60000);
    QVERIFY(m_window->windowTitle().startsWith(QLatin1Char('[')));
    QTest::qWait(50);  // let pending layout requests run before the screenshot
    screenshot(QStringLiteral("main_window_running"));
    // Esc cancels the running job, also while typing in the prompt.
    m_window->activateWindow();
    m_window->parameters()->promptEdit()->setFocus();
    QTest::keyClick(m_window->parameters()->promptEdit(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<clue::JobState>(), clue::JobState::Cancelled);
    QCOMPARE(results.count(), 0);
    QCOMPARE(m_window->gallery()->rowCount(), before);
    QVERIFY(!m_window->cancelAction()->isEnabled());
    QVERIFY(m_window->generateAction()->isEnabled());
}

void TestMainWindow::restoresParametersFromThePng() {
    QVERIFY(!m_savedPng.isEmpty());
    ParametersPanel* parameters = m_window->parameters();
    clue::GenerateOptions other;
    other.prompt = "something else";
    other.steps = 3;
    parameters->setOptions(other);
    QString message;
    QVERIFY(m_window->generateView()->restoreFromFile(m_savedPng, &message));
    QVERIFY(!message.isEmpty());
    const clue::GenerateOptions restored = parameters->options();
    QCOMPARE(restored.prompt, tinyOptions(8, 42).prompt);
    QCOMPARE(restored.negative_prompt, std::string("blurry"));
    QCOMPARE(restored.steps, 8);
    QCOMPARE(restored.seed, 42);
    QCOMPARE(restored.sampler, std::string("euler"));
    QCOMPARE(restored.width, 64);
    // A file without parameters is refused with a message.
    const QString plain = m_dir.filePath(QStringLiteral("plain.png"));
    QImage(8, 8, QImage::Format_RGB888).save(plain);
    QVERIFY(!m_window->generateView()->restoreFromFile(plain, &message));
    QVERIFY(message.contains(QStringLiteral("plain.png")));
}

void TestMainWindow::galleryDoubleClickRestores() {
    QVERIFY(m_window->gallery()->rowCount() >= 1);
    m_window->parameters()->setOptions(clue::GenerateOptions{});
    QListView* filmstrip = m_window->filmstrip();
    QTRY_VERIFY(filmstrip->isVisible());
    const QRect rect = filmstrip->visualRect(m_window->gallery()->index(0, 0));
    QVERIFY(rect.isValid());
    QSignalSpy doubleClicked(filmstrip, &QListView::doubleClicked);
    // A real double-click: press/release, then the double-click event (QTest sends only the latter).
    QTest::mouseClick(filmstrip->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(filmstrip->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(doubleClicked.count(), 1);
    QCOMPARE(m_window->parameters()->options().seed, 42);
    QCOMPARE(m_window->parameters()->options().steps, 8);
}

void TestMainWindow::droppingAPngRestoresItsParameters() {
    QVERIFY(!m_savedPng.isEmpty());
    m_window->parameters()->setOptions(clue::GenerateOptions{});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_savedPng)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->parameters()->options().seed, 42);
    QCOMPARE(m_window->generateView()->currentFilePath(), m_savedPng);
}

void TestMainWindow::failedLoadShowsAnErrorAndKeepsWorking() {
    QSignalSpy failed(m_window->session(), &ModelSession::loadFailed);
    m_window->openModel(m_dir.filePath(QStringLiteral("no-such-model")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(!m_window->session()->hasModel());
    QVERIFY(!m_window->generateAction()->isEnabled());
    QVERIFY(m_window->generateView()->canvas()->emptyText().startsWith(QStringLiteral("Open a model to start")));
    QTRY_VERIFY(m_window->findChild<QDialog*>() != nullptr);  // the error dialog
    screenshot(QStringLiteral("main_window_error"));
    for (QDialog* dialog : m_window->findChildren<QDialog*>()) dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
