#pragma once

#include <QtWidgets/QGraphicsView>

class QGraphicsPixmapItem;

namespace cnnwb::ui {

/// An image view with zoom (mouse wheel, keeping the point under the cursor) and pan
/// (drag), and an optional heat-map overlay stretched over a rectangle of the image.
class XrayView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit XrayView(QWidget *parent = nullptr);

    /// Shows IMAGE and fits it into the view; clears the overlay.
    void setImage(const QImage &image);
    /// Shows OVERLAY (any format with alpha) stretched over TARGET, in image pixels.
    void setOverlay(const QImage &overlay, const QRectF &target);
    void clearOverlay();
    /// Sets the overlay's opacity, 0 (hidden) to 1.
    void setOverlayOpacity(double opacity);
    /// Scales the view so the whole image is visible.
    void fitImage();
    /// Returns the current zoom factor (1 = one image pixel per screen pixel).
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_image = nullptr;
    QGraphicsPixmapItem *m_overlay = nullptr;
    bool m_fitted = true;
};

} // namespace cnnwb::ui
