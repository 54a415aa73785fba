#pragma once

#include <QtWidgets/QWidget>

class QCustomPlot;

namespace cnnwb::app {
struct DatasetReport;
}

namespace cnnwb::ui {

/// Bar chart of a dataset's samples per split, with one bar per class side by side.
/// Datasets with more than kMaxClassBars classes get one bar of totals per split instead.
class DatasetChart final : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetChart(QWidget *parent = nullptr);

    void showReport(const app::DatasetReport &report);
    void clear();
    /// Returns the number of bar series on the chart.
    int seriesCount() const;

    static constexpr int kMaxClassBars = 12;

private:
    QCustomPlot *m_plot = nullptr;
};

} // namespace cnnwb::ui
