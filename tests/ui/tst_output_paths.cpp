// Output naming: <root>/<yyyy-MM-dd>/NNNNN-<seed>.png, numbered after the highest existing number.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "common/output_paths.h"

class TestOutputPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayFolder();
    void numbersFollowTheHighest();
};

void TestOutputPaths::dayFolder() {
    QCOMPARE(OutputPaths::dayFolder(QStringLiteral("/out"), QDate(2026, 3, 7)), QStringLiteral("/out/2026-03-07"));
}

void TestOutputPaths::numbersFollowTheHighest() {
    QTemporaryDir dir;
    QCOMPARE(QFileInfo(OutputPaths::nextImagePath(dir.path(), 42)).fileName(), QStringLiteral("00000-42.png"));
    QCOMPARE(QFileInfo(OutputPaths::nextImagePath(dir.filePath(QStringLiteral("missing")), 1)).fileName(),
             QStringLiteral("00000-1.png"));
    for (const char* name : {"00000-1.png", "00007-99.png", "notes.txt", "123-short.png", "00003-5.png"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(OutputPaths::nextImagePath(dir.path(), 1234567890), dir.filePath(QStringLiteral("00008-1234567890.png")));
}

QTEST_MAIN(TestOutputPaths)
#include "tst_output_paths.moc"
