// ParametersPanel: options round trip, sampler names, seed dice (−1) and reuse, size.
#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

#include "clue/engine.h"
#include "views/generate/parameters_panel.h"

class TestParametersPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsEverySampler();
    void optionsRoundTrip();
    void acceptsDisplayNamesAndUnknownSamplers();
    void diceAndReuse();
    void everyInputHasATooltip();
};

void TestParametersPanel::listsEverySampler() {
    ParametersPanel panel;
    QComboBox* sampler = panel.samplerCombo();
    QCOMPARE(sampler->count(), int(clue::sampler_names().size()) + 1);
    QCOMPARE(sampler->itemData(0).toString(), QString());  // model default
    QVERIFY(sampler->findText(QStringLiteral("Euler a")) > 0);
    QVERIFY(sampler->findText(QStringLiteral("DPM++ 2M Karras")) > 0);
}

void TestParametersPanel::optionsRoundTrip() {
    ParametersPanel panel;
    clue::GenerateOptions options;
    options.prompt = "a photo of an astronaut\nriding a horse";
    options.negative_prompt = "blurry";
    options.sampler = "euler_a";
    options.steps = 33;
    options.cfg = 4.5;
    options.seed = 4000000000LL;
    options.width = 640;
    options.height = 384;
    panel.setOptions(options);
    const clue::GenerateOptions read = panel.options();
    QCOMPARE(read.prompt, options.prompt);
    QCOMPARE(read.negative_prompt, options.negative_prompt);
    QCOMPARE(read.sampler, std::string("euler_a"));
    QCOMPARE(read.steps, 33);
    QCOMPARE(read.cfg, 4.5);
    QCOMPARE(read.seed, 4000000000LL);
    QCOMPARE(read.width, 640);
    QCOMPARE(read.height, 384);
}

void TestParametersPanel::acceptsDisplayNamesAndUnknownSamplers() {
    ParametersPanel panel;
    clue::GenerateOptions options;
    options.sampler = "DPM++ 2M Karras";  // A1111 display name, as found in infotext
    panel.setOptions(options);
    QCOMPARE(panel.options().sampler, std::string("dpmpp_2m_karras"));
    options.sampler = "no such sampler";
    panel.setOptions(options);
    QCOMPARE(panel.options().sampler, std::string());
    options.width = 0;  // "native size": the fields keep their values
    panel.setSize(256, 128);
    panel.setOptions(options);
    QCOMPARE(panel.options().width, 256);
    QCOMPARE(panel.options().height, 128);
}

void TestParametersPanel::diceAndReuse() {
    ParametersPanel panel;
    clue::GenerateOptions options;
    options.seed = 77;
    panel.setOptions(options);
    panel.randomizeSeed();
    QCOMPARE(panel.options().seed, qint64(-1));
    panel.reuseLastSeed();  // no result yet: nothing to reuse
    QCOMPARE(panel.options().seed, qint64(-1));
    panel.setLastSeed(1234567890);
    panel.reuseLastSeed();
    QCOMPARE(panel.options().seed, qint64(1234567890));
    // The buttons do the same.
    const QList<QToolButton*> buttons = panel.findChildren<QToolButton*>();
    QToolButton* dice = nullptr;
    for (QToolButton* b : buttons)
        if (b->toolTip().contains(QStringLiteral("−1"))) dice = b;
    QVERIFY(dice);
    QTest::mouseClick(dice, Qt::LeftButton);
    QCOMPARE(panel.options().seed, qint64(-1));
}

void TestParametersPanel::everyInputHasATooltip() {
    ParametersPanel panel;
    QAction generate(QStringLiteral("Generate"));
    generate.setToolTip(QStringLiteral("Generate (Ctrl+Enter)"));
    QAction cancel(QStringLiteral("Cancel"));
    panel.setActions(&generate, &cancel);
    const QList<QWidget*> widgets = panel.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->inherits("QAbstractSpinBox") && !w->inherits("QComboBox") && !w->inherits("QPlainTextEdit") &&
            !w->inherits("QToolButton"))
            continue;
        if (w->parentWidget() && (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox")))
            continue;  // internals (line edits inside spin boxes)
        QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestParametersPanel)
#include "tst_parameters_panel.moc"
