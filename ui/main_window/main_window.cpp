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
#include "models/gallery_model.h"
#include "views/generate/generate_view.h"
#include "views/generate/parameters_panel.h"
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

    connect(m_generateAction, &QAction::triggered, m_generateView, [this] { m_generateView->generate(); });
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

    restoreSession();
    refreshDevice();
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
    setCentralWidget(m_views);
}

void MainWindow::createDocks() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_parameters);
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

void MainWindow::updateActions() {
    m_generateAction->setEnabled(m_generateView->canGenerate());
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
