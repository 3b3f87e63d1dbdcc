// TrajectoryView: the export bar (folder, strip PNG, frame PNGs, GIF, CSV) and the export job.
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "common/job_controller.h"
#include "views/trajectory/trajectory_export.h"
#include "views/trajectory/trajectory_view.h"

QWidget* TrajectoryView::createExportBar() {
    auto* box = new QGroupBox(tr("Export"), this);
    m_exportFolder = new QLineEdit(box);
    m_exportFolder->setToolTip(tr("The folder the exports are written to (created when missing); a new one under the "
                                  "output folder after each run"));
    m_exportFolder->setPlaceholderText(tr("Run a trajectory first"));
    connect(m_exportFolder, &QLineEdit::textEdited, this, [this] { m_exportFolderEdited = true; });
    auto* browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Pick the export folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the trajectory to"), m_exportFolder->text());
        if (folder.isEmpty()) return;
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
        m_exportFolderEdited = true;
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);

    struct Button {
        QString text, tip;
        int parts;
    };
    const Button buttons[] = {
        {tr("Strip PNG"), tr("strip.png: the images of every λ side by side, labelled"), TrajectoryExport::Strip},
        {tr("Frames PNG"), tr("frames/frame_000.png …: the Bézier frames"), TrajectoryExport::Frames},
        {tr("Animated GIF"), tr("trajectory.gif: the Bézier frames as a looping animation"), TrajectoryExport::Gif},
        {tr("CSV"), tr("trajectory.csv: λ and the direction and turn cosines per control point"), TrajectoryExport::Csv},
        {tr("Export all"), tr("All of the above into the export folder"), TrajectoryExport::All},
    };
    auto* grid = new QGridLayout;
    int index = 0;
    for (const Button& b : buttons) {
        auto* button = new QPushButton(b.text, box);
        button->setToolTip(b.tip);
        const int parts = b.parts;
        connect(button, &QPushButton::clicked, this, [this, parts] { exportTo(QDir::fromNativeSeparators(m_exportFolder->text()), parts); });
        grid->addWidget(button, index / 2, index % 2, 1, parts == TrajectoryExport::All ? 2 : 1);
        m_exportButtons << button;
        ++index;
    }
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(folderRow);
    layout->addLayout(grid);
    return box;
}

void TrajectoryView::setExportEnabled(bool enabled) {
    for (QPushButton* button : m_exportButtons) button->setEnabled(enabled && m_exportJob == 0);
}

quint64 TrajectoryView::exportTo(const QString& folder, int parts) {
    if (!m_trajectory || folder.trimmed().isEmpty() || m_exportJob) return 0;
    std::shared_ptr<const clue::Trajectory> trajectory = m_trajectory;
    auto written = std::make_shared<QStringList>();
    m_exportResult = written;
    const int steps = m_runSteps;
    // The body writes only its own holder; the GUI thread reads it after finished() (queued, so ordered).
    m_exportJob = m_jobs->submit(tr("Export trajectory"), [trajectory, steps, folder, parts, written](clue::JobContext&) -> clue::Status {
        auto r = TrajectoryExport::write(*trajectory, steps, folder, parts);
        if (!r) return r.error();
        *written = *r;
        return clue::Ok{};
    });
    setExportEnabled(false);
    return m_exportJob;
}
