#pragma once
// The Background view's brush (issue #5): two 8-bit layers at the reference image's resolution, "add" (painted =
// subject, keep) and "erase" (painted = background, replace), which become BackgroundOptions::brush_add and
// brush_erase. A stroke is a chain of round dabs with a soft edge (feather); the newest stroke wins where strokes
// overlap (painting one layer clears the other under the dab). Every stroke is one undo step; the history holds
// implicitly shared QImages, so unchanged layers cost nothing.
#include <QImage>
#include <QObject>
#include <QPointF>
#include <QRect>

#include <optional>
#include <vector>

#include "clue/image.h"

class BrushLayers : public QObject {
    Q_OBJECT

public:
    enum class Mode { Add, Erase };

    explicit BrushLayers(QObject* parent = nullptr);

    /// Starts over with empty layers of this size (the reference's); clears the history.
    void reset(const QSize& size);
    QSize size() const { return m_add.size(); }
    bool isEmpty() const;  ///< nothing painted on either layer

    /// One stroke: begin, any number of dabs along the pointer's path, end (then it is an undo step).
    /// `radius` in layer pixels (≥ 0.5); `feather` 0…1 = the share of the radius that fades out (0 = hard edge).
    void beginStroke(Mode mode, double radius, double feather);
    void strokeTo(const QPointF& point);
    void endStroke();
    bool isStroking() const { return m_stroking; }
    /// A whole stroke through `points` (tests, scripted demos).
    void paintStroke(Mode mode, double radius, double feather, const std::vector<QPointF>& points);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index + 1 < int(m_history.size()); }
    void undo();
    void redo();
    /// Empties both layers as one undoable step.
    void clear();

    /// 0 = not painted … 255 = fully painted (Grayscale8).
    const QImage& addLayer() const { return m_add; }
    const QImage& eraseLayer() const { return m_erase; }
    /// A layer as the core takes it (1-channel grey, painted = > 127); nullopt when nothing on it is painted.
    static std::optional<clue::Image> toClueImage(const QImage& layer);

    static constexpr int kMaxHistory = 64;

Q_SIGNALS:
    /// The layers changed inside `rect` (layer pixels; the whole layer after undo, redo, clear and reset).
    void changed(const QRect& rect);
    /// Undo/redo availability may have changed.
    void historyChanged();

private:
    struct Snapshot {
        QImage add, erase;
    };
    void dab(const QPointF& centre);
    void pushHistory();
    void restore(const Snapshot& snapshot);

    QImage m_add, m_erase;
    std::vector<Snapshot> m_history;  ///< m_history[m_index] is the current state
    int m_index = 0;
    bool m_stroking = false;
    bool m_strokeChanged = false;
    Mode m_mode = Mode::Add;
    double m_radius = 8.0;
    double m_feather = 0.0;
    QPointF m_last;
};
