#include "common/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList available() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ko")}; }

QString nativeName(const QString& code) {
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (code == QLatin1String("ko")) return QStringLiteral("한국어");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    return code;
}

QString resolve(const QString& setting) {
    if (!setting.isEmpty()) return setting;
    const QStringList codes = available();
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString& tag : system) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes.contains(language)) return language;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication* app, const QString& code) {
    if (code.isEmpty() || code == QLatin1String("en")) return true;
    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/clue_%1.qm").arg(code))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (file dialogs, context menus) where the distribution ships them.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace Translations
