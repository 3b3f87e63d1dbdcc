// Augmentation wizard (issue #4) without a model load: the scale fills the quota table with round-half-up of
// scale × real count, a typed count keeps its class absolute, the pages map to AugmentOptions and round-trip
// through to_json/augment_options_from_json, the style page is disabled without a style path, an invalid output
// folder blocks Next with a message, and the scan job fills the class table.
// Set CLUE_SCREENSHOT_DIR to keep a screenshot of every page.
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

#include "clue/augment.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/model_data_page.h"
#include "views/dataset_wizard/output_page.h"
#include "views/dataset_wizard/quota_page.h"
#include "views/dataset_wizard/run_page.h"
#include "views/dataset_wizard/style_page.h"

class TestAugmentWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scaleFillsQuotaTable();
    void editedCellStaysAbsolute();
    void pagesRoundTripThroughJson();
    void stylePageNeedsAStylePath();
    void invalidOutputBlocksNext();
    void everyControlHasATooltip();
    void scanJobFillsClassTable();

private:
    QString makeModel(const QString& name, int styleDim);
    /// A fake scan result of the folder `source` (which exists): classes with these training counts.
    void setDataset(const QString& source, const QStringList& classes, const QList<int>& train);
    void screenshot(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<JobController> m_jobs;
    std::unique_ptr<ModelSession> m_session;
    std::unique_ptr<AugmentWizard> m_wizard;
};

void TestAugmentWizard::init() {
    QStandardPaths::setTestModeEnabled(true);
    m_jobs = std::make_unique<JobController>();
    m_session = std::make_unique<ModelSession>(m_jobs.get());
    m_wizard = std::make_unique<AugmentWizard>(m_jobs.get(), m_session.get());
}

void TestAugmentWizard::cleanup() {
    m_jobs.reset();  // joins the worker before the wizard goes
    m_wizard.reset();
    m_session.reset();
}

QString TestAugmentWizard::makeModel(const QString& name, int styleDim) {
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    if (styleDim > 0) {
        QFile clue(QDir(path).filePath(QStringLiteral("clue.json")));
        if (clue.open(QIODevice::WriteOnly))
            clue.write(QStringLiteral("{\"style_dim\": %1, \"classes\": [\"COM\", \"Normal\", \"OME\"]}")
                           .arg(styleDim)
                           .toUtf8());
    }
    return path;
}

void TestAugmentWizard::setDataset(const QString& source, const QStringList& classes, const QList<int>& train) {
    QDir().mkpath(source);
    auto dataset = std::make_shared<clue::Dataset>();
    dataset->source = source.toStdString();
    for (int i = 0; i < classes.size(); ++i) {
        dataset->classes.push_back(classes[i].toStdString());
        dataset->train_counts.push_back(train[i]);
        dataset->validation_counts.push_back(1);
    }
    m_wizard->modelDataPage()->setDatasetPath(source);
    m_wizard->setDataset(dataset);
}

void TestAugmentWizard::scaleFillsQuotaTable() {
    setDataset(m_dir.filePath(QStringLiteral("real")), {QStringLiteral("COM"), QStringLiteral("Normal"),
                                                         QStringLiteral("OME")},
               {5, 3, 7});
    QuotaPage* page = m_wizard->quotaPage();
    QCOMPARE(page->rowCount(), 3);
    QCOMPARE(page->scaleSpin()->value(), 100);
    QCOMPARE(page->quotaSpin(0)->value(), 5);
    const QList<int> real = {5, 3, 7};
    for (int scale : {110, 150, 250, 333, 1000}) {
        page->scaleSpin()->setValue(scale);
        QCOMPARE(page->scaleSlider()->value(), scale);
        int total = 0;
        for (int row = 0; row < 3; ++row) {
            // Round half up of scale × count / 100, in integers: (scale·n + 50) / 100.
            const int expected = (scale * real[row] + 50) / 100;
            QCOMPARE(page->quotaSpin(row)->value(), expected);
            QVERIFY(!page->isAbsolute(row));
            total += expected;
        }
        QCOMPARE(page->total(), total);
        QVERIFY(page->totalLabel()->text().contains(QString::number(total)));
    }
    page->scaleSpin()->setValue(110);  // 110 % × 5 = 5.5 → 6; × 3 = 3.3 → 3; × 7 = 7.7 → 8
    QCOMPARE(page->quotaSpin(0)->value(), 6);
    QCOMPARE(page->quotaSpin(1)->value(), 3);
    QCOMPARE(page->quotaSpin(2)->value(), 8);
    page->scaleSlider()->setValue(150);  // the slider drives the spin box too
    QCOMPARE(page->scaleSpin()->value(), 150);
    QCOMPARE(page->quotaSpin(1)->value(), 5);  // 4.5 → 5
    const clue::AugmentOptions o = m_wizard->options();
    QCOMPARE(o.scale_percent, 150.0);
    QVERIFY(o.quotas.empty());
}

void TestAugmentWizard::editedCellStaysAbsolute() {
    setDataset(m_dir.filePath(QStringLiteral("real")), {QStringLiteral("A"), QStringLiteral("B")}, {10, 4});
    QuotaPage* page = m_wizard->quotaPage();
    page->quotaSpin(0)->setValue(42);  // what typing does
    QVERIFY(page->isAbsolute(0));
    QVERIFY(!page->isAbsolute(1));
    page->scaleSpin()->setValue(300);
    QCOMPARE(page->quotaSpin(0)->value(), 42);  // kept
    QCOMPARE(page->quotaSpin(1)->value(), 12);  // follows the scale
    QCOMPARE(page->total(), 54);
    clue::AugmentOptions o = m_wizard->options();
    QCOMPARE(o.quotas.size(), size_t(1));
    QCOMPARE(o.quotas.at("A"), 42);
    QCOMPARE(o.scale_percent, 300.0);
    // The same class after a rescan keeps its typed count.
    setDataset(m_dir.filePath(QStringLiteral("real")), {QStringLiteral("A"), QStringLiteral("B")}, {11, 4});
    QVERIFY(page->isAbsolute(0));
    QCOMPARE(page->quotaSpin(0)->value(), 42);
    // Unticking hands the class back to the scale.
    page->absoluteBox(0)->setChecked(false);
    QCOMPARE(page->quotaSpin(0)->value(), 33);
    QVERIFY(m_wizard->options().quotas.empty());
}

void TestAugmentWizard::pagesRoundTripThroughJson() {
    const QString real = m_dir.filePath(QStringLiteral("real"));
    setDataset(real, {QStringLiteral("COM"), QStringLiteral("Normal"), QStringLiteral("OME")}, {5, 3, 7});
    clue::AugmentOptions o;
    o.model = makeModel(QStringLiteral("clue-model"), 16).toStdString();
    o.dataset = real.toStdString();
    o.output_dir = m_dir.filePath(QStringLiteral("synthetic")).toStdString();
    o.quotas = {{"OME", 12}, {"COM", 0}};
    o.scale_percent = 250;
    o.style_strategy = clue::StyleStrategy::AroundReal;
    o.around_real_sigma = 0.75;
    o.seed = 12345;
    o.sampler = "euler_a";
    o.steps = 17;
    o.cfg = 6.5;
    o.shard_index = 2;
    o.shard_count = 5;
    o.memorisation_check = true;
    o.near_copy_threshold = 0.07;
    o.exclude_near_copies = false;
    o.device = "cpu";
    m_wizard->setOptions(o);
    QVERIFY(!m_wizard->modelDataPage()->isScanning());  // the dataset is the scanned one: no rescan
    QVERIFY(m_wizard->stylePage()->styleGroup()->isEnabled());
    QVERIFY(m_wizard->stylePage()->strategyButton(clue::StyleStrategy::AroundReal)->isChecked());
    QCOMPARE(m_wizard->quotaPage()->quotaSpin(1)->value(), 8);  // Normal: 250 % × 3 = 7.5 → 8
    const clue::AugmentOptions r = m_wizard->options();
    QCOMPARE(clue::to_json(r), clue::to_json(o));
    auto back = clue::augment_options_from_json(clue::to_json(r));
    QVERIFY(back.ok());
    QCOMPARE(clue::to_json(back.value()), clue::to_json(o));
    QVERIFY(back->quotas == o.quotas);
    QCOMPARE(back->style_strategy, clue::StyleStrategy::AroundReal);
    QVERIFY(clue::validate(r).ok());

    // Save recipe… writes exactly to_json(options()).
    const QString recipe = m_dir.filePath(QStringLiteral("augment.json"));
    QVERIFY(m_wizard->outputPage()->saveRecipeTo(recipe));
    QFile file(recipe);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto saved = clue::augment_options_from_json(file.readAll().toStdString());
    QVERIFY(saved.ok());
    QCOMPARE(clue::to_json(saved.value()), clue::to_json(o));
    QVERIFY(m_wizard->outputPage()->recipeLabel()->text().contains(QStringLiteral("--recipe")));
}

void TestAugmentWizard::stylePageNeedsAStylePath() {
    StylePage* page = m_wizard->stylePage();
    m_wizard->setModelPath(makeModel(QStringLiteral("vanilla"), 0));
    QVERIFY(!m_wizard->modelFacts().hasStylePath());
    QVERIFY(!page->styleGroup()->isEnabled());
    QVERIFY(!page->isStyleAvailable());
    QVERIFY(page->styleNote()->text().contains(QStringLiteral("style path")));
    QVERIFY(m_wizard->modelDataPage()->modelFactsLabel()->text().contains(QStringLiteral("No style path")));
    page->strategyButton(clue::StyleStrategy::PcaStratified)->setChecked(true);
    QCOMPARE(m_wizard->options().style_strategy, clue::StyleStrategy::Prior);  // nothing else applies
    QVERIFY(page->seedSpin()->isEnabled());  // seed and sampler still matter
    QVERIFY(page->stepsSpin()->isEnabled());

    m_wizard->setModelPath(makeModel(QStringLiteral("clue"), 32));
    QVERIFY(page->styleGroup()->isEnabled());
    QCOMPARE(m_wizard->options().style_strategy, clue::StyleStrategy::PcaStratified);
    QVERIFY(page->styleNote()->text().contains(QStringLiteral("style space")));  // none yet: PCA falls back
}

void TestAugmentWizard::invalidOutputBlocksNext() {
    const QString real = m_dir.filePath(QStringLiteral("real"));
    m_wizard->setModelPath(makeModel(QStringLiteral("clue"), 32));
    setDataset(real, {QStringLiteral("COM"), QStringLiteral("Normal"), QStringLiteral("OME")}, {5, 3, 7});
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    screenshot(QStringLiteral("augment_1_model"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::QuotaPageId));
    m_wizard->quotaPage()->scaleSpin()->setValue(200);
    m_wizard->quotaPage()->quotaSpin(2)->setValue(20);
    screenshot(QStringLiteral("augment_2_quotas"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::StylePageId));
    screenshot(QStringLiteral("augment_3_style"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::OutputPageId));
    OutputPage* output = m_wizard->outputPage();

    output->outputEdit()->setText(QString());  // empty: clue::validate's message
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::OutputPageId));
    QVERIFY(output->problemLabel()->isVisibleTo(output));
    QVERIFY(output->problemLabel()->text().contains(QStringLiteral("output_dir")));

    const QString file = m_dir.filePath(QStringLiteral("a-file.txt"));  // a file, not a folder
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    output->outputEdit()->setText(file);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::OutputPageId));
    QVERIFY(output->problemLabel()->text().contains(QStringLiteral("is a file")));

    output->outputEdit()->setText(QDir(real).filePath(QStringLiteral("synthetic")));  // inside the real images
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::OutputPageId));
    QVERIFY(!output->problemLabel()->text().isEmpty());
    screenshot(QStringLiteral("augment_4_output_invalid"));

    output->outputEdit()->setText(m_dir.filePath(QStringLiteral("synthetic")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(AugmentWizard::RunPageId));
    QVERIFY(!output->problemLabel()->isVisibleTo(output));
    // 200 % of 5 and 3, and 20 typed for OME.
    QCOMPARE(m_wizard->runPage()->planSize(), 10 + 6 + 20);
    QVERIFY(m_wizard->runPage()->planLabel()->text().contains(QStringLiteral("36")));
    QVERIFY(m_wizard->runPage()->startButton()->isEnabled());
    QVERIFY(!m_wizard->runPage()->cancelButton()->isEnabled());
    screenshot(QStringLiteral("augment_5_run"));
}

void TestAugmentWizard::everyControlHasATooltip() {
    setDataset(m_dir.filePath(QStringLiteral("real")), {QStringLiteral("A")}, {3});
    const QList<QWidget*> widgets = m_wizard->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : widgets) {
        if (!w->inherits("QAbstractSpinBox") && !w->inherits("QComboBox") && !w->inherits("QLineEdit") &&
            !w->inherits("QAbstractButton") && !w->inherits("QAbstractSlider"))
            continue;
        if (w->parentWidget() &&
            (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox") ||
             w->parentWidget()->inherits("QAbstractScrollArea")))
            continue;
        // QWizard's own Back/Next/Cancel buttons and the tables' scroll bars are Qt's.
        bool wizardButton = false;
        for (int b = 0; b < QWizard::NButtons; ++b) wizardButton |= m_wizard->button(QWizard::WizardButton(b)) == w;
        if (wizardButton || w->inherits("QScrollBar") || w->objectName().startsWith(QLatin1String("__qt"))) continue;
        ++checked;
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") +
                                                     w->property("text").toString()));
    }
    QVERIFY(checked >= 20);
}

void TestAugmentWizard::scanJobFillsClassTable() {
    const QDir root(m_dir.filePath(QStringLiteral("scan")));
    int shade = 0;
    for (const QString& name : {QStringLiteral("normal"), QStringLiteral("otitis")}) {
        QVERIFY(QDir().mkpath(root.filePath(name)));
        for (int i = 0; i < 3; ++i) {
            QImage image(64, 64, QImage::Format_RGB888);
            image.fill(Qt::black);
            QPainter painter(&image);
            painter.setBrush(QColor(120 + 20 * shade++, 100, 90));
            painter.drawEllipse(QPoint(32, 32), 24, 24);
            painter.end();
            QVERIFY(image.save(root.filePath(QStringLiteral("%1/%2.png").arg(name).arg(i))));
        }
    }
    ModelDataPage* page = m_wizard->modelDataPage();
    page->setDatasetPath(root.absolutePath());
    QVERIFY(page->startScan() != 0);
    QVERIFY(!page->isComplete());  // Next waits for the scan
    QTRY_VERIFY_WITH_TIMEOUT(page->isScanned(), 60000);
    QVERIFY(!page->isScanning());
    QCOMPARE(page->classTable()->rowCount(), 2);
    QCOMPARE(page->classTable()->item(1, 0)->text(), QStringLiteral("otitis"));
    QCOMPARE(page->classTable()->item(0, 1)->text().toInt() + page->classTable()->item(0, 2)->text().toInt(), 3);
    QCOMPARE(m_wizard->quotaPage()->rowCount(), 2);
    QVERIFY(page->ownProblems().isEmpty());
    // A missing folder fails inline (no dialog, no crash).
    page->setDatasetPath(m_dir.filePath(QStringLiteral("missing")));
    QVERIFY(page->startScan() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isScanning(), 60000);
    QVERIFY(!page->ownProblems().isEmpty());
}

void TestAugmentWizard::screenshot(const QString& name) {
    const QString dir = qEnvironmentVariable("CLUE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QTEST_MAIN(TestAugmentWizard)
#include "tst_augment_wizard.moc"
