#include "views/style_space/style_space_view.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

#include "clue/dataset.h"
#include "clue/engine.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/result_saver.h"
#include "common/style_space_holder.h"
#include "views/generate/parameters_panel.h"
#include "views/style/style_panel.h"
#include "views/style_space/style_space_plot.h"
#include "widgets/error_dialog.h"
#include "widgets/image_canvas.h"

StyleSpaceView::StyleSpaceView(JobController* jobs, ModelSession* session, AppSettings* settings,
                               GalleryModel* gallery, ParametersPanel* parameters, StyleSpaceHolder* spaces,
                               QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_gallery(gallery),
      m_parameters(parameters),
      m_spaces(spaces),
      m_compute(new QPushButton(tr("Compute from dataset…"), this)),
      m_load(new QPushButton(tr("Load…"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_class(new QComboBox(this)),
      m_seed(new QSpinBox(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_plot(new StyleSpacePlot(this)),
      m_canvas(new ImageCanvas(this)),
      m_info(new QLabel(this)) {
    m_compute->setToolTip(tr("Encode every image of a dataset with the open model's style encoder and fit the "
                             "PCA map (a job); saved next to the model"));
    m_load->setToolTip(tr("Load a saved style space (style_space.safetensors)"));
    m_export->setToolTip(tr("Save the map as CSV: path, class, source and the PCA coordinates"));
    m_class->setToolTip(tr("The class of the generated image: that of the nearest point, or a fixed one"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Noise seed of the generated images (fixed, so that only the style changes)"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_empty->setFont(font);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_canvas->setEmptyText(tr("Click the map to generate the style at that point"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compute);
    bar->addWidget(m_load);
    bar->addWidget(m_export);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Class"), this));
    bar->addWidget(m_class);
    bar->addWidget(new QLabel(tr("Seed"), this));
    bar->addWidget(m_seed);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_canvas);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The canvas's empty-state text must not decide the split: the map gets 60 % of the width.
    m_canvas->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_plot->setMinimumWidth(320);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400});
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(splitter, 1);
    pageLayout->addWidget(m_info);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_queue.setSubmitFunction([this](const clue::GenerateOptions& options) {
        return submitGeneration(options, m_pendingCaption);
    });
    connect(m_compute, &QPushButton::clicked, this, &StyleSpaceView::computeDialog);
    connect(m_load, &QPushButton::clicked, this, &StyleSpaceView::loadDialog);
    connect(m_export, &QPushButton::clicked, this, &StyleSpaceView::exportDialog);
    connect(m_plot, &StyleSpacePlot::positionChosen, this,
            [this](double x, double y, int index) { generateAt(x, y, index); });
    connect(m_spaces, &StyleSpaceHolder::changed, this, [this] {
        m_plot->setSpace(m_spaces->space());
        m_hasPosition = false;
        updateState();
    });
    connect(m_spaces, &StyleSpaceHolder::loadFailed, this, [this](const QString& path, const clue::Error& error) {
        ErrorDialog::showError(window(), tr("The style space %1 could not be loaded").arg(QFileInfo(path).fileName()),
                               error);
    });
    connect(m_session, &ModelSession::loadStarted, this, &StyleSpaceView::updateState);
    connect(m_session, &ModelSession::loaded, this, &StyleSpaceView::updateState);
    connect(m_session, &ModelSession::loadFailed, this, &StyleSpaceView::updateState);
    connect(m_session, &ModelSession::loadCancelled, this, &StyleSpaceView::updateState);
    connect(m_jobs, &JobController::finished, this, [this](quint64 id) { onFinished(id); });
    connect(m_jobs, &JobController::failed, this, &StyleSpaceView::onFailed);
    updateState();
}

bool StyleSpaceView::canGenerate() const {
    const auto model = m_session->model();
    return model && !m_session->isLoading() && model->info().style_dim > 0 && m_spaces->hasSpace() &&
           m_spaces->space()->dim == model->info().style_dim;
}

QString StyleSpaceView::emptyText() const { return m_stack->currentIndex() == 0 ? m_empty->text() : QString(); }

void StyleSpaceView::updateState() {
    const auto model = m_session->model();
    const bool clue = model && !m_session->isLoading() && model->info().style_dim > 0;
    const auto space = m_spaces->space();
    if (space && space->size() > 0) {
        m_stack->setCurrentIndex(1);
        QString text = tr("Images: %1 · principal directions: %2").arg(space->size()).arg(space->components);
        if (!m_spaces->path().isEmpty()) text += QStringLiteral(" · ") + QDir::toNativeSeparators(m_spaces->path());
        m_info->setText(text);
    } else {
        m_stack->setCurrentIndex(0);
        m_empty->setText(m_spaces->isLoading() ? tr("Loading the style space …")
                         : clue ? tr("This model has no style space yet: Compute from dataset… encodes a dataset "
                                     "with its style encoder")
                                : tr("Train a model to see its style space"));
    }
    m_compute->setEnabled(clue && m_computeJob == 0);
    m_export->setEnabled(m_spaces->hasSpace());
    // The class picker: the model's classes (for {class}), else those of the map's points.
    const QString current = m_class->currentData().toString();
    m_class->clear();
    m_class->addItem(tr("Nearest point's class"), QString());
    std::vector<std::string> classes = clue ? model->info().classes : std::vector<std::string>{};
    if (classes.empty() && space)
        for (const std::string& name : space->classes)
            if (std::find(classes.begin(), classes.end(), name) == classes.end()) classes.push_back(name);
    for (const std::string& name : classes)
        m_class->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_class->setCurrentIndex(qMax(0, m_class->findData(current)));
}

QString StyleSpaceView::classForPoint(int pointIndex, double x, double y) const {
    const QString fixed = m_class->currentData().toString();
    if (!fixed.isEmpty()) return fixed;
    const auto space = m_spaces->space();
    if (!space) return {};
    if (pointIndex < 0) pointIndex = m_plot->pointNear(x, y, std::numeric_limits<double>::max());
    if (pointIndex < 0 || pointIndex >= int(space->classes.size())) return {};
    return QString::fromStdString(space->classes[size_t(pointIndex)]);
}

quint64 StyleSpaceView::generate() { return m_hasPosition ? generateAt(m_x, m_y, m_pointIndex) : 0; }

quint64 StyleSpaceView::generateAt(double x, double y, int pointIndex) {
    m_hasPosition = true;
    m_x = x;
    m_y = y;
    m_pointIndex = pointIndex;
    if (!canGenerate()) {
        Q_EMIT statusMessage(tr("Open the CLUE model of this style space to generate from it."));
        return 0;
    }
    const auto space = m_spaces->space();
    const auto model = m_session->model();
    clue::GenerateOptions options = m_parameters->options();  // sampler, steps, CFG, size, negative prompt
    const QString className = classForPoint(pointIndex, x, y);
    options.prompt = clue::prompt_for_class(model->info(), className.toStdString());
    options.seed = m_seed->value();
    options.batch = 1;
    options.style = clue::style_from_pca(*space, {x, y});
    options.preview_every = 0;
    m_pendingCaption = pointIndex >= 0
                           ? tr("%1 · PC 1 = %2, PC 2 = %3")
                                 .arg(QFileInfo(QString::fromStdString(space->paths[size_t(pointIndex)])).fileName())
                                 .arg(x, 0, 'f', 2)
                                 .arg(y, 0, 'f', 2)
                           : tr("PC 1 = %1, PC 2 = %2").arg(x, 0, 'f', 2).arg(y, 0, 'f', 2);
    return m_queue.request(options);
}

quint64 StyleSpaceView::submitGeneration(const clue::GenerateOptions& options, const QString& caption) {
    if (const clue::Status valid = clue::validate(options); !valid) {
        Q_EMIT statusMessage(tr("The parameters cannot be used: %1").arg(QString::fromStdString(valid.error().detail)));
        return 0;
    }
    m_runningCaption = caption;
    std::shared_ptr<clue::Model> model = m_session->model();
    const QString root = m_settings->outputFolder();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    auto deliver = [this](const SavedResults& saved) { onResults(saved.items, saved.saveError, saved.saveFailed); };
    return m_jobs->submit(tr("Style-space image"), generateAndSaveJob(model, options, root, this, deliver));
}

void StyleSpaceView::onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed) {
    for (const GalleryItem& item : items) m_gallery->prepend(item);
    if (!items.isEmpty()) m_canvas->setImage(items.first().image, m_runningCaption);
    if (saveFailed) ErrorDialog::showError(window(), tr("The image could not be saved"), saveError);
    Q_EMIT resultsArrived(int(items.size()));
}
