// ErrorDialog (translated headline, "Details…" expander) and SettingsDialog (writes on apply only).
// Set CLUE_SCREENSHOT_DIR to keep screenshots.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "common/app_settings.h"
#include "common/error_text.h"
#include "views/settings/settings_dialog.h"
#include "widgets/error_dialog.h"

namespace {

void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CLUE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

}  // namespace

class TestDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorDialogShowsTextAndDetails();
    void settingsDialogAppliesOnlyOnRequest();
};

void TestDialogs::errorDialogShowsTextAndDetails() {
    QWidget parent;
    parent.resize(600, 400);
    parent.show();
    const clue::Error error{clue::Errc::DeviceOutOfMemory, "CUDA out of memory. Tried to allocate 2.00 GiB"};
    ErrorDialog* dialog = ErrorDialog::showError(&parent, QStringLiteral("Generation failed"), error);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageText(), ErrorText::message(clue::Errc::DeviceOutOfMemory));
    QVERIFY(dialog->detailText().contains(QStringLiteral("Tried to allocate")));
    QVERIFY(dialog->detailText().contains(QStringLiteral("301")));
    QVERIFY(!dialog->detailsVisible());
    QToolButton* toggle = dialog->findChild<QToolButton*>();
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(dialog->detailsVisible());
    screenshot(dialog, QStringLiteral("error_dialog"));
    QPointer<ErrorDialog> guard(dialog);
    dialog->accept();
    QTRY_VERIFY(guard.isNull());  // deletes itself on close
}

void TestDialogs::settingsDialogAppliesOnlyOnRequest() {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(&settings);
    dialog.show();
    auto* language = dialog.findChild<QComboBox*>();
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString());  // system default
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QLineEdit*>()->setText(dir.filePath(QStringLiteral("out")));
    dialog.findChild<QSpinBox*>()->setValue(4);
    dialog.findChild<QCheckBox*>()->setChecked(true);
    screenshot(&dialog, QStringLiteral("settings_dialog"));
    QCOMPARE(settings.language(), QString());  // nothing written yet
    dialog.apply();
    QVERIFY(dialog.languageChanged());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.outputFolder(), dir.filePath(QStringLiteral("out")));
    QCOMPARE(settings.previewEverySteps(), 4);
    QCOMPARE(settings.previewFullDecode(), true);
    QCOMPARE(settings.modelDevice(), QStringLiteral("auto"));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
