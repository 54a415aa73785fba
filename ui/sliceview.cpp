#include "sliceview.h"

#include <algorithm>
#include <cmath>

#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QWheelEvent>

namespace cnnwb::ui {

SliceView::SliceView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sliceView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SliceView::setImage(const QImage &image)
{
    const bool resized = image.size() != m_image.size();
    m_image = image;
    if (resized || m_fitted)
        fitToWindow();
    update();
}

void SliceView::fitToWindow()
{
    m_fitted = true;
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return;
    m_zoom = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    m_offset = QPointF((width() - m_image.width() * m_zoom) / 2, (height() - m_image.height() * m_zoom) / 2);
    update();
}

void SliceView::setZoom(double zoom)
{
    zoomAround(zoom, QPointF(width() / 2.0, height() / 2.0));
}

void SliceView::zoomAround(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, 1.0 / 16, 64.0);
    // The image point under ANCHOR stays under it.
    const QPointF imagePoint = (anchor - m_offset) / m_zoom;
    m_zoom = zoom;
    m_offset = anchor - imagePoint * m_zoom;
    m_fitted = false;
    update();
}

void SliceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    // Nearest-neighbour scaling when zoomed in shows the pixels, as EM viewers do.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1);
    const QRectF target(m_offset, QSizeF(m_image.width() * m_zoom, m_image.height() * m_zoom));
    painter.drawImage(target, m_image);
}

void SliceView::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        fitToWindow();
}

void SliceView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(m_zoom * std::pow(1.25, steps), event->position());
    event->accept();
}

void SliceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void SliceView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_offset += event->position() - m_dragStart;
        m_dragStart = event->position();
        m_fitted = false;
        update();
    }
    if (!m_image.isNull()) {
        const QPointF point = (event->position() - m_offset) / m_zoom;
        const bool inside = point.x() >= 0 && point.y() >= 0 && point.x() < m_image.width() && point.y() < m_image.height();
        Q_EMIT pixelHovered(inside ? int(point.x()) : -1, inside ? int(point.y()) : -1);
    }
}

void SliceView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
}

void SliceView::mouseDoubleClickEvent(QMouseEvent *)
{
    fitToWindow();
}

void SliceView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        Q_EMIT sliceStepRequested(1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        Q_EMIT sliceStepRequested(-1);
        break;
    case Qt::Key_PageDown:
        Q_EMIT sliceStepRequested(10);
        break;
    case Qt::Key_PageUp:
        Q_EMIT sliceStepRequested(-10);
        break;
    case Qt::Key_Home:
        Q_EMIT firstSliceRequested();
        break;
    case Qt::Key_End:
        Q_EMIT lastSliceRequested();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace cnnwb::ui
