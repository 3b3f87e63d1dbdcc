#include "views/train/preprocess_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMetaObject>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "common/error_text.h"
#include "common/image_convert.h"
#include "common/job_controller.h"

namespace {

constexpr int kStageThumbnail = 200;

}  // namespace

PreprocessPreview::PreprocessPreview(JobController* jobs, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_image(new QComboBox(this)),
      m_note(new QLabel(this)) {
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_empty->setFont(font);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Scan a dataset to preview how its images are prepared for training"));
    m_image->setToolTip(tr("The dataset image to preview"));
    m_image->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_image->setMinimumContentsLength(30);
    m_note->setWordWrap(true);

    const QStringList titles = {tr("Original"), tr("1. Field of view"), tr("2. Mask outside"), tr("3. Crop square"),
                                tr("4. Resize")};
    const QStringList tips = {
        tr("The image as stored"),
        tr("Detect the round field of view of the endoscope (threshold the dark surround, fit a circle)"),
        tr("Black out everything outside the circle (burnt-in text, time stamps, overlays)"),
        tr("Crop to the circle's bounding box (or the centre) and pad to a square"),
        tr("Resize to the training resolution")};
    auto* content = new QWidget(this);
    auto* grid = new QGridLayout;
    for (int stage = 0; stage < kStageCount; ++stage) {
        QWidget* header = nullptr;
        if (stage == 0) {
            header = new QLabel(titles[stage], content);
        } else {
            auto* check = new QCheckBox(titles[stage], content);
            check->setChecked(true);
            connect(check, &QCheckBox::toggled, this, [this] {
                Q_EMIT optionsChanged();
                requestPreview();
            });
            m_checks.append(check);
            header = check;
        }
        header->setToolTip(tips[stage]);
        auto* image = new QLabel(content);
        image->setFixedSize(kStageThumbnail, kStageThumbnail);
        image->setAlignment(Qt::AlignCenter);
        image->setFrameShape(QFrame::StyledPanel);
        image->setToolTip(tips[stage]);
        m_images.append(image);
        grid->addWidget(header, 0, stage, Qt::AlignHCenter);
        grid->addWidget(image, 1, stage, Qt::AlignHCenter);
    }
    auto* layout = new QVBoxLayout(content);
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Image"), content));
    pick->addWidget(m_image, 1);
    layout->addLayout(pick);
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addStretch(1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_image, &QComboBox::currentIndexChanged, this, [this] { requestPreview(); });
    connect(m_jobs, &JobController::finished, this, [this](quint64 id) { onFinished(id); });
    connect(m_jobs, &JobController::failed, this, [this](quint64 id, const clue::Error& error) {
        if (id == m_job) m_note->setText(tr("The preview failed: %1").arg(ErrorText::full(error)));
    });
}

QCheckBox* PreprocessPreview::stageCheckBox(int stage) const {
    return stage >= 1 && stage <= m_checks.size() ? m_checks[stage - 1] : nullptr;
}

clue::PreprocessOptions PreprocessPreview::preprocessOptions() const {
    clue::PreprocessOptions o = m_options;
    o.detect_fov = m_checks[0]->isChecked();
    o.mask_outside = m_checks[1]->isChecked();
    o.crop_square = m_checks[2]->isChecked();
    o.resize = m_checks[3]->isChecked();
    return o;
}

void PreprocessPreview::setPreprocessOptions(const clue::PreprocessOptions& options) {
    m_options = options;
    const bool values[] = {options.detect_fov, options.mask_outside, options.crop_square, options.resize};
    for (int i = 0; i < m_checks.size(); ++i) {
        const QSignalBlocker blocker(m_checks[i]);
        m_checks[i]->setChecked(values[i]);
    }
    requestPreview();
}

void PreprocessPreview::setResolution(int size) {
    if (size < 8 || size == m_options.size) return;
    m_options.size = size;
    requestPreview();
}

void PreprocessPreview::setImages(const QStringList& paths) {
    {
        const QSignalBlocker blocker(m_image);
        m_image->clear();
        for (const QString& path : paths) {
            const QFileInfo info(path);
            m_image->addItem(QStringLiteral("%1/%2").arg(info.dir().dirName(), info.fileName()), path);
            m_image->setItemData(m_image->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
        }
    }
    m_stack->setCurrentIndex(paths.isEmpty() ? 0 : 1);
    requestPreview();
}

QString PreprocessPreview::currentImage() const { return m_image->currentData().toString(); }

void PreprocessPreview::requestPreview() {
    if (currentImage().isEmpty()) return;
    if (m_job != 0) {
        m_dirty = true;  // the newest request runs when this one is done
        return;
    }
    submitPreview();
}

void PreprocessPreview::submitPreview() {
    m_dirty = false;
    const std::string path = currentImage().toStdString();
    const clue::PreprocessOptions options = preprocessOptions();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_job = m_jobs->submit(tr("Preprocessing preview"), [this, path, options](clue::JobContext&) -> clue::Status {
        auto image = clue::load_clean_image(path);
        if (!image) return image.error();
        auto stages = clue::preprocess_stages(image.value(), options);
        if (!stages) return stages.error();
        const clue::PreprocessStages& s = stages.value();
        QList<QImage> images;
        for (const clue::Image* stage : {&s.original, &s.fov_overlay, &s.masked, &s.cropped, &s.result})
            images.append(toQImage(*stage).scaled(kStageThumbnail, kStageThumbnail, Qt::KeepAspectRatio,
                                                  Qt::SmoothTransformation));
        const QString note =
            s.fov_found ? tr("Field of view: centre (%1, %2), radius %3 px · result %4×%5 px")
                              .arg(s.circle_x, 0, 'f', 0)
                              .arg(s.circle_y, 0, 'f', 0)
                              .arg(s.circle_radius, 0, 'f', 0)
                              .arg(s.result.width)
                              .arg(s.result.height)
                        : tr("No dark surround found: the centred square is used · result %1×%2 px")
                              .arg(s.result.width)
                              .arg(s.result.height);
        QMetaObject::invokeMethod(this, [this, images, note] { showStages(images, note); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
}

void PreprocessPreview::showStages(const QList<QImage>& images, const QString& note) {
    for (int i = 0; i < kStageCount && i < images.size(); ++i) m_images[i]->setPixmap(QPixmap::fromImage(images[i]));
    m_note->setText(note);
}

void PreprocessPreview::onFinished(quint64 id) {
    if (id != m_job) return;
    m_job = 0;
    if (m_dirty) submitPreview();
}
