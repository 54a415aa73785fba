#include "datasetchart.h"

#include "app/datasetprobe.h"

#include <algorithm>

#include "qcustomplotinclude.h"

#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

namespace {
const QColor kClassColors[] = {QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                               QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};
}

DatasetChart::DatasetChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("datasetPlot"));
    m_plot->setMinimumHeight(150);
    m_plot->legend->setVisible(true);
    QFont font = m_plot->legend->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    m_plot->legend->setFont(font);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

int DatasetChart::seriesCount() const
{
    return m_plot->plottableCount();
}

void DatasetChart::clear()
{
    m_plot->clearPlottables();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DatasetChart::showReport(const app::DatasetReport &report)
{
    m_plot->clearPlottables();
    if (!report.error.isEmpty() || report.counts.isEmpty()) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int splits = int(report.splitNames.size());
    const bool perClass = report.classNames.size() <= kMaxClassBars;
    const int series = perClass ? int(report.classNames.size()) : 1;

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int split = 0; split < splits; ++split)
        ticker->addTick(split + 1, report.splitNames.at(split));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, splits + 0.6);
    m_plot->yAxis->setLabel(tr("Samples"));

    auto *group = new QCPBarsGroup(m_plot);
    double highest = 1;
    for (int index = 0; index < series; ++index) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        const QColor color = kClassColors[index % int(std::size(kClassColors))];
        bars->setPen(QPen(color.darker(130)));
        bars->setBrush(color);
        bars->setWidth(0.8 / series);
        bars->setBarsGroup(group);
        bars->setName(perClass ? report.classNames.at(index)
                               : tr("all %n classes", nullptr, int(report.classNames.size())));
        for (int split = 0; split < splits; ++split) {
            const QVector<qint64> &counts = report.counts.at(split);
            qint64 value = 0;
            if (perClass)
                value = counts.value(index);
            else
                for (qint64 count : counts)
                    value += count;
            bars->addData(split + 1, double(value));
            highest = std::max(highest, double(value));
        }
    }
    m_plot->yAxis->setRange(0, highest * 1.25);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cnnwb::ui
