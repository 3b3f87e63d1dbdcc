// Translations: every Errc has a sentence; the embedded German and Korean catalogues load and are
// complete (no unfinished or empty entry in translations/*.ts).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "common/error_text.h"
#include "common/translations.h"
#include "widgets/job_strip.h"

namespace {

QString translationsDir() { return QDir(QStringLiteral(CLUE_MODELS_DIR "/../../translations")).absolutePath(); }

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyErrorCodeHasText();
    void resolveFollowsSettingThenSystem();
    void embeddedCataloguesLoad_data();
    void embeddedCataloguesLoad();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
};

void TestTranslations::everyErrorCodeHasText() {
    using clue::Errc;
    QSet<QString> distinct;
    for (Errc code : {Errc::Io, Errc::FileNotFound, Errc::FileTruncated, Errc::BadFormat, Errc::UnsafeFormat,
                      Errc::WriteFailed, Errc::Model, Errc::MissingTensor, Errc::UnexpectedTensor, Errc::ShapeMismatch,
                      Errc::BadConfig, Errc::UnsupportedModel, Errc::Device, Errc::DeviceOutOfMemory,
                      Errc::DeviceUnavailable, Errc::Training, Errc::Input, Errc::InvalidArgument, Errc::Internal,
                      static_cast<Errc>(777)}) {
        const QString text = ErrorText::message(code);
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(int(code))));
        distinct.insert(text);
    }
    QVERIFY(distinct.size() >= 15);
    const QString full = ErrorText::full(clue::Error{clue::Errc::FileNotFound, "no such file: /x"});
    QVERIFY(full.endsWith(QStringLiteral("\n\nno such file: /x")));
}

void TestTranslations::resolveFollowsSettingThenSystem() {
    QCOMPARE(Translations::resolve(QStringLiteral("ko")), QStringLiteral("ko"));
    QVERIFY(Translations::available().contains(Translations::resolve(QString())));
    QCOMPARE(Translations::available().first(), QStringLiteral("en"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestTranslations::embeddedCataloguesLoad_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("denoising");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Entrauschen");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("노이즈 제거");
}

void TestTranslations::embeddedCataloguesLoad() {
    QFETCH(QString, code);
    QFETCH(QString, denoising);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/clue_%1.qm").arg(code)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(JobStrip::stageText(QStringLiteral("denoise")), denoising);
    QVERIFY(ErrorText::message(clue::Errc::FileNotFound) != QStringLiteral("The file or folder was not found."));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(JobStrip::stageText(QStringLiteral("denoise")), QStringLiteral("Denoising"));
}

void TestTranslations::tsFilesAreComplete_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("clue_de.ts");
    QTest::newRow("ko") << QStringLiteral("clue_ko.ts");
}

void TestTranslations::tsFilesAreComplete() {
    QFETCH(QString, file);
    QFile ts(QDir(translationsDir()).filePath(file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("vanished") &&
                         type != QLatin1String("obsolete"),
                     qPrintable(file + QStringLiteral(": not finished: ") + source));
            // Plural messages carry <numerusform> children; others the text itself.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(file + QStringLiteral(": empty: ") + source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages >= 100, qPrintable(QStringLiteral("only %1 messages in %2").arg(messages).arg(file)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
