#pragma once
// The style space (PCA map) of the open CLUE model, shared by the Style and Style-space views. Loaded
// by a job from ModelInfo::style_space when a model opens; replaced when the user computes or loads
// another. Held as an immutable value: jobs capture their own shared_ptr copy.
#include <QObject>
#include <QString>

#include <memory>

#include "clue/result.h"
#include "clue/style.h"

class JobController;
class ModelSession;

class StyleSpaceHolder : public QObject {
    Q_OBJECT

public:
    StyleSpaceHolder(JobController* jobs, ModelSession* session, QObject* parent = nullptr);

    std::shared_ptr<const clue::StyleSpace> space() const { return m_space; }
    bool hasSpace() const { return m_space && m_space->size() > 0; }
    /// Where the space was loaded from or saved to ("" when only in memory).
    QString path() const { return m_path; }
    bool isLoading() const { return m_loadJob != 0; }

    /// Loads a style_space.safetensors file as a job; changed() follows, or loadFailed().
    void load(const QString& path);
    void setSpace(std::shared_ptr<const clue::StyleSpace> space, const QString& path);
    void clear();

Q_SIGNALS:
    void changed();
    void loadFailed(const QString& path, const clue::Error& error);

private:
    void onModelLoaded();

    JobController* m_jobs;
    ModelSession* m_session;
    std::shared_ptr<const clue::StyleSpace> m_space;
    QString m_path;
    quint64 m_loadJob = 0;
};
