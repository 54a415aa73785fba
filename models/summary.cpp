#include "summary.h"

#include "network.h"
#include "zoo.h"

#include <torch/torch.h>

#include <QtCore/QLocale>
#include <QtCore/QStringList>

#include <algorithm>

namespace cnnwb::models {

ModelSummary summarize(Network &network, const std::array<std::int64_t, 3> &inputShape)
{
    const bool wasTraining = network.is_training();
    network.eval();
    torch::NoGradGuard noGrad;

    LayerTrace trace;
    const torch::Tensor input = torch::zeros({1, inputShape[0], inputShape[1], inputShape[2]});
    network.forwardTraced(input, trace);
    network.train(wasTraining);

    ModelSummary summary;
    summary.layers = trace.records();
    summary.inputShape = inputShape;
    summary.trainable = countParameters(network).trainable;
    for (const LayerRecord &layer : summary.layers) {
        summary.runningStats += layer.runningStats;
        summary.macs += layer.macs;
    }
    return summary;
}

QString formatCount(std::int64_t value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(value));
}

QString formatShape(const std::vector<std::int64_t> &shape)
{
    QStringList sides;
    for (std::int64_t side : shape)
        sides << QString::number(side);
    return sides.join(QStringLiteral("×"));
}

QString formatSummaryTable(const ModelSummary &summary, const QString &title)
{
    struct Row
    {
        QString name, type, shape, parameters, macs;
    };
    std::vector<Row> rows;
    rows.push_back({QStringLiteral("Layer"), QStringLiteral("Type"), QStringLiteral("Output shape"),
                    QStringLiteral("Params"), QStringLiteral("MACs")});
    for (const LayerRecord &layer : summary.layers) {
        rows.push_back({layer.name, layer.type, formatShape(layer.shape),
                        formatCount(layer.parameters), formatCount(layer.macs)});
    }

    int widths[5] = {0, 0, 0, 0, 0};
    for (const Row &row : rows) {
        widths[0] = std::max(widths[0], int(row.name.size()));
        widths[1] = std::max(widths[1], int(row.type.size()));
        widths[2] = std::max(widths[2], int(row.shape.size()));
        widths[3] = std::max(widths[3], int(row.parameters.size()));
        widths[4] = std::max(widths[4], int(row.macs.size()));
    }
    const int total = widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + 8;
    const QString rule = QString(total, QLatin1Char('-')) + QLatin1Char('\n');
    const QString heavyRule = QString(total, QLatin1Char('=')) + QLatin1Char('\n');

    QString text;
    text += title + QLatin1Char('\n');
    text += QStringLiteral("Input: %1\n").arg(formatShape({summary.inputShape.begin(),
                                                           summary.inputShape.end()}));
    text += heavyRule;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        text += row.name.leftJustified(widths[0]) + QStringLiteral("  ")
                + row.type.leftJustified(widths[1]) + QStringLiteral("  ")
                + row.shape.leftJustified(widths[2]) + QStringLiteral("  ")
                + row.parameters.rightJustified(widths[3]) + QStringLiteral("  ")
                + row.macs.rightJustified(widths[4]) + QLatin1Char('\n');
        if (i == 0)
            text += rule;
    }
    text += heavyRule;
    text += QStringLiteral("Trainable parameters:          %1\n").arg(formatCount(summary.trainable));
    text += QStringLiteral("BN running-statistic elements: %1\n").arg(formatCount(summary.runningStats));
    text += QStringLiteral("Forward MACs per sample:       %1\n").arg(formatCount(summary.macs));
    return text;
}

} // namespace cnnwb::models
