#include "zoo.h"

#include "hanzinet.h"
#include "layers.h"
#include "pneumonianet.h"
#include "unet.h"

#include "data/gb2312.h"

#include <QtCore/QCoreApplication>

namespace cnnwb::models {
namespace {

QVector<OptionSpec> pneumoniaOptions()
{
    OptionSpec blocks;
    blocks.key = QStringLiteral("separable_blocks");
    blocks.kind = OptionKind::Integer;
    blocks.defaultValue = QStringLiteral("3");
    blocks.minimum = 1;
    blocks.maximum = 5;
    blocks.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Blocks of separable convolutions after the first two convolutions, each ending in a 2×2 pool");

    OptionSpec dense;
    dense.key = QStringLiteral("dense_units");
    dense.kind = OptionKind::IntegerList;
    dense.defaultValue = QStringLiteral("1024,512");
    dense.minimum = 1;
    dense.maximum = 8192;
    dense.minCount = 1;
    dense.maxCount = 4;
    dense.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Widths of the hidden dense layers, comma-separated; their count sets the dense depth");

    OptionSpec dropout;
    dropout.key = QStringLiteral("dropout");
    dropout.kind = OptionKind::RealList;
    dropout.defaultValue = QStringLiteral("0.7,0.5");
    dropout.minimum = 0;
    dropout.maximum = 0.95;
    dropout.minCount = 1;
    dropout.maxCount = 4;
    dropout.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Dropout rate after each hidden dense layer: one rate for all, or one per layer");
    return {blocks, dense, dropout};
}

QVector<OptionSpec> hanziOptions()
{
    OptionSpec convs;
    convs.key = QStringLiteral("conv_channels");
    convs.kind = OptionKind::IntegerList;
    convs.defaultValue = QStringLiteral("64,128,256");
    convs.minimum = 1;
    convs.maximum = 1024;
    convs.minCount = 1;
    convs.maxCount = 5;
    convs.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Channels of each 3×3 convolution, comma-separated; each is followed by a 2×2 pool");

    OptionSpec dense;
    dense.key = QStringLiteral("dense_units");
    dense.kind = OptionKind::IntegerList;
    dense.defaultValue = QStringLiteral("1024");
    dense.minimum = 1;
    dense.maximum = 8192;
    dense.minCount = 1;
    dense.maxCount = 3;
    dense.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Widths of the hidden dense layers, comma-separated");

    OptionSpec dropout;
    dropout.key = QStringLiteral("dropout");
    dropout.kind = OptionKind::Real;
    dropout.defaultValue = QStringLiteral("0.5");
    dropout.minimum = 0;
    dropout.maximum = 0.95;
    dropout.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Dropout rate before every dense layer");
    return {convs, dense, dropout};
}

QVector<OptionSpec> unetOptions()
{
    OptionSpec depth;
    depth.key = QStringLiteral("depth");
    depth.kind = OptionKind::Integer;
    depth.defaultValue = QStringLiteral("4");
    depth.minimum = 1;
    depth.maximum = 6;
    depth.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Encoder levels; each halves the resolution, and input sides must divide by 2^depth");

    OptionSpec base;
    base.key = QStringLiteral("base_channels");
    base.kind = OptionKind::Integer;
    base.defaultValue = QStringLiteral("64");
    base.minimum = 1;
    base.maximum = 256;
    base.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Channels of the first level; each deeper level doubles them");

    OptionSpec dropout;
    dropout.key = QStringLiteral("dropout");
    dropout.kind = OptionKind::Real;
    dropout.defaultValue = QStringLiteral("0.5");
    dropout.minimum = 0;
    dropout.maximum = 0.95;
    dropout.description = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Dropout rate after each pool, the bottleneck and each concatenation");
    return {depth, base, dropout};
}

} // namespace

QString taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::BinaryClassification:
        return QCoreApplication::translate("cnnwb::models::Zoo", "Binary classification");
    case TaskKind::MultiClassClassification:
        return QCoreApplication::translate("cnnwb::models::Zoo", "Multi-class classification");
    case TaskKind::Segmentation:
        return QCoreApplication::translate("cnnwb::models::Zoo", "Segmentation");
    }
    return {};
}

QString taskKindId(TaskKind kind)
{
    switch (kind) {
    case TaskKind::BinaryClassification:
        return QStringLiteral("binary");
    case TaskKind::MultiClassClassification:
        return QStringLiteral("multiclass");
    case TaskKind::Segmentation:
        return QStringLiteral("segmentation");
    }
    return {};
}

QString ModelSpec::translatedName() const
{
    return QCoreApplication::translate("cnnwb::models::Zoo", displayName);
}

QString ModelSpec::translatedSummary() const
{
    return QCoreApplication::translate("cnnwb::models::Zoo", summary);
}

NetworkPtr ModelSpec::create(const OptionValues &values) const
{
    return factory(values, classNames.size());
}

Zoo::Zoo()
{
    ModelSpec pneumonia;
    pneumonia.id = QStringLiteral("pneumonia");
    pneumonia.displayName = QT_TRANSLATE_NOOP("cnnwb::models::Zoo", "Pneumonia diagnosis");
    pneumonia.summary = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "VGG-style network with depthwise-separable convolutions and batch norm. Classifies "
        "chest X-rays as NORMAL or PNEUMONIA. Trains on the Kermany \"Chest X-Ray Images "
        "(Pneumonia)\" folders: train|val|test/NORMAL|PNEUMONIA/*.jpeg.");
    pneumonia.task = TaskKind::BinaryClassification;
    pneumonia.inputShape = {3, 224, 224};
    pneumonia.classNames = {QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")};
    pneumonia.datasetFormat = QStringLiteral("xray-folders");
    pneumonia.options = pneumoniaOptions();
    pneumonia.factory = [](const OptionValues &values, std::int64_t classes) {
        PneumoniaNetOptions options;
        options.classes = classes;
        options.separableBlocks = values.integer(QStringLiteral("separable_blocks"));
        options.denseUnits = values.integerList(QStringLiteral("dense_units"));
        options.dropout = values.realList(QStringLiteral("dropout"));
        return NetworkPtr(std::make_shared<PneumoniaNet>(options));
    };
    m_models.push_back(pneumonia);

    ModelSpec hanzi;
    hanzi.id = QStringLiteral("hanzi");
    hanzi.displayName = QT_TRANSLATE_NOOP("cnnwb::models::Zoo", "Handwritten Chinese characters");
    hanzi.summary = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "Three 3×3 convolutions with max pooling and a dense layer. Recognises the 3755 "
        "GB2312 level-1 characters in 64×64 grey images. Trains on CASIA HWDB1.x .gnt files "
        "or on the font-rendered demo set.");
    hanzi.task = TaskKind::MultiClassClassification;
    hanzi.inputShape = {1, 64, 64};
    hanzi.classNames = data::gb2312::level1Characters();
    hanzi.datasetFormat = QStringLiteral("gnt");
    hanzi.options = hanziOptions();
    hanzi.factory = [](const OptionValues &values, std::int64_t classes) {
        HanziNetOptions options;
        options.classes = classes;
        options.convChannels = values.integerList(QStringLiteral("conv_channels"));
        options.denseUnits = values.integerList(QStringLiteral("dense_units"));
        options.dropout = values.real(QStringLiteral("dropout"));
        return NetworkPtr(std::make_shared<HanziNet>(options));
    };
    m_models.push_back(hanzi);

    ModelSpec unet;
    unet.id = QStringLiteral("unet");
    unet.displayName = QT_TRANSLATE_NOOP("cnnwb::models::Zoo", "EM membrane segmentation");
    unet.summary = QT_TRANSLATE_NOOP("cnnwb::models::Zoo",
        "U-Net with batch norm that marks cell membranes in electron-microscopy slices. "
        "Trains on the ISBI 2012 stacks (multi-page TIFF) or on folders of image/label slices.");
    unet.task = TaskKind::Segmentation;
    unet.inputShape = {1, 256, 256};
    unet.classNames = {QStringLiteral("membrane")};
    unet.datasetFormat = QStringLiteral("em-stack");
    unet.options = unetOptions();
    unet.factory = [](const OptionValues &values, std::int64_t) {
        UNetOptions options;
        options.depth = values.integer(QStringLiteral("depth"));
        options.baseChannels = values.integer(QStringLiteral("base_channels"));
        options.dropout = values.real(QStringLiteral("dropout"));
        return NetworkPtr(std::make_shared<UNet>(options));
    };
    m_models.push_back(unet);
}

const Zoo &Zoo::instance()
{
    static const Zoo zoo;
    return zoo;
}

const ModelSpec *Zoo::find(const QString &id) const
{
    for (const ModelSpec &spec : m_models) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

QStringList Zoo::ids() const
{
    QStringList result;
    for (const ModelSpec &spec : m_models)
        result << spec.id;
    return result;
}

ParameterCount countParameters(const torch::nn::Module &network)
{
    ParameterCount count;
    for (const auto &parameter : network.parameters()) {
        if (parameter.requires_grad())
            count.trainable += parameter.numel();
    }
    for (const auto &buffer : network.named_buffers()) {
        if (isRunningStatistic(buffer.key()))
            count.runningStats += buffer.value().numel();
    }
    return count;
}

} // namespace cnnwb::models
