#pragma once
// The only QSettings user (architecture.md §4.6): typed getters/setters over "Group/Key" constants.
// Preferences only; anything a project needs lives in the project folder, not here.
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

#include "clue/options.h"

class AppSettings {
public:
    // Keys: "Group/Key", never translated.
    static constexpr const char* kModelRecent = "Model/Recent";            /*no tr*/
    static constexpr const char* kModelDevice = "Model/Device";            /*no tr*/
    static constexpr const char* kGeneratePrompt = "Generate/Prompt";      /*no tr*/
    static constexpr const char* kGenerateNegative = "Generate/NegativePrompt";  /*no tr*/
    static constexpr const char* kGenerateSampler = "Generate/Sampler";    /*no tr*/
    static constexpr const char* kGenerateSteps = "Generate/Steps";        /*no tr*/
    static constexpr const char* kGenerateCfg = "Generate/Cfg";            /*no tr*/
    static constexpr const char* kGenerateSeed = "Generate/Seed";          /*no tr*/
    static constexpr const char* kGenerateWidth = "Generate/Width";        /*no tr*/
    static constexpr const char* kGenerateHeight = "Generate/Height";      /*no tr*/
    static constexpr const char* kPreviewEvery = "Preview/EverySteps";     /*no tr*/
    static constexpr const char* kPreviewFullDecode = "Preview/FullDecode";  /*no tr*/
    static constexpr const char* kOutputFolder = "Output/Folder";          /*no tr*/
    static constexpr const char* kUiLanguage = "Ui/Language";              /*no tr*/
    static constexpr const char* kWindowGeometry = "Window/Geometry";      /*no tr*/
    static constexpr const char* kWindowState = "Window/State";            /*no tr*/

    static constexpr int kMaxRecentModels = 8;

    /// The user's settings (organization/application names from QCoreApplication).
    AppSettings();
    /// An INI file at `iniPath` (tests, portable installs).
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QStringList recentModels() const;
    /// Moves `path` to the front, removes duplicates, keeps at most kMaxRecentModels.
    void addRecentModel(const QString& path);
    void clearRecentModels();

    QString modelDevice() const;  ///< "auto", "cpu", "cuda", "cuda:N"
    void setModelDevice(const QString& device);

    /// Prompt, negative prompt, sampler, steps, CFG, seed and size of the last session.
    clue::GenerateOptions generateOptions() const;
    void setGenerateOptions(const clue::GenerateOptions& options);

    int previewEverySteps() const;  ///< 0 = no previews
    void setPreviewEverySteps(int steps);
    bool previewFullDecode() const;
    void setPreviewFullDecode(bool fullDecode);

    QString outputFolder() const;  ///< root; images go to <root>/<yyyy-MM-dd>/
    void setOutputFolder(const QString& folder);
    static QString defaultOutputFolder();

    QString language() const;  ///< "" = follow the system, else "en", "de", "ko"
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
