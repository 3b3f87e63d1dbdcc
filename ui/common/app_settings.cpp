#include "common/app_settings.h"

#include <QDir>
#include <QStandardPaths>

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentModels() const {
    return m_settings->value(kModelRecent).toStringList();
}

void AppSettings::addRecentModel(const QString& path) {
    if (path.isEmpty()) return;
    const QString clean = QDir::cleanPath(path);
    QStringList list = recentModels();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentModels) list.removeLast();
    m_settings->setValue(kModelRecent, list);
}

void AppSettings::clearRecentModels() { m_settings->remove(kModelRecent); }

QString AppSettings::modelDevice() const {
    return m_settings->value(kModelDevice, QStringLiteral("auto")).toString();
}

void AppSettings::setModelDevice(const QString& device) { m_settings->setValue(kModelDevice, device); }

clue::GenerateOptions AppSettings::generateOptions() const {
    clue::GenerateOptions defaults;
    clue::GenerateOptions o;
    o.prompt = m_settings->value(kGeneratePrompt).toString().toStdString();
    o.negative_prompt = m_settings->value(kGenerateNegative).toString().toStdString();
    o.sampler = m_settings->value(kGenerateSampler, QString::fromStdString(defaults.sampler)).toString().toStdString();
    o.steps = m_settings->value(kGenerateSteps, defaults.steps).toInt();
    o.cfg = m_settings->value(kGenerateCfg, defaults.cfg).toDouble();
    o.seed = m_settings->value(kGenerateSeed, qint64(defaults.seed)).toLongLong();
    o.width = m_settings->value(kGenerateWidth, defaults.width).toInt();
    o.height = m_settings->value(kGenerateHeight, defaults.height).toInt();
    return o;
}

void AppSettings::setGenerateOptions(const clue::GenerateOptions& o) {
    m_settings->setValue(kGeneratePrompt, QString::fromStdString(o.prompt));
    m_settings->setValue(kGenerateNegative, QString::fromStdString(o.negative_prompt));
    m_settings->setValue(kGenerateSampler, QString::fromStdString(o.sampler));
    m_settings->setValue(kGenerateSteps, o.steps);
    m_settings->setValue(kGenerateCfg, o.cfg);
    m_settings->setValue(kGenerateSeed, qint64(o.seed));
    m_settings->setValue(kGenerateWidth, o.width);
    m_settings->setValue(kGenerateHeight, o.height);
}

int AppSettings::previewEverySteps() const { return m_settings->value(kPreviewEvery, 1).toInt(); }

void AppSettings::setPreviewEverySteps(int steps) { m_settings->setValue(kPreviewEvery, qMax(0, steps)); }

bool AppSettings::previewFullDecode() const { return m_settings->value(kPreviewFullDecode, false).toBool(); }

void AppSettings::setPreviewFullDecode(bool fullDecode) { m_settings->setValue(kPreviewFullDecode, fullDecode); }

QString AppSettings::outputFolder() const {
    const QString folder = m_settings->value(kOutputFolder).toString();
    return folder.isEmpty() ? defaultOutputFolder() : folder;
}

void AppSettings::setOutputFolder(const QString& folder) {
    // Storing the default would pin today's Pictures location; keep it implicit.
    if (folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(defaultOutputFolder()))
        m_settings->remove(kOutputFolder);
    else
        m_settings->setValue(kOutputFolder, QDir::cleanPath(folder));
}

QString AppSettings::defaultOutputFolder() {
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty()) pictures = QDir::homePath();
    return QDir(pictures).filePath(QStringLiteral("CLUE Studio/outputs"));
}

QString AppSettings::language() const { return m_settings->value(kUiLanguage).toString(); }

void AppSettings::setLanguage(const QString& code) { m_settings->setValue(kUiLanguage, code); }

QByteArray AppSettings::windowGeometry() const { return m_settings->value(kWindowGeometry).toByteArray(); }

void AppSettings::setWindowGeometry(const QByteArray& geometry) { m_settings->setValue(kWindowGeometry, geometry); }

QByteArray AppSettings::windowState() const { return m_settings->value(kWindowState).toByteArray(); }

void AppSettings::setWindowState(const QByteArray& state) { m_settings->setValue(kWindowState, state); }

void AppSettings::sync() { m_settings->sync(); }
