#pragma once
// UI languages: the .qm files are embedded at :/i18n/clue_<code>.qm (qt_add_translations in ui/CMakeLists.txt).
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Translations {

/// Language codes with a translation, English (the source language) first: {"en", "de", "ko"}.
QStringList available();
/// The language's own name ("Deutsch", "한국어"); shown untranslated on purpose, so users find their language.
QString nativeName(const QString& code);
/// "" (follow the system) -> the first of the system's UI languages we have, else "en"; other codes pass through.
QString resolve(const QString& setting);
/// Installs the translators for `code` (ours, and Qt's own from the Qt installation where present).
/// Returns false when our translation for `code` is missing (English stays).
bool install(QCoreApplication* app, const QString& code);

}  // namespace Translations
