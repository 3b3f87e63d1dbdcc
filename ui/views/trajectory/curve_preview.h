#pragma once
// The Trajectory view's preview: the image at the curve position t ∈ [0, 1] of the Bézier path, with a slider under
// it. Moving the slider shows the nearest precomputed frame at once; when the slider is released (or rests for a
// moment) and t lies between frames, exactPointWanted(t) asks the view to decode the exact point on the worker.
#include <QImage>
#include <QWidget>

#include <vector>

class ImageCanvas;
class QLabel;
class QSlider;
class QTimer;

class CurvePreview : public QWidget {
    Q_OBJECT

public:
    explicit CurvePreview(QWidget* parent = nullptr);

    /// The K frames at t = k / (K − 1); shows the frame at the slider's position. Empty clears the preview.
    void setFrames(const std::vector<QImage>& frames);
    int frameCount() const { return int(m_frames.size()); }
    /// The slider's curve position t.
    double position() const;
    /// Moves the slider (as a user would, with notify: the nearest frame shows and an exact decode may follow).
    void setPosition(double t, bool notify = true);
    /// The frame nearest to t, and whether t is exactly on it (then no decode is needed).
    int nearestFrame(double t) const;
    bool isOnFrame(double t) const;
    /// The decoded point at t arrived: shown when the slider is still there.
    void showExact(double t, const QImage& image);
    /// Any other image (a control point clicked in the strip) with a caption.
    void showImage(const QImage& image, const QString& caption);
    /// What is shown now: "frame" (nearest frame), "exact" (decoded point), "point" (control point) or "".
    QString shownKind() const { return m_kind; }

    ImageCanvas* canvas() const { return m_canvas; }
    QSlider* slider() const { return m_slider; }
    static constexpr int kTicks = 1000;  ///< slider resolution: t = ticks / kTicks
    /// The idle time after which a resting slider asks for the exact point (default 300 ms).
    void setIdleMs(int ms);

Q_SIGNALS:
    void exactPointWanted(double t);

private:
    void onMoved();
    void requestExact();

    ImageCanvas* m_canvas;
    QSlider* m_slider;
    QLabel* m_value;
    QTimer* m_idle;
    std::vector<QImage> m_frames;
    QString m_kind;
};
