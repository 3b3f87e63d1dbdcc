#pragma once
// The gallery filmstrip (ui.md): one row of thumbnails, newest first. Click to view, double-click to
// restore the parameters, drag out to a file manager; a hint replaces it while it is empty.
#include <QStackedWidget>

class GalleryModel;
class QLabel;
class QListView;

class GalleryStrip : public QStackedWidget {
    Q_OBJECT

public:
    explicit GalleryStrip(GalleryModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }

Q_SIGNALS:
    void viewRequested(int row);
    void restoreRequested(int row);

private:
    void updatePage();
    void showContextMenu(const QPoint& position);

    GalleryModel* m_model;
    QListView* m_view;
    QLabel* m_empty;
};
