#include "handwritingcanvas.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QTabletEvent>
#include <QtGui/QTouchEvent>

#include <algorithm>
#include <cmath>

namespace cnnwb::ui {
namespace {

// Colours a Grayscale8 saliency map: blue (low) through green and yellow to red (high),
// with the opacity rising with the value so the ink stays visible under weak regions.
QImage colourSaliency(const QImage &grey)
{
    QImage coloured(grey.size(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *source = grey.constScanLine(y);
        auto *target = reinterpret_cast<QRgb *>(coloured.scanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            const double value = source[x] / 255.0;
            const QColor colour = QColor::fromHsvF(float((1.0 - value) * 240.0 / 360.0), 1.0f, 1.0f,
                                                   float(0.6 * value));
            target[x] = qPremultiply(colour.rgba());
        }
    }
    return coloured;
}

bool hasPositiveValue(const QImage &grey)
{
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        if (std::any_of(line, line + grey.width(), [](uchar value) { return value > 0; }))
            return true;
    }
    return false;
}

} // namespace

HandwritingCanvas::HandwritingCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("handwritingCanvas"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

data::Drawing HandwritingCanvas::drawing(bool includeCurrent) const
{
    data::Drawing result;
    result.penWidth = m_penWidth;
    result.strokes = m_strokes;
    if (includeCurrent && m_drawing && !m_current.points.empty())
        result.strokes.push_back(m_current);

    // The rasterised canvas must hold every point even after the widget shrank.
    double right = width();
    double bottom = height();
    for (const data::Stroke &stroke : result.strokes) {
        for (const data::StrokePoint &point : stroke.points) {
            right = std::max(right, point.x + m_penWidth);
            bottom = std::max(bottom, point.y + m_penWidth);
        }
    }
    result.canvasSize = QSizeF(std::ceil(right), std::ceil(bottom));
    return result;
}

void HandwritingCanvas::setDrawing(const data::Drawing &drawing)
{
    m_strokes = drawing.strokes;
    m_redo.clear();
    m_current = {};
    m_drawing = false;
    m_penWidth = drawing.penWidth;
    m_saliency = QImage();
    update();
    Q_EMIT drawingChanged();
}

void HandwritingCanvas::setPenWidth(double width)
{
    m_penWidth = std::clamp(width, 1.0, 64.0);
    update();
}

void HandwritingCanvas::setSaliency(const QImage &heatmap, const QRect &inputBox, const QRect &inkBox)
{
    m_saliency = QImage();
    if (!heatmap.isNull() && !inputBox.isEmpty() && !inkBox.isEmpty()) {
        const QImage cropped = heatmap.convertToFormat(QImage::Format_Grayscale8).copy(inputBox);
        if (hasPositiveValue(cropped)) {
            m_saliency = colourSaliency(cropped);
            m_saliencyBox = inkBox;
        }
    }
    update();
}

void HandwritingCanvas::undo()
{
    if (m_strokes.empty())
        return;
    m_redo.push_back(std::move(m_strokes.back()));
    m_strokes.pop_back();
    m_saliency = QImage();
    update();
    Q_EMIT drawingChanged();
}

void HandwritingCanvas::redo()
{
    if (m_redo.empty())
        return;
    m_strokes.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    m_saliency = QImage();
    update();
    Q_EMIT drawingChanged();
}

void HandwritingCanvas::clear()
{
    if (m_strokes.empty() && m_redo.empty() && !m_drawing)
        return;
    m_strokes.clear();
    m_redo.clear();
    m_current = {};
    m_drawing = false;
    m_saliency = QImage();
    update();
    Q_EMIT drawingChanged();
}

void HandwritingCanvas::beginStroke(const QPointF &position, double pressure)
{
    if (m_strokes.empty() || !m_clock.isValid())
        m_clock.start();
    m_current = {};
    m_current.points.push_back({position.x(), position.y(), m_clock.elapsed(), pressure});
    m_drawing = true;
    m_saliency = QImage();
    update();
    Q_EMIT strokeStarted();
}

void HandwritingCanvas::extendStroke(const QPointF &position, double pressure)
{
    if (!m_drawing)
        return;
    const data::StrokePoint &last = m_current.points.back();
    // Repeated events at one position add nothing but time.
    if (last.x == position.x() && last.y == position.y() && last.pressure == pressure)
        return;
    m_current.points.push_back({position.x(), position.y(), m_clock.elapsed(), pressure});
    update();
}

void HandwritingCanvas::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    m_strokes.push_back(std::move(m_current));
    m_current = {};
    m_redo.clear();
    update();
    Q_EMIT strokeFinished();
    Q_EMIT drawingChanged();
}

void HandwritingCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    beginStroke(event->position(), 1.0);
    event->accept();
}

void HandwritingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    extendStroke(event->position(), 1.0);
    event->accept();
}

void HandwritingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    extendStroke(event->position(), 1.0);
    endStroke();
    event->accept();
}

void HandwritingCanvas::tabletEvent(QTabletEvent *event)
{
    // Accepting the tablet event stops Qt from synthesising the matching mouse event.
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        extendStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        endStroke();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

bool HandwritingCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        // One finger writes; further fingers are ignored rather than drawn as extra strokes.
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().constFirst();
        if (event->type() == QEvent::TouchBegin)
            beginStroke(point.position(), 1.0);
        else if (event->type() == QEvent::TouchUpdate)
            extendStroke(point.position(), 1.0);
        else {
            extendStroke(point.position(), 1.0);
            endStroke();
        }
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        m_current = {};
        m_drawing = false;
        update();
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void HandwritingCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    paintGuides(painter);

    painter.setRenderHint(QPainter::Antialiasing);
    for (const data::Stroke &stroke : m_strokes)
        paintStroke(painter, stroke);
    if (m_drawing)
        paintStroke(painter, m_current);

    if (!m_saliency.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(m_saliencyBox), m_saliency);
    }

    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void HandwritingCanvas::paintGuides(QPainter &painter) const
{
    // The 米-shaped grid of Chinese exercise books: a square, its midlines and diagonals.
    const int side = std::min(width(), height()) - 16;
    if (side <= 0)
        return;
    const QRectF square((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QPen solid(QColor(0xd0, 0x70, 0x70), 1);
    painter.setPen(solid);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(square);
    QPen dashed(QColor(0xe8, 0xb0, 0xb0), 1, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(QPointF(square.center().x(), square.top()), QPointF(square.center().x(), square.bottom()));
    painter.drawLine(QPointF(square.left(), square.center().y()), QPointF(square.right(), square.center().y()));
    painter.drawLine(square.topLeft(), square.bottomRight());
    painter.drawLine(square.topRight(), square.bottomLeft());
}

void HandwritingCanvas::paintStroke(QPainter &painter, const data::Stroke &stroke) const
{
    if (stroke.points.empty())
        return;
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (stroke.points.size() == 1) {
        const data::StrokePoint &dot = stroke.points.front();
        pen.setWidthF(data::strokeWidth(m_penWidth, dot.pressure));
        painter.setPen(pen);
        painter.drawPoint(QPointF(dot.x, dot.y));
        return;
    }
    for (std::size_t i = 1; i < stroke.points.size(); ++i) {
        const data::StrokePoint &from = stroke.points[i - 1];
        const data::StrokePoint &to = stroke.points[i];
        // The same width rule as the rasteriser, so the drawn ink matches the network input.
        pen.setWidthF(data::strokeWidth(m_penWidth, (from.pressure + to.pressure) / 2.0));
        painter.setPen(pen);
        painter.drawLine(QPointF(from.x, from.y), QPointF(to.x, to.y));
    }
}

} // namespace cnnwb::ui
