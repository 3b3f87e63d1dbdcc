#pragma once
// The augmentation wizard (issue #4): model and real dataset → quotas per class → style strategy and
// sampler → output, memorisation check and recipe → run (a JobController job, stage "augment"). It is a
// front end over clue/augment.h only: options() is exactly what `clue augment --recipe FILE` runs.
// Jobs talk back through JobController's signals and shared holders (the wizard may close while they run).
#include <QWizard>

#include <memory>

#include "clue/augment.h"
#include "clue/dataset.h"
#include "views/dataset_wizard/model_facts.h"

class JobController;
class ModelSession;
class ModelDataPage;
class OutputPage;
class QuotaPage;
class RunPage;
class StylePage;

class AugmentWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ModelDataPageId = 0, QuotaPageId, StylePageId, OutputPageId, RunPageId };

    AugmentWizard(JobController* jobs, ModelSession* session, QWidget* parent = nullptr);

    /// Everything the pages say, as the core's options (device from setDevice()).
    clue::AugmentOptions options() const;
    /// Fills every page (a recipe); scans the dataset when it differs from the scanned one.
    void setOptions(const clue::AugmentOptions& options);
    /// The reasons the page `id` cannot be left: clue::validate's messages for its fields, plus the page's own
    /// checks. Empty = Next may go on.
    QStringList problems(int id) const;
    /// Writes to_json(options()) to `file`; false with `error` set when it cannot.
    bool saveRecipe(const QString& file, QString* error = nullptr) const;

    void setDevice(const QString& device) { m_device = device; }
    /// Uses the open model when there is one (and no other model was chosen).
    void followOpenModel();

    /// The model whose facts the pages show; reads them (small JSON files only).
    void setModelPath(const QString& path);
    const ModelFacts& modelFacts() const { return m_facts; }
    /// The scanned real dataset (null before a scan).
    std::shared_ptr<const clue::Dataset> dataset() const { return m_dataset; }
    /// Sets the real dataset (what a finished scan calls; tests call it directly).
    void setDataset(std::shared_ptr<const clue::Dataset> dataset);

    JobController* jobs() const { return m_jobs; }
    ModelDataPage* modelDataPage() const { return m_modelData; }
    QuotaPage* quotaPage() const { return m_quota; }
    StylePage* stylePage() const { return m_style; }
    OutputPage* outputPage() const { return m_output; }
    RunPage* runPage() const { return m_run; }

Q_SIGNALS:
    void modelFactsChanged();
    void datasetChanged();

private:
    // Declared (so constructed) before the pages: their constructors read them.
    JobController* m_jobs;
    ModelSession* m_session;
    ModelFacts m_facts;
    std::shared_ptr<const clue::Dataset> m_dataset;
    QString m_device = QStringLiteral("auto");
    ModelDataPage* m_modelData;
    QuotaPage* m_quota;
    StylePage* m_style;
    OutputPage* m_output;
    RunPage* m_run;
};
