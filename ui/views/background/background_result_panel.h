#pragma once
// The Background view's comparison row: the result (live preview while it runs) | plain img2img at the same strength
// and seed | the reference as the VAE saw it, each with its background PSNR/SSIM against the reference inside the
// inverted mask under it, and the Export button.
#include <QWidget>

struct BackgroundMetrics;
struct BackgroundOutcome;
class ImageCanvas;
class QLabel;
class QPushButton;

class BackgroundResultPanel : public QWidget {
    Q_OBJECT

public:
    explicit BackgroundResultPanel(QWidget* parent = nullptr);

    /// Before the first result: what to do next.
    void setEmptyText(const QString& text);
    /// A generation started: the result column waits for previews, the others say they will follow.
    void showRunning(int runSteps);
    void showPreview(const QImage& image, int step, int runSteps);
    void showOutcome(const BackgroundOutcome& outcome);
    void showCancelled();
    void clear();
    bool hasResult() const { return m_hasResult; }

    /// "Background PSNR 24.1 dB · SSIM 0.812" (or a dash when there is nothing to measure).
    static QString metricsText(const BackgroundMetrics& metrics);

    ImageCanvas* resultCanvas() const { return m_result; }
    ImageCanvas* baselineCanvas() const { return m_baseline; }
    ImageCanvas* referenceCanvas() const { return m_reference; }
    QLabel* resultMetrics() const { return m_resultMetrics; }
    QLabel* baselineMetrics() const { return m_baselineMetrics; }
    QLabel* referenceMetrics() const { return m_referenceMetrics; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* noteLabel() const { return m_note; }

Q_SIGNALS:
    void exportRequested();

private:
    ImageCanvas* m_result;
    ImageCanvas* m_baseline;
    ImageCanvas* m_reference;
    QLabel* m_resultMetrics;
    QLabel* m_baselineMetrics;
    QLabel* m_referenceMetrics;
    QLabel* m_note;
    QPushButton* m_export;
    bool m_hasResult = false;
};
