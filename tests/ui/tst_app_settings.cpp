// AppSettings: every setting round-trips through an INI file; defaults; recent-model list rules.
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "common/app_settings.h"

class TestAppSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void recentModelsAreUniqueNewestFirstAndCapped();
    void defaultOutputFolderIsNotStored();
    void keysAreGroupSlashKey();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::defaults() {
    AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    QVERIFY(settings.recentModels().isEmpty());
    QCOMPARE(settings.modelDevice(), QStringLiteral("auto"));
    const clue::GenerateOptions options = settings.generateOptions();
    const clue::GenerateOptions core;
    QCOMPARE(options.steps, core.steps);
    QCOMPARE(options.cfg, core.cfg);
    QCOMPARE(options.seed, qint64(-1));
    QCOMPARE(settings.previewEverySteps(), 1);
    QCOMPARE(settings.previewFullDecode(), false);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.outputFolder().endsWith(QStringLiteral("CLUE Studio/outputs")));
    QVERIFY(settings.windowGeometry().isEmpty());
}

void TestAppSettings::roundTrip() {
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    clue::GenerateOptions options;
    options.prompt = "a photo of an astronaut, \"quoted\"\nsecond line";
    options.negative_prompt = "blurry, 저화질";
    options.sampler = "dpmpp_2m_karras";
    options.steps = 31;
    options.cfg = 6.5;
    options.seed = 4294967295LL;
    options.width = 768;
    options.height = 640;
    {
        AppSettings settings(path);
        settings.addRecentModel(QStringLiteral("/models/sd15"));
        settings.setModelDevice(QStringLiteral("cuda:1"));
        settings.setGenerateOptions(options);
        settings.setPreviewEverySteps(5);
        settings.setPreviewFullDecode(true);
        settings.setOutputFolder(QStringLiteral("/data/outputs"));
        settings.setLanguage(QStringLiteral("ko"));
        settings.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
        settings.setWindowState(QByteArray("state"));
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.recentModels(), QStringList{QStringLiteral("/models/sd15")});
    QCOMPARE(settings.modelDevice(), QStringLiteral("cuda:1"));
    const clue::GenerateOptions read = settings.generateOptions();
    QCOMPARE(read.prompt, options.prompt);
    QCOMPARE(read.negative_prompt, options.negative_prompt);
    QCOMPARE(read.sampler, options.sampler);
    QCOMPARE(read.steps, 31);
    QCOMPARE(read.cfg, 6.5);
    QCOMPARE(read.seed, 4294967295LL);
    QCOMPARE(read.width, 768);
    QCOMPARE(read.height, 640);
    QCOMPARE(settings.previewEverySteps(), 5);
    QCOMPARE(settings.previewFullDecode(), true);
    QCOMPARE(settings.outputFolder(), QStringLiteral("/data/outputs"));
    QCOMPARE(settings.language(), QStringLiteral("ko"));
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry\x01\x02", 10));
    QCOMPARE(settings.windowState(), QByteArray("state"));
}

void TestAppSettings::recentModelsAreUniqueNewestFirstAndCapped() {
    AppSettings settings(m_dir.filePath(QStringLiteral("recent.ini")));
    for (int i = 0; i < AppSettings::kMaxRecentModels + 3; ++i) settings.addRecentModel(QStringLiteral("/m/%1").arg(i));
    settings.addRecentModel(QStringLiteral("/m/5/"));  // same folder, other spelling: moves to the front
    const QStringList recent = settings.recentModels();
    QCOMPARE(recent.size(), AppSettings::kMaxRecentModels);
    QCOMPARE(recent.first(), QStringLiteral("/m/5"));
    QCOMPARE(recent.count(QStringLiteral("/m/5")), 1);
    QCOMPARE(recent.at(1), QStringLiteral("/m/%1").arg(AppSettings::kMaxRecentModels + 2));
    settings.addRecentModel(QString());
    QCOMPARE(settings.recentModels().size(), AppSettings::kMaxRecentModels);
    settings.clearRecentModels();
    QVERIFY(settings.recentModels().isEmpty());
}

void TestAppSettings::defaultOutputFolderIsNotStored() {
    const QString path = m_dir.filePath(QStringLiteral("outputs.ini"));
    AppSettings settings(path);
    settings.setOutputFolder(AppSettings::defaultOutputFolder());
    settings.sync();
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QLatin1String(AppSettings::kOutputFolder)));
    settings.setOutputFolder(QStringLiteral("/x/y/"));
    QCOMPARE(settings.outputFolder(), QStringLiteral("/x/y"));
    settings.setOutputFolder(QString());
    QCOMPARE(settings.outputFolder(), AppSettings::defaultOutputFolder());
}

void TestAppSettings::keysAreGroupSlashKey() {
    for (const char* key : {AppSettings::kModelRecent, AppSettings::kModelDevice, AppSettings::kGeneratePrompt,
                            AppSettings::kGenerateNegative, AppSettings::kGenerateSampler, AppSettings::kGenerateSteps,
                            AppSettings::kGenerateCfg, AppSettings::kGenerateSeed, AppSettings::kGenerateWidth,
                            AppSettings::kGenerateHeight, AppSettings::kPreviewEvery, AppSettings::kPreviewFullDecode,
                            AppSettings::kOutputFolder, AppSettings::kUiLanguage, AppSettings::kWindowGeometry,
                            AppSettings::kWindowState}) {
        const QString k = QString::fromLatin1(key);
        QCOMPARE(k.count(QLatin1Char('/')), 1);
        QVERIFY(!k.startsWith(QLatin1Char('/')) && !k.endsWith(QLatin1Char('/')));
    }
}

QTEST_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
