// MainWindow: actions, menus, toolbar and the small dialogs behind them.
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include "clue/engine.h"
#include "clue/version.h"
#include "common/app_settings.h"
#include "common/icons.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "main_window/main_window.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/output_page.h"
#include "views/generate/generate_view.h"
#include "views/generate/parameters_panel.h"
#include "views/settings/settings_dialog.h"
#include "widgets/error_dialog.h"

void MainWindow::createActions() {
    m_openFolderAction = new QAction(Icons::icon(Icons::Kind::OpenFolder), tr("Open model &folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openFolderAction->setToolTip(tr("Open a diffusers model folder (model_index.json, unet/, vae/, …)"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openModelFolderDialog);

    m_openFileAction = new QAction(Icons::icon(Icons::Kind::OpenFile), tr("Open model f&ile…"), this);
    m_openFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFileAction->setToolTip(tr("Open a single-file checkpoint (.safetensors)"));
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::openModelFileDialog);

    const QString trained = QString::fromStdString(clue::bundled_demo_model_path());
    const QString demo = trained.isEmpty() ? QString::fromStdString(clue::bundled_model_path()) : trained;
    m_openDemoAction = new QAction(Icons::icon(Icons::Kind::Model), tr("Open the &demo model"), this);
    m_openDemoAction->setToolTip(tr("Open the bundled demo model: a tiny CLUE model trained by this project on "
                                    "synthetic otoscopy images (for trying the program, not for real images)"));
    m_openDemoAction->setVisible(!demo.isEmpty());
    connect(m_openDemoAction, &QAction::triggered, this, [this, demo] { openModel(demo); });

    m_restorePngAction = new QAction(tr("&Restore parameters from PNG…"), this);
    m_restorePngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_restorePngAction->setToolTip(tr("Read the generation parameters of a PNG (CLUE Studio or A1111)"));
    connect(m_restorePngAction, &QAction::triggered, this, &MainWindow::restoreFromPngDialog);

    m_exportAction = new QAction(Icons::icon(Icons::Kind::Export), tr("&Export image…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save a copy of the image shown, with its parameters"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportImage);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_generateAction = new QAction(Icons::icon(Icons::Kind::Generate), tr("Generate"), this);
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_generateAction->setToolTip(tr("Generate an image with these parameters (Ctrl+Enter); queues while busy"));
    m_generateAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_generateAction);

    m_cancelAction = new QAction(Icons::icon(Icons::Kind::Cancel), tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the running job after the current step (Esc)"));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_cancelAction);

    m_augmentAction = new QAction(tr("&Augment dataset…"), this);
    m_augmentAction->setToolTip(tr("Make a synthetic set: N images per class from a fine-tuned model, with a "
                                   "manifest and a memorisation check"));
    connect(m_augmentAction, &QAction::triggered, this, &MainWindow::showAugmentWizard);

    m_aboutAction = new QAction(tr("&About CLUE Studio"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_parameters->setActions(m_generateAction, m_cancelAction);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFolderAction);
    file->addAction(m_openFileAction);
    file->addAction(m_openDemoAction);
    m_recentMenu = file->addMenu(tr("Recent &models"));
    file->addSeparator();
    file->addAction(m_restorePngAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_generateAction);
    edit->addAction(m_cancelAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* parameters = m_parametersDock->toggleViewAction();
    parameters->setToolTip(tr("Show or hide the Parameters dock"));
    view->addAction(parameters);
    QAction* jobs = m_jobsDock->toggleViewAction();
    jobs->setToolTip(tr("Show or hide the job strip and the gallery"));
    view->addAction(jobs);
    QAction* toolbar = m_toolBar->toggleViewAction();
    toolbar->setText(tr("Toolbar"));
    toolbar->setToolTip(tr("Show or hide the model and device toolbar"));
    view->addAction(toolbar);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_augmentAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Model"));
    bar->setObjectName(QStringLiteral("ModelToolBar"));
    bar->setMovable(false);
    m_modelMenu = new QMenu(this);
    m_modelMenu->addAction(m_openFolderAction);
    m_modelMenu->addAction(m_openFileAction);
    m_modelMenu->addAction(m_openDemoAction);
    m_modelMenu->addSeparator();
    connect(m_modelMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_modelButton = new QToolButton(bar);
    m_modelButton->setIcon(Icons::icon(Icons::Kind::Model));
    m_modelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_modelButton->setPopupMode(QToolButton::InstantPopup);
    m_modelButton->setMenu(m_modelMenu);
    bar->addWidget(m_modelButton);
    bar->addSeparator();
    m_toolbarDevice = new QLabel(bar);
    m_toolbarDevice->setContentsMargins(8, 0, 8, 0);
    m_toolbarDevice->setToolTip(tr("The compute device and its memory"));
    bar->addWidget(m_toolbarDevice);
    m_toolBar = bar;
}

void MainWindow::rebuildRecentMenu() {
    const QStringList recent = m_settings->recentModels();
    // The File ▸ Recent menu and the toolbar model menu list the same entries.
    for (QMenu* menu : {m_recentMenu, m_modelMenu}) {
        if (!menu) continue;
        const QList<QAction*> actions = menu->actions();
        for (QAction* action : actions)
            if (action->property("recent").toBool()) {
                menu->removeAction(action);
                action->deleteLater();
            }
        for (const QString& path : recent) {
            QAction* action = menu->addAction(QFileInfo(path).fileName(), this, [this, path] { openModel(path); });
            action->setToolTip(QDir::toNativeSeparators(path));
            action->setProperty("recent", true);
        }
        if (menu == m_recentMenu) {
            QAction* separator = menu->addSeparator();
            separator->setProperty("recent", true);
            QAction* clear = menu->addAction(tr("Clear list"), this, [this] {
                m_settings->clearRecentModels();
                rebuildRecentMenu();
            });
            clear->setProperty("recent", true);
            clear->setEnabled(!recent.isEmpty());
        }
    }
}

void MainWindow::openModelFolderDialog() {
    const QStringList recent = m_settings->recentModels();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open model folder"), start);
    if (!folder.isEmpty()) openModel(folder);
}

void MainWindow::openModelFileDialog() {
    const QStringList recent = m_settings->recentModels();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open model file"), start,
                                                      tr("Safetensors checkpoints (*.safetensors)"));
    if (!file.isEmpty()) openModel(file);
}

void MainWindow::restoreFromPngDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore parameters from PNG"),
                                                      m_settings->outputFolder(), tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    QString message;
    m_generateView->restoreFromFile(file, &message);
    statusBar()->showMessage(message, 8000);
    updateActions();
}

void MainWindow::exportImage() {
    const QString source = m_generateView->currentFilePath();
    if (source.isEmpty()) return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Export image"),
                                                        QDir::home().filePath(QFileInfo(source).fileName()),
                                                        tr("PNG images (*.png)"));
    if (target.isEmpty() || QFileInfo(target) == QFileInfo(source)) return;
    // A copy keeps the metadata chunks exactly as written.
    if (QFile::exists(target)) QFile::remove(target);
    if (QFile::copy(source, target))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(target)), 5000);
    else
        ErrorDialog::showError(this, tr("The image could not be exported"),
                               clue::Error{clue::Errc::WriteFailed, "copy " + source.toStdString() + " -> " +
                                                                        target.toStdString() + " failed"});
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language is used after a restart."), 8000);
}

AugmentWizard* MainWindow::showAugmentWizard() {
    if (!m_augmentWizard) {
        // A child of the window: it outlives the job controller (deleted first), so its jobs may post to it.
        m_augmentWizard = new AugmentWizard(m_jobs, m_session, this);
        m_augmentWizard->setWindowModality(Qt::NonModal);
        m_augmentWizard->setDevice(m_settings->modelDevice());
        const QDir root = QFileInfo(m_settings->outputFolder()).absoluteDir();
        m_augmentWizard->outputPage()->setDefaultOutput(
            root.filePath(QStringLiteral("synthetic/set-%1").arg(QDate::currentDate().toString(Qt::ISODate))));
    }
    m_augmentWizard->show();
    m_augmentWizard->raise();
    m_augmentWizard->activateWindow();
    return m_augmentWizard;
}

void MainWindow::showAbout() {
    QMessageBox box(this);
    box.setWindowTitle(tr("About CLUE Studio"));
    box.setIconPixmap(Icons::appIcon().pixmap(96));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>CLUE Studio %1</h3>"
                   "<p>A workbench for Stable Diffusion: generate images, and later fine-tune on medical images.</p>"
                   "<p>LibTorch %2 · Qt %3<br>Device: %4</p>"
                   "<p>License: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>")
                    .arg(QString::fromLatin1(clue::version_string()),
                         QString::fromStdString(clue::torch_version()), QString::fromLatin1(qVersion()),
                         m_deviceText.toHtmlEscaped()));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}
