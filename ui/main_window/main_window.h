#pragma once
// The one window every view fits into (ui.md): menu, toolbar (model ▾ [hash], device), Parameters
// dock on the right, the active view in the centre with view tabs below, and a bottom dock with the
// job strip and the gallery filmstrip.
#include <QMainWindow>

#include "clue/result.h"

class AppSettings;
class BackgroundView;
class AugmentWizard;
class GalleryModel;
class GalleryStrip;
class GenerateView;
class JobController;
class JobStrip;
class ModelSession;
class ParametersPanel;
class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QTabWidget;
class QToolBar;
class QToolButton;
class StyleSpaceHolder;
class StyleSpaceView;
class StyleView;
class TrainView;
class TrajectoryView;
class EvaluateView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `settings` must outlive the window.
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Queues loading a diffusers folder or a single .safetensors file.
    void openModel(const QString& path);

    JobController* jobs() const { return m_jobs; }
    ModelSession* session() const { return m_session; }
    GalleryModel* gallery() const { return m_gallery; }
    GenerateView* generateView() const { return m_generateView; }
    TrainView* trainView() const { return m_trainView; }
    StyleView* styleView() const { return m_styleView; }
    StyleSpaceView* styleSpaceView() const { return m_styleSpaceView; }
    TrajectoryView* trajectoryView() const { return m_trajectoryView; }
    BackgroundView* backgroundView() const { return m_backgroundView; }
    EvaluateView* evaluateView() const { return m_evaluateView; }
    StyleSpaceHolder* styleSpaces() const { return m_styleSpaces; }
    /// The view tabs: Generate · Train · Style · Style space · Trajectory · Background · Evaluate.
    QTabWidget* viewTabs() const { return m_views; }
    ParametersPanel* parameters() const { return m_parameters; }
    QListView* filmstrip() const;
    QAction* generateAction() const { return m_generateAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    /// Tools ▸ Augment dataset…
    QAction* augmentAction() const { return m_augmentAction; }
    /// The "Augment" entry point: opens (or raises) the augmentation wizard, non-modal; one per window.
    AugmentWizard* showAugmentWizard();
    QString deviceText() const;
    QString modelButtonText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // main_window.cpp
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void restoreSession();
    void saveSession();
    void updateTitle();
    void updateActions();
    void refreshDevice();
    void onJobStatus(const QString& text, int percent);
    void onModelLoaded();
    void onModelLoadFailed(const QString& path, const clue::Error& error);
    void onViewChanged();
    void generateInCurrentView();
    bool canGenerateInCurrentView() const;
    // main_window_actions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void rebuildRecentMenu();
    void openModelFolderDialog();
    void openModelFileDialog();
    void restoreFromPngDialog();
    void exportImage();
    void showSettings();
    void showAbout();

    AppSettings* m_settings;
    JobController* m_jobs;
    ModelSession* m_session;
    GalleryModel* m_gallery;
    ParametersPanel* m_parameters = nullptr;
    GenerateView* m_generateView = nullptr;
    TrainView* m_trainView = nullptr;
    StyleView* m_styleView = nullptr;
    StyleSpaceView* m_styleSpaceView = nullptr;
    TrajectoryView* m_trajectoryView = nullptr;
    BackgroundView* m_backgroundView = nullptr;
    EvaluateView* m_evaluateView = nullptr;
    StyleSpaceHolder* m_styleSpaces = nullptr;
    JobStrip* m_jobStrip = nullptr;
    QTabWidget* m_views = nullptr;
    GalleryStrip* m_galleryStrip = nullptr;
    QDockWidget* m_parametersDock = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolButton* m_modelButton = nullptr;
    QLabel* m_toolbarDevice = nullptr;
    QLabel* m_statusProgress = nullptr;
    QLabel* m_statusDevice = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_modelMenu = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openFileAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_restorePngAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_generateAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_augmentAction = nullptr;
    AugmentWizard* m_augmentWizard = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QString m_deviceText;
    int m_jobPercent = -1;
};
