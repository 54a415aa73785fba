#pragma once

#include <QtCore/QPointF>
#include <QtGui/QImage>
#include <QtWidgets/QWidget>

namespace cnnwb::ui {

/// Shows one composed slice image with zoom (mouse wheel, + and -, 0 to fit) and pan
/// (dragging). Slice keys (arrows, Page Up/Down, Home, End) are passed on as signals.
class SliceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SliceView(QWidget *parent = nullptr);

    /// Shows IMAGE; the zoom and pan stay unless the image size changes.
    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    /// Returns the scale from image to widget pixels.
    double zoom() const { return m_zoom; }
    /// Sets the zoom (clamped to 1/16 to 64), keeping the widget centre in place.
    void setZoom(double zoom);
    /// Scales the image to fit the widget and centres it.
    void fitToWindow();

Q_SIGNALS:
    /// A key asked for the slice DELTA steps away (±1, ±10) or for the first or last slice.
    void sliceStepRequested(int delta);
    void firstSliceRequested();
    void lastSliceRequested();
    /// The pointer moved over image pixel (X, Y); (-1, -1) when it left the image.
    void pixelHovered(int x, int y);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void zoomAround(double zoom, const QPointF &anchor);

    QImage m_image;
    double m_zoom = 1;
    QPointF m_offset;        ///< widget position of the image's top-left corner
    bool m_fitted = true;    ///< refits on resize until the user zooms or pans
    bool m_dragging = false;
    QPointF m_dragStart;
};

} // namespace cnnwb::ui
