#include "main_window/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "clue/version.h"
#include "common/app_settings.h"
#include "common/icons.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/style_space_holder.h"
#include "models/gallery_model.h"
#include "views/background/background_panel.h"
#include "views/background/background_view.h"
#include "views/generate/generate_view.h"
#include "views/generate/parameters_panel.h"
#include "views/style/style_panel.h"
#include "views/style/style_view.h"
#include "views/style_space/style_space_view.h"
#include "views/train/train_settings_panel.h"
#include "views/evaluate/evaluate_settings_panel.h"
#include "views/evaluate/evaluate_view.h"
#include "views/train/train_view.h"
#include "views/trajectory/trajectory_panel.h"
#include "views/trajectory/trajectory_view.h"
#include "widgets/error_dialog.h"
#include "widgets/gallery_strip.h"
#include "widgets/job_strip.h"

namespace {

bool isModelPath(const QFileInfo& info) {
    return info.isDir() || info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) == 0;
}

}  // namespace

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_jobs(new JobController(this)),
      m_session(new ModelSession(m_jobs, this)),
      m_gallery(new GalleryModel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::appIcon());
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    m_parameters = new ParametersPanel(this);
    createActions();
    createCentralArea();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();

    connect(m_generateAction, &QAction::triggered, this, &MainWindow::generateInCurrentView);
    connect(m_cancelAction, &QAction::triggered, m_jobs, [this] {
        if (m_jobs->runningJob() != 0) m_jobs->cancel(m_jobs->runningJob());
    });
    connect(m_jobs, &JobController::started, this, &MainWindow::updateActions);
    connect(m_jobs, &JobController::finished, this, [this] {
        updateActions();
        refreshDevice();
    });
    connect(m_session, &ModelSession::loadStarted, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Loading %1 …").arg(QDir::toNativeSeparators(path)));
        updateActions();
        updateTitle();
    });
    connect(m_session, &ModelSession::loaded, this, &MainWindow::onModelLoaded);
    connect(m_session, &ModelSession::loadFailed, this, &MainWindow::onModelLoadFailed);
    connect(m_session, &ModelSession::loadCancelled, this, [this] {
        statusBar()->showMessage(tr("Loading the model was cancelled."), 5000);
        updateActions();
        updateTitle();
    });
    connect(m_jobStrip, &JobStrip::statusChanged, this, &MainWindow::onJobStatus);
    connect(m_generateView, &GenerateView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_generateView, &GenerateView::resultsArrived, this, &MainWindow::updateActions);
    const auto showStatus = [this](const QString& text) { statusBar()->showMessage(text, 5000); };
    connect(m_trainView, &TrainView::statusMessage, this, showStatus);
    connect(m_trainView, &TrainView::openModelRequested, this, &MainWindow::openModel);
    connect(m_styleView, &StyleView::statusMessage, this, showStatus);
    connect(m_styleView, &StyleView::resultsArrived, this, &MainWindow::updateActions);
    connect(m_styleSpaceView, &StyleSpaceView::statusMessage, this, showStatus);
    connect(m_evaluateView, &EvaluateView::statusMessage, this, showStatus);
    connect(m_trajectoryView, &TrajectoryView::statusMessage, this, showStatus);
    connect(m_backgroundView, &BackgroundView::statusMessage, this, showStatus);
    connect(m_backgroundView, &BackgroundView::runFinished, this, &MainWindow::updateActions);
    connect(m_styleSpaceView, &StyleSpaceView::resultsArrived, this, &MainWindow::updateActions);
    connect(m_styleSpaces, &StyleSpaceHolder::changed, this, &MainWindow::updateActions);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::onViewChanged);

    restoreSession();
    refreshDevice();
    onViewChanged();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    // First stop the worker: job bodies post to views, which must still exist until it has joined.
    delete m_jobs;
    m_jobs = nullptr;
}

void MainWindow::openModel(const QString& path) {
    if (path.isEmpty()) return;
    m_session->load(path, m_settings->modelDevice());
}

QString MainWindow::deviceText() const { return m_deviceText; }

QListView* MainWindow::filmstrip() const { return m_galleryStrip->view(); }

QString MainWindow::modelButtonText() const { return m_modelButton->text(); }

void MainWindow::createCentralArea() {
    m_generateView = new GenerateView(m_jobs, m_session, m_settings, m_gallery, m_parameters, this);
    m_views = new QTabWidget(this);
    m_views->setTabPosition(QTabWidget::South);
    m_views->setDocumentMode(true);
    m_views->addTab(m_generateView, tr("Generate"));
    m_views->setTabToolTip(0, tr("Text to image: generate images from a prompt"));
    m_styleSpaces = new StyleSpaceHolder(m_jobs, m_session, this);
    m_trainView = new TrainView(m_jobs, m_session, m_settings, this);
    m_styleView = new StyleView(m_jobs, m_session, m_settings, m_gallery, m_parameters, m_styleSpaces, this);
    m_styleSpaceView =
        new StyleSpaceView(m_jobs, m_session, m_settings, m_gallery, m_parameters, m_styleSpaces, this);
    m_views->setTabToolTip(m_views->addTab(m_trainView, tr("Train")),
                           tr("Fine-tune a model on your images (CLUE or vanilla) and watch the run"));
    m_views->setTabToolTip(m_views->addTab(m_styleView, tr("Style")),
                           tr("Move the style vector of a CLUE model with sliders and see the image follow"));
    m_views->setTabToolTip(m_views->addTab(m_styleSpaceView, tr("Style space")),
                           tr("The PCA map of the styles of a dataset; click it to generate that style"));
    m_trajectoryView = new TrajectoryView(m_jobs, m_session, m_settings, this);
    m_views->setTabToolTip(m_views->addTab(m_trajectoryView, tr("Trajectory")),
                           tr("Prompt swap: from a neutral to an attribute prompt after step λ, and a Bézier path "
                              "through the images of every λ"));
    m_backgroundView = new BackgroundView(m_jobs, m_session, m_settings, this);
    m_views->setTabToolTip(m_views->addTab(m_backgroundView, tr("Background")),
                           tr("Keep the subject word's part of a new image and take the background from a reference "
                              "image (Abs-Grad-SAM mask, brush to correct it)"));
    m_evaluateView = new EvaluateView(m_jobs, this);
    m_views->setTabToolTip(m_views->addTab(m_evaluateView, tr("Evaluate")),
                           tr("FID, precision/recall and classifier F1 of synthetic sets against real images"));
    setCentralWidget(m_views);
}

void MainWindow::createDocks() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The shared fields on top, the active view's own group below them (ui.md "Parameters dock").
    auto* dockContent = new QWidget(this);
    auto* dockLayout = new QVBoxLayout(dockContent);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->setSpacing(0);
    dockLayout->addWidget(m_parameters);
    for (QWidget* group : {static_cast<QWidget*>(m_trainView->settingsPanel()),
                           static_cast<QWidget*>(m_styleView->panel()),
                           static_cast<QWidget*>(m_trajectoryView->panel()),
                           static_cast<QWidget*>(m_backgroundView->panel()),
                           static_cast<QWidget*>(m_evaluateView->settingsPanel())}) {
        group->setContentsMargins(9, 0, 9, 9);
        dockLayout->addWidget(group);
    }
    dockLayout->addStretch(1);
    scroll->setWidget(dockContent);
    m_parametersDock = new QDockWidget(tr("Parameters"), this);
    m_parametersDock->setObjectName(QStringLiteral("ParametersDock"));
    m_parametersDock->setWidget(scroll);
    m_parametersDock->setMinimumWidth(330);
    addDockWidget(Qt::RightDockWidgetArea, m_parametersDock);

    auto* jobsArea = new QWidget(this);
    m_jobStrip = new JobStrip(m_jobs, jobsArea);
    m_jobStrip->setCancelAction(m_cancelAction);
    m_galleryStrip = new GalleryStrip(m_gallery, jobsArea);
    connect(m_galleryStrip, &GalleryStrip::viewRequested, this, [this](int row) {
        m_views->setCurrentWidget(m_generateView);  // the gallery's images are shown (and restored) there
        m_generateView->showGalleryItem(row);
        updateActions();
    });
    connect(m_galleryStrip, &GalleryStrip::restoreRequested, m_generateView, &GenerateView::restoreParameters);

    auto* layout = new QVBoxLayout(jobsArea);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_jobStrip);
    layout->addWidget(m_galleryStrip);
    m_jobsDock = new QDockWidget(tr("Jobs and gallery"), this);
    m_jobsDock->setObjectName(QStringLiteral("JobsDock"));
    m_jobsDock->setWidget(jobsArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
}

void MainWindow::createStatusBar() {
    // Progress sits with the permanent widgets so that temporary messages ("Saved …") never hide it.
    m_statusProgress = new QLabel(this);
    m_statusProgress->setToolTip(tr("Progress of the running job"));
    statusBar()->addPermanentWidget(m_statusProgress);
    m_statusDevice = new QLabel(this);
    m_statusDevice->setToolTip(tr("The compute device and its memory"));
    statusBar()->addPermanentWidget(m_statusDevice);
}

void MainWindow::restoreSession() {
    clue::GenerateOptions options = m_settings->generateOptions();
    m_parameters->setOptions(options);
    if (!restoreGeometry(m_settings->windowGeometry())) resize(1280, 820);
    restoreState(m_settings->windowState());
    rebuildRecentMenu();
}

void MainWindow::saveSession() {
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setGenerateOptions(m_parameters->options());
    m_settings->sync();
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("CLUE Studio");  // product name: not translated
    if (m_session->hasModel()) title += QStringLiteral(" — ") + m_session->name();
    if (m_jobPercent >= 0) title = QStringLiteral("[%1%] ").arg(m_jobPercent) + title;
    setWindowTitle(title);
    m_modelButton->setText(m_session->isLoading() ? tr("Loading …")
                           : m_session->hasModel() ? m_session->displayName()
                                                   : tr("No model"));
    m_modelButton->setToolTip(m_session->hasModel()
                                  ? tr("Model: %1\n%2").arg(m_session->displayName(),
                                                            QDir::toNativeSeparators(m_session->path()))
                                  : tr("Open a model folder (diffusers) or a .safetensors file"));
}

void MainWindow::onViewChanged() {
    QWidget* view = m_views->currentWidget();
    m_parameters->setVisible(view != m_trainView && view != m_evaluateView && view != m_trajectoryView &&
                             view != m_backgroundView);
    m_parameters->setPromptAndSeedVisible(view == m_generateView);
    m_trainView->settingsPanel()->setVisible(view == m_trainView);
    m_styleView->panel()->setVisible(view == m_styleView);
    m_evaluateView->settingsPanel()->setVisible(view == m_evaluateView);
    m_trajectoryView->panel()->setVisible(view == m_trajectoryView);
    m_backgroundView->panel()->setVisible(view == m_backgroundView);
    updateActions();
}

bool MainWindow::canGenerateInCurrentView() const {
    QWidget* view = m_views->currentWidget();
    if (view == m_styleView) return m_styleView->canGenerate();
    if (view == m_styleSpaceView) return m_styleSpaceView->canGenerate();
    if (view == m_trajectoryView) return m_trajectoryView->canRun();
    if (view == m_backgroundView) return m_backgroundView->canRun();
    if (view == m_trainView) return false;
    return m_generateView->canGenerate();
}

void MainWindow::generateInCurrentView() {
    QWidget* view = m_views->currentWidget();
    if (view == m_styleView) m_styleView->generate();
    else if (view == m_styleSpaceView) m_styleSpaceView->generate();
    else if (view == m_trajectoryView) m_trajectoryView->run();
    else if (view == m_backgroundView) m_backgroundView->generate();
    else if (view == m_generateView) m_generateView->generate();
}

void MainWindow::updateActions() {
    m_generateAction->setEnabled(canGenerateInCurrentView());
    m_cancelAction->setEnabled(m_jobs->runningJob() != 0);
    m_exportAction->setEnabled(!m_generateView->currentFilePath().isEmpty());
}

void MainWindow::refreshDevice() {
    m_deviceText = QString::fromStdString(clue::device_description());
    const bool gpu = m_deviceText.startsWith(QLatin1String("CUDA"));
    for (QLabel* label : {m_toolbarDevice, m_statusDevice}) {
        label->setText(tr("Device: %1").arg(m_deviceText));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         this->palette().color(gpu ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        label->setPalette(palette);
    }
}

void MainWindow::onJobStatus(const QString& text, int percent) {
    m_jobPercent = percent;
    m_statusProgress->setText(percent >= 0 ? QStringLiteral("%1 · %2%").arg(text).arg(percent) : QString());
    updateTitle();
}

void MainWindow::onModelLoaded() {
    m_settings->addRecentModel(m_session->path());
    rebuildRecentMenu();
    const int size = m_session->nativeSize();
    m_parameters->setSize(size, size);
    statusBar()->showMessage(tr("Model loaded: %1").arg(m_session->displayName()), 5000);
    updateActions();
    updateTitle();
}

void MainWindow::onModelLoadFailed(const QString& path, const clue::Error& error) {
    statusBar()->clearMessage();  // "Loading …" is over; the dialog says why
    updateActions();
    updateTitle();
    if (error.code == clue::Errc::Cancelled) return;  // cancel is not an error
    ErrorDialog::showError(this, tr("The model %1 could not be loaded").arg(QFileInfo(path).fileName()), error);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSession();
    m_jobs->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    const QFileInfo info(urls.first().toLocalFile());
    event->acceptProposedAction();
    if (isModelPath(info)) {
        openModel(info.absoluteFilePath());
        return;
    }
    QString message;
    m_generateView->restoreFromFile(info.absoluteFilePath(), &message);
    statusBar()->showMessage(message, 8000);
    updateActions();
}
