// Evaluate view: the empty state, a results.json (written here by hand, in the format of core's results writer)
// fills both tables and the F1 plot (one line per synthetic set plus dashed references), an invalid form names the
// problem and queues nothing, and the settings panel round-trips EvaluateOptions.
// Set CLUE_SCREENSHOT_DIR to keep a screenshot of the report.
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "common/job_controller.h"
#include "views/evaluate/evaluate_report_panel.h"
#include "views/evaluate/evaluate_settings_panel.h"
#include "views/evaluate/evaluate_view.h"
#include "widgets/qcustomplot_include.h"

namespace {

const char* kResults = R"({
  "classes": ["COM", "Normal", "OME"],
  "extractor": "project extractor: test",
  "distribution": [
    {"set": "CLUE", "class": "all", "real_count": 30, "synthetic_count": 30, "fid": 2.5, "kid": 0.001, "kid_sd": 0.0005, "precision": 0.9, "recall": 0.8},
    {"set": "CLUE", "class": "OME", "real_count": 10, "synthetic_count": 10, "fid": 3.5, "kid": 0.002, "kid_sd": 0.001, "precision": 0.85, "recall": 0.7},
    {"set": "vanilla", "class": "all", "real_count": 30, "synthetic_count": 30, "fid": 4.5, "kid": 0.003, "kid_sd": 0.001, "precision": 0.8, "recall": 0.6}
  ],
  "f1": [
    {"training": "real", "set": "", "scale": 0, "test": "internal", "train_count": 60, "macro_f1_mean": 0.9, "macro_f1_sd": 0.01, "accuracy_mean": 0.9, "accuracy_sd": 0.01, "per_class_f1_mean": [0.9, 0.9, 0.9], "confusion": [[10,0,0],[0,10,0],[0,0,10]]},
    {"training": "synthetic", "set": "CLUE", "scale": 100, "test": "internal", "train_count": 60, "macro_f1_mean": 0.8, "macro_f1_sd": 0.02, "accuracy_mean": 0.8, "accuracy_sd": 0.02, "per_class_f1_mean": [0.8, 0.8, 0.8], "confusion": [[8,1,1],[1,8,1],[1,1,8]]},
    {"training": "synthetic", "set": "CLUE", "scale": 200, "test": "internal", "train_count": 120, "macro_f1_mean": 0.85, "macro_f1_sd": 0.02, "accuracy_mean": 0.85, "accuracy_sd": 0.02, "per_class_f1_mean": [0.85, 0.85, 0.85], "confusion": [[9,1,0],[1,8,1],[0,1,9]]},
    {"training": "synthetic", "set": "vanilla", "scale": 100, "test": "internal", "train_count": 60, "macro_f1_mean": 0.7, "macro_f1_sd": 0.03, "accuracy_mean": 0.7, "accuracy_sd": 0.03, "per_class_f1_mean": [0.7, 0.7, 0.7], "confusion": [[7,2,1],[2,7,1],[1,2,7]]},
    {"training": "synthetic", "set": "vanilla", "scale": 200, "test": "internal", "train_count": 120, "macro_f1_mean": 0.72, "macro_f1_sd": 0.03, "accuracy_mean": 0.72, "accuracy_sd": 0.03, "per_class_f1_mean": [0.72, 0.72, 0.72], "confusion": [[7,2,1],[2,7,1],[1,2,7]]},
    {"training": "real+synthetic", "set": "CLUE", "scale": 100, "test": "internal", "train_count": 120, "macro_f1_mean": 0.93, "macro_f1_sd": 0.01, "accuracy_mean": 0.93, "accuracy_sd": 0.01, "per_class_f1_mean": [0.93, 0.93, 0.93], "confusion": [[10,0,0],[0,9,1],[0,0,10]]}
  ],
  "notes": ["synthetic set 'vanilla' has 50 images of OME; 500 % needs 90: that scale is left out"],
  "figures": []
})";

}  // namespace

class TestEvaluateView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_jobs = std::make_unique<JobController>();
        m_view = std::make_unique<EvaluateView>(m_jobs.get());
        m_view->resize(1100, 800);
    }
    void cleanup() {
        m_view.reset();
        m_jobs.reset();
    }

    void emptyStateFirst() {
        QVERIFY(!m_view->reportPanel()->hasReport());
        auto* stack = m_view->reportPanel()->findChild<QStackedWidget*>();
        QVERIFY(stack);
        auto* empty = qobject_cast<QLabel*>(stack->currentWidget());
        QVERIFY(empty && empty->text().contains(QStringLiteral("results.json")));
    }

    void resultsJsonFillsTablesAndPlot() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("results.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kResults);
        f.close();
        QVERIFY(m_view->openReport(f.fileName()));
        auto* panel = m_view->reportPanel();
        QVERIFY(panel->hasReport());
        QCOMPARE(panel->distributionTable()->rowCount(), 3);
        QCOMPARE(panel->distributionTable()->item(0, 4)->text(), QStringLiteral("2.50"));
        QCOMPARE(panel->f1Table()->rowCount(), 6);
        QCOMPARE(panel->f1Table()->columnCount(), 7 + 3);  // + one F1 column per class
        QCOMPARE(panel->f1Table()->item(1, 5)->text(), QStringLiteral("80.0 ± 2.0"));
        // Graphs: real only (reference), CLUE (line), real + CLUE (reference), vanilla (line).
        QCOMPARE(panel->plot()->graphCount(), 4);
        int lines = 0, dashed = 0;
        for (int i = 0; i < panel->plot()->graphCount(); ++i) {
            auto* g = panel->plot()->graph(i);
            if (g->pen().style() == Qt::DashLine) ++dashed;
            else if (g->dataCount() == 2) ++lines;  // the two scales of each set
        }
        QCOMPARE(lines, 2);
        QCOMPARE(dashed, 2);
        if (!qEnvironmentVariableIsEmpty("CLUE_SCREENSHOT_DIR")) {
            m_view->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
            m_view->grab().save(QDir(qEnvironmentVariable("CLUE_SCREENSHOT_DIR")).filePath(QStringLiteral("evaluate.png")));
        }
    }

    void unreadableReportIsAMessage() {
        QVERIFY(!m_view->openReport(QStringLiteral("/nonexistent/results.json")));
        QVERIFY(!m_view->settingsPanel()->messageLabel()->text().isEmpty());
        QVERIFY(!m_view->reportPanel()->hasReport());
    }

    void invalidFormQueuesNothing() {
        QSignalSpy submitted(m_jobs.get(), &JobController::submitted);
        clue::EvaluateOptions o;
        o.real = "/data/real";
        o.output_dir = "/tmp/report";
        o.synthetic = {{"CLUE", "/syn/clue"}};
        m_view->settingsPanel()->setOptions(o);  // no test folder
        QCOMPARE(m_view->runEvaluation(), quint64(0));
        QCOMPARE(submitted.count(), 0);
        QVERIFY(m_view->settingsPanel()->messageLabel()->text().contains(QStringLiteral("test")));
    }

    void settingsRoundTrip() {
        clue::EvaluateOptions o;
        o.real = "/data/real";
        o.test = "/data/test";
        o.external = "/data/ext";
        o.synthetic = {{"CLUE", "/syn/clue"}, {"vanilla", "/syn/vanilla"}};
        o.scales = {100, 500, 1000};
        o.seeds = 5;
        o.classifier.steps = 900;
        o.classifier.image_size = 128;
        o.fid = false;
        o.output_dir = "/tmp/report";
        m_view->settingsPanel()->setOptions(o);
        const clue::EvaluateOptions back = m_view->settingsPanel()->options();
        QCOMPARE(back.real, o.real);
        QCOMPARE(back.external, o.external);
        QCOMPARE(back.synthetic.size(), size_t(2));
        QCOMPARE(back.synthetic[1].source, std::string("/syn/vanilla"));
        QCOMPARE(back.scales, o.scales);
        QCOMPARE(back.seeds, 5);
        QCOMPARE(back.classifier.steps, 900);
        QCOMPARE(back.extractor.image_size, 128);
        QCOMPARE(back.fid, false);
    }

    void everyInputHasATooltip() {
        for (QWidget* w : m_view->settingsPanel()->findChildren<QWidget*>()) {
            if (!qobject_cast<QPushButton*>(w) && !qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QLineEdit*>(w) &&
                !qobject_cast<QCheckBox*>(w))
                continue;
            if (w->parentWidget() && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;  // spin box's editor
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
        }
    }

private:
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<EvaluateView> m_view;
};

QTEST_MAIN(TestEvaluateView)
#include "tst_evaluate_view.moc"
