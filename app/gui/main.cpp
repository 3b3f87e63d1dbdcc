// clue-studio: the GUI. QApplication, language, settings, MainWindow, and a few command-line
// switches for demos and screenshots (--model, --prompt, --generate, --view, --grab).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

#include "clue/version.h"
#include "common/app_settings.h"
#include "common/icons.h"
#include "common/job_controller.h"
#include "clue/engine.h"
#include "common/model_session.h"
#include "common/translations.h"
#include "main_window/main_window.h"
#include "views/evaluate/evaluate_view.h"
#include "clue/augment.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/run_page.h"
#include "views/generate/generate_view.h"
#include "views/generate/parameters_panel.h"
#include "views/trajectory/trajectory_view.h"
#include "views/background/background_panel.h"
#include "views/background/background_view.h"

namespace {

// --lang must be known before the translator is installed, which must happen before the
// (translated) --help text is built; so it is read ahead of QCommandLineParser.
QString languageArgument(const QStringList& arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang="))) return a.mid(7);
    }
    return {};
}

QString settingsArgument(const QStringList& arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--settings") && i + 1 < arguments.size()) return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--settings="))) return a.mid(11);
    }
    return {};
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CLUE"));
    QCoreApplication::setApplicationName(QStringLiteral("CLUE Studio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(clue::version_string()));
    QGuiApplication::setDesktopFileName(QStringLiteral("clue-studio"));
    QApplication::setWindowIcon(Icons::appIcon());
    clue::set_num_threads(0);  // LibTorch defaults to 1 thread on some machines (toolchain.md §4.2)

    const QStringList arguments = QCoreApplication::arguments();
    const QString settingsFile = settingsArgument(arguments);
    std::unique_ptr<AppSettings> settings =
        settingsFile.isEmpty() ? std::make_unique<AppSettings>() : std::make_unique<AppSettings>(settingsFile);
    QString language = languageArgument(arguments);
    if (language.isEmpty()) language = settings->language();
    Translations::install(&app, Translations::resolve(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CLUE Studio: a Stable Diffusion workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modelOption(
        QStringLiteral("model"), QCoreApplication::translate("main", "Load this model folder or .safetensors file."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption promptOption(QStringLiteral("prompt"),
                                          QCoreApplication::translate("main", "Put this text in the prompt field."),
                                          QCoreApplication::translate("main", "text"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"), QCoreApplication::translate("main", "Start generating once the model is loaded."));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"),
        QCoreApplication::translate("main", "Save a screenshot of the window after the first result "
                                            "(or the timeout) and quit."),
        QCoreApplication::translate("main", "file.png"));
    const QCommandLineOption grabTimeoutOption(
        QStringLiteral("grab-timeout"),
        QCoreApplication::translate("main", "Seconds to wait before --grab gives up waiting (default 120)."),
        QCoreApplication::translate("main", "seconds"), QStringLiteral("120"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "User interface language: en, de or ko."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Read and write settings in this INI file instead of the user's."),
        QCoreApplication::translate("main", "file.ini"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Open this view: generate, train, style, style-space, trajectory, "
                                            "background or evaluate."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption wizardOption(
        QStringLiteral("wizard"),
        QCoreApplication::translate("main", "Open a wizard once the model is loaded: augment, or augment:PAGE to "
                                            "go on to page 1-5 (with --generate: press Start there); --grab "
                                            "then saves the wizard."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption recipeOption(
        QStringLiteral("augment-recipe"),
        QCoreApplication::translate("main", "Fill the augmentation wizard from this recipe (clue augment --recipe)."),
        QCoreApplication::translate("main", "file.json"));
    const QCommandLineOption reportOption(
        QStringLiteral("evaluation-report"),
        QCoreApplication::translate("main", "Show this evaluation report (results.json) in the Evaluate view."),
        QCoreApplication::translate("main", "results.json"));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference"),
        QCoreApplication::translate("main", "Background view: open this reference image (with --generate: replace its "
                                            "background once the model is loaded)."),
        QCoreApplication::translate("main", "image"));
    const QCommandLineOption subjectOption(
        QStringLiteral("subject"), QCoreApplication::translate("main", "Background view: the subject word of the prompt."),
        QCoreApplication::translate("main", "word"));
    parser.addOptions({modelOption, promptOption, generateOption, grabOption, grabTimeoutOption, langOption,
                       settingsOption, viewOption, wizardOption, recipeOption, reportOption, referenceOption,
                       subjectOption});
    parser.process(app);

    MainWindow window(settings.get());
    if (parser.isSet(promptOption)) {
        window.parameters()->promptEdit()->setPlainText(parser.value(promptOption));
        window.backgroundView()->panel()->setPrompt(parser.value(promptOption));
    }
    if (parser.isSet(subjectOption)) window.backgroundView()->panel()->setSubject(parser.value(subjectOption));
    if (parser.isSet(referenceOption) && !window.backgroundView()->openReference(parser.value(referenceOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Cannot read the image %1")
                                                    .arg(parser.value(referenceOption))));
        return 3;
    }
    if (parser.isSet(viewOption)) {
        const QStringList views = {QStringLiteral("generate"), QStringLiteral("train"), QStringLiteral("style"),
                                   QStringLiteral("style-space"), QStringLiteral("trajectory"),
                                   QStringLiteral("background"), QStringLiteral("evaluate")};  // in tab order
        const int index = int(views.indexOf(parser.value(viewOption).toLower()));
        if (index < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown view %1; use one of: %2")
                                        .arg(parser.value(viewOption), views.join(QStringLiteral(", ")))));
            return 2;
        }
        window.viewTabs()->setCurrentIndex(index);
    }
    if (parser.isSet(reportOption) && !window.evaluateView()->openReport(parser.value(reportOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Cannot read the report %1")
                                                    .arg(parser.value(reportOption))));
        return 3;
    }
    window.show();

    QString model = parser.value(modelOption);
    if (model.isEmpty() && !settings->recentModels().isEmpty() &&
        QFileInfo::exists(settings->recentModels().first()))
        model = settings->recentModels().first();
    // First start (nothing recent): the project-trained demo model (or the tiny random one when the demo model is
    // not installed), so the window is never an empty shell.
    if (model.isEmpty()) model = QString::fromStdString(clue::bundled_demo_model_path());
    if (model.isEmpty()) model = QString::fromStdString(clue::bundled_model_path());
    // --wizard augment[:PAGE]: open the wizard after the model loads, then press Next until PAGE (a scan may
    // have to finish first); with --generate press Start there. `wizardDone` fires when there is something to grab.
    const QString wizardArg = parser.value(wizardOption).toLower();
    if (!wizardArg.isEmpty() && !wizardArg.startsWith(QLatin1String("augment"))) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Unknown wizard %1; use augment")
                                                    .arg(wizardArg)));
        return 2;
    }
    const int wizardPage = qBound(1, wizardArg.section(QLatin1Char(':'), 1, 1).toInt(), 5) - 1;
    auto wizardDone = std::make_shared<std::function<void()>>([] {});
    auto openWizard = [&window, &parser, recipeOption, generateOption, wizardPage, wizardDone] {
        AugmentWizard* wizard = window.showAugmentWizard();
        if (parser.isSet(recipeOption)) {
            QFile file(parser.value(recipeOption));
            if (file.open(QIODevice::ReadOnly))
                if (auto options = clue::augment_options_from_json(file.readAll().toStdString()))
                    wizard->setOptions(options.value());
        }
        const bool start = parser.isSet(generateOption) && wizardPage == AugmentWizard::RunPageId;
        if (start)
            QObject::connect(wizard->runPage(), &RunPage::runFinished, wizard, [wizardDone] { (*wizardDone)(); });
        auto* timer = new QTimer(wizard);
        QObject::connect(timer, &QTimer::timeout, wizard, [wizard, timer, wizardPage, start, wizardDone] {
            if (wizard->currentId() < wizardPage) {
                wizard->next();  // refused (and retried) while the scan runs
                return;
            }
            timer->stop();
            if (start) wizard->runPage()->start();
            else QTimer::singleShot(300, wizard, [wizardDone] { (*wizardDone)(); });
        });
        timer->start(300);
    };
    if (!wizardArg.isEmpty()) {
        if (model.isEmpty()) {
            QTimer::singleShot(0, &window, openWizard);
        } else {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = QObject::connect(window.session(), &ModelSession::loaded, &window,
                                           [openWizard, connection] {
                                               QObject::disconnect(*connection);
                                               openWizard();
                                           });
        }
    } else if (parser.isSet(generateOption)) {
        // Once: the first successful load starts one generation.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(window.session(), &ModelSession::loaded, &window, [&window, connection] {
            QObject::disconnect(*connection);
            window.generateAction()->trigger();  // follows the active view (Generate, Style, …)
        });
    }
    if (!model.isEmpty()) window.openModel(QDir::fromNativeSeparators(model));

    const QString grabFile = parser.value(grabOption);
    if (!grabFile.isEmpty()) {
        auto grabbed = std::make_shared<bool>(false);
        const bool grabWizard = !wizardArg.isEmpty();
        auto grab = [&window, grabFile, grabbed, grabWizard] {
            if (*grabbed) return;
            *grabbed = true;
            QWidget* target = grabWizard ? static_cast<QWidget*>(window.showAugmentWizard()) : &window;
            const bool ok = target->grab().save(grabFile);
            std::fprintf(ok ? stdout : stderr, "grab %s: %s\n", ok ? "ok" : "FAILED", qPrintable(grabFile));
            QCoreApplication::exit(ok ? 0 : 1);
        };
        // Grab when there is something to show: the first result, else the loaded model, else the timeout.
        const bool waitForResult = parser.isSet(generateOption) && !model.isEmpty();
        if (grabWizard) {
            *wizardDone = grab;
        } else if (waitForResult) {
            QObject::connect(window.generateView(), &GenerateView::resultsArrived, &window,
                             [grab] { QTimer::singleShot(300, grab); });
            QObject::connect(window.trajectoryView(), &TrajectoryView::runFinished, &window,
                             [grab] { QTimer::singleShot(800, grab); });
            QObject::connect(window.backgroundView(), &BackgroundView::runFinished, &window,
                             [grab] { QTimer::singleShot(500, grab); });
        } else if (!model.isEmpty()) {
            QObject::connect(window.session(), &ModelSession::loaded, &window, [grab] { QTimer::singleShot(300, grab); });
        } else {
            QTimer::singleShot(1000, &window, grab);
        }
        QObject::connect(window.session(), &ModelSession::loadFailed, &window, [grab] { QTimer::singleShot(500, grab); });
        QObject::connect(window.jobs(), &JobController::failed, &window, [grab] { QTimer::singleShot(500, grab); });
        QTimer::singleShot(parser.value(grabTimeoutOption).toInt() * 1000, &window, grab);
    }
    return app.exec();
}
