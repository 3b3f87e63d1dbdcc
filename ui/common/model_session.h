#pragma once
// The resident model: loaded by a job on the device worker (loading is slow for real models),
// handed to the GUI thread as an opaque clue::Model handle. Views never hold it across jobs; each
// generation job captures its own shared_ptr copy.
#include <QObject>
#include <QString>

#include <memory>

#include "clue/engine.h"

class JobController;

class ModelSession : public QObject {
    Q_OBJECT

public:
    ModelSession(JobController* jobs, QObject* parent = nullptr);
    ~ModelSession() override;

    /// Queues a load job; the previous model is released at once (memory), so hasModel() is false until loaded().
    void load(const QString& path, const QString& device = QStringLiteral("auto"));

    bool isLoading() const { return m_loadJob != 0; }
    bool hasModel() const { return bool(m_model); }
    std::shared_ptr<clue::Model> model() const { return m_model; }
    QString path() const { return m_path; }
    QString loadingPath() const { return m_loadingPath; }
    /// "name" as A1111 shows it; empty without a model.
    QString name() const;
    /// First 10 hex digits of the SHA-256 ("AutoV2").
    QString shortHash() const;
    /// "name [0123456789]"
    QString displayName() const;
    int nativeSize() const;
    QString device() const;

Q_SIGNALS:
    void loadStarted(const QString& path);
    void loaded(const QString& path);
    void loadFailed(const QString& path, const clue::Error& error);
    void loadCancelled(const QString& path);

private:
    void onFinished(quint64 id, clue::JobState state);
    void onFailed(quint64 id, const clue::Error& error);

    JobController* m_jobs;
    std::shared_ptr<clue::Model> m_model;
    QString m_path;
    QString m_loadingPath;
    quint64 m_loadJob = 0;
    clue::Error m_loadError;
    // Filled on the worker, read on the GUI thread after the job finished (the queued call orders them).
    std::shared_ptr<std::shared_ptr<clue::Model>> m_pending;
};
