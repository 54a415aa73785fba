#include "xrayview.h"

#include <QtGui/QWheelEvent>
#include <QtWidgets/QGraphicsPixmapItem>
#include <QtWidgets/QGraphicsScene>

#include <cmath>

namespace cnnwb::ui {

XrayView::XrayView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(Qt::black);
    m_image = scene()->addPixmap(QPixmap());
    m_overlay = scene()->addPixmap(QPixmap());
    m_overlay->setZValue(1);
    m_overlay->setOpacity(0.5);
    m_overlay->setTransformationMode(Qt::SmoothTransformation);
}

void XrayView::setImage(const QImage &image)
{
    m_image->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_image->boundingRect());
    clearOverlay();
    fitImage();
}

void XrayView::setOverlay(const QImage &overlay, const QRectF &target)
{
    m_overlay->setPixmap(QPixmap::fromImage(overlay));
    QTransform transform;
    transform.translate(target.x(), target.y());
    transform.scale(target.width() / std::max(1, overlay.width()), target.height() / std::max(1, overlay.height()));
    m_overlay->setTransform(transform);
    m_overlay->setVisible(true);
}

void XrayView::clearOverlay()
{
    m_overlay->setPixmap(QPixmap());
    m_overlay->setVisible(false);
}

void XrayView::setOverlayOpacity(double opacity)
{
    m_overlay->setOpacity(std::clamp(opacity, 0.0, 1.0));
}

void XrayView::fitImage()
{
    if (m_image->pixmap().isNull())
        return;
    fitInView(m_image, Qt::KeepAspectRatio);
    m_fitted = true;
}

double XrayView::zoom() const
{
    return transform().m11();
}

void XrayView::wheelEvent(QWheelEvent *event)
{
    // One wheel notch (120 units) zooms by 15 %, between 1/20 and 40 times.
    const double factor = std::pow(1.15, event->angleDelta().y() / 120.0);
    const double next = zoom() * factor;
    if (next < 0.05 || next > 40)
        return;
    scale(factor, factor);
    m_fitted = false;
    event->accept();
}

void XrayView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitImage();
}

} // namespace cnnwb::ui
