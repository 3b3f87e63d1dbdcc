#pragma once
// The central canvas: an image scaled to fit (never cropped), a caption under it, and an
// empty-state sentence that tells the user what to do next instead of a blank area.
#include <QImage>
#include <QString>
#include <QWidget>

class ImageCanvas : public QWidget {
    Q_OBJECT

public:
    explicit ImageCanvas(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QString& caption = QString());
    void clearImage();
    QImage image() const { return m_image; }
    QString caption() const { return m_caption; }

    /// Shown while there is no image ("Open a model to start").
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_caption;
    QString m_emptyText;
};
