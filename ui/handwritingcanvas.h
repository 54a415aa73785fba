#pragma once

#include "data/strokes.h"

#include <QtCore/QElapsedTimer>
#include <QtGui/QImage>
#include <QtWidgets/QWidget>

#include <vector>

namespace cnnwb::ui {

/// A square-ruled writing surface that records strokes from a mouse, a tablet pen (with
/// pressure) or a finger as timed points in logical coordinates.
///
/// Undo and redo work on whole strokes. The canvas never moves or rescales recorded points,
/// so resizing the widget or moving it to a screen of another device pixel ratio leaves the
/// drawing, and therefore the network input, unchanged.
class HandwritingCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit HandwritingCanvas(QWidget *parent = nullptr);

    /// Returns the finished strokes, plus the stroke being drawn when INCLUDE_CURRENT is
    /// true. The canvas size covers the widget and every point.
    data::Drawing drawing(bool includeCurrent = false) const;
    /// Replaces the strokes with those of DRAWING (its pen width too) and clears redo.
    void setDrawing(const data::Drawing &drawing);

    /// Ink width at full pressure, in logical pixels.
    double penWidth() const { return m_penWidth; }
    void setPenWidth(double width);

    bool isEmpty() const { return m_strokes.empty() && !m_drawing; }
    /// Returns true between pen-down and pen-up.
    bool isDrawing() const { return m_drawing; }
    bool canUndo() const { return !m_strokes.empty(); }
    bool canRedo() const { return !m_redo.empty(); }

    /// Overlays a saliency map on the ink: HEATMAP (Grayscale8) covers the network input,
    /// and INPUT_BOX in it was scaled from INK_BOX of the canvas. A null image removes it.
    /// A map without any positive value draws nothing, so it counts as none.
    void setSaliency(const QImage &heatmap, const QRect &inputBox, const QRect &inkBox);
    /// Returns true while a saliency map is drawn over the ink.
    bool hasSaliency() const { return !m_saliency.isNull(); }

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

public Q_SLOTS:
    void undo();
    void redo();
    void clear();

Q_SIGNALS:
    /// Sent at pen-down.
    void strokeStarted();
    /// Sent at pen-up, after the stroke joined the drawing.
    void strokeFinished();
    /// Sent whenever the finished strokes change: a stroke, undo, redo, clear.
    void drawingChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override;

private:
    void beginStroke(const QPointF &position, double pressure);
    void extendStroke(const QPointF &position, double pressure);
    void endStroke();
    void paintGuides(QPainter &painter) const;
    void paintStroke(QPainter &painter, const data::Stroke &stroke) const;

    std::vector<data::Stroke> m_strokes;
    std::vector<data::Stroke> m_redo;
    data::Stroke m_current;
    bool m_drawing = false;
    double m_penWidth = 12;
    QElapsedTimer m_clock; ///< started at the drawing's first pen-down

    QImage m_saliency;     ///< coloured, premultiplied, already cropped to the ink box
    QRect m_saliencyBox;   ///< where m_saliency lies, in logical canvas pixels
};

} // namespace cnnwb::ui
