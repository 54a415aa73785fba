#include "characterclassifier.h"

#include "models/errors.h"
#include "models/runfolder.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace cnnwb::app {
namespace {

// Character models take one grey channel; the pneumonia and U-Net specs are excluded.
const models::ModelSpec *characterSpec(const QString &modelId)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(modelId);
    if (!spec || spec->task != models::TaskKind::MultiClassClassification || spec->inputShape[0] != 1)
        return nullptr;
    return spec;
}

} // namespace

GreyImage GreyImage::fromMat(const cv::Mat &grey)
{
    CV_Assert(grey.type() == CV_8UC1);
    GreyImage image;
    image.width = grey.cols;
    image.height = grey.rows;
    image.pixels.resize(qsizetype(grey.cols) * grey.rows);
    for (int y = 0; y < grey.rows; ++y)
        std::memcpy(image.pixels.data() + qsizetype(y) * grey.cols, grey.ptr<uchar>(y), std::size_t(grey.cols));
    return image;
}

QVector<CharacterCheckpoint> findCharacterCheckpoints(const QString &runsParent)
{
    struct Found
    {
        CharacterCheckpoint checkpoint;
        QDateTime modified;
    };
    QVector<Found> found;
    const QFileInfoList folders = QDir(runsParent).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : folders) {
        if (!models::RunFolder::isRunFolder(info.filePath()))
            continue;
        const models::RunFolder run(info.filePath());
        const QJsonObject model = run.readJson(QStringLiteral("config.json")).value(QStringLiteral("model")).toObject();
        const QString modelId = model.value(QStringLiteral("id")).toString();
        if (!characterSpec(modelId))
            continue;
        for (const bool best : {true, false}) {
            const QFileInfo file(best ? run.bestCheckpointPath() : run.lastCheckpointPath());
            if (!file.isFile())
                continue;
            CharacterCheckpoint checkpoint;
            checkpoint.path = file.filePath();
            checkpoint.runName = run.name();
            checkpoint.modelId = modelId;
            checkpoint.classCount = int(model.value(QStringLiteral("classes")).toArray().size());
            checkpoint.best = best;
            found.append({checkpoint, file.lastModified()});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.checkpoint.runName != b.checkpoint.runName)
            return a.modified > b.modified;
        return a.checkpoint.best && !b.checkpoint.best;
    });
    QVector<CharacterCheckpoint> result;
    for (const Found &item : found)
        result.append(item.checkpoint);
    return result;
}

std::unique_ptr<CharacterClassifier> CharacterClassifier::load(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "Checkpoint %1 not found. Choose a best.pt or last.pt of a character model.")
                                     .arg(path)
                                     .toStdString());
    const models::CheckpointMeta meta = models::readCheckpointMeta(path);
    const models::ModelSpec *spec = characterSpec(meta.modelId);
    if (!spec)
        throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "%1 contains a %2 model, not a character model. Choose a checkpoint of a hanzi run.")
                                     .arg(path, meta.modelId)
                                     .toStdString());
    if (meta.classNames.isEmpty())
        throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "%1 stores no class names, so its predictions cannot be named. Train the model again with this version.")
                                     .arg(path)
                                     .toStdString());

    models::OptionValues options;
    if (const QString error = models::checkpointOptions(meta, *spec, options); !error.isEmpty())
        throw std::runtime_error(QStringLiteral("%1: %2").arg(path, error).toStdString());

    std::unique_ptr<CharacterClassifier> classifier(new CharacterClassifier);
    classifier->m_path = path;
    classifier->m_inputSide = int(spec->inputShape[1]);
    classifier->m_network = spec->factory(options, meta.classNames.size());
    classifier->m_meta = models::loadCheckpoint(path, *classifier->m_network, nullptr, meta, false);
    classifier->m_network->eval();
    return classifier;
}

torch::Tensor CharacterClassifier::toInput(const cv::Mat &character)
{
    CV_Assert(character.type() == CV_8UC1 && character.isContinuous());
    // Shape 1×1×H×W, float32, ink 1 and paper 0, like the .gnt training samples.
    return torch::from_blob(const_cast<uchar *>(character.ptr<uchar>()), {1, 1, character.rows, character.cols},
                            torch::kUInt8)
        .to(torch::kFloat32)
        .div_(255.0);
}

torch::Tensor CharacterClassifier::probabilities(const cv::Mat &character)
{
    if (character.rows != m_inputSide || character.cols != m_inputSide)
        throw std::invalid_argument(QCoreApplication::translate("cnnwb::app", "The model expects a %1×%1 character, got %2×%3.")
                                        .arg(m_inputSide)
                                        .arg(character.cols)
                                        .arg(character.rows)
                                        .toStdString());
    torch::InferenceMode inference;
    return torch::softmax(m_network->forward(toInput(character)), 1)[0].contiguous();
}

QVector<CharacterCandidate> CharacterClassifier::topCandidates(const torch::Tensor &probabilities, int count) const
{
    const int top = std::min<int>(count, int(probabilities.size(0)));
    const auto [values, indices] = probabilities.topk(top);
    const auto valueAccessor = values.accessor<float, 1>();
    const auto indexAccessor = indices.accessor<std::int64_t, 1>();
    QVector<CharacterCandidate> candidates;
    candidates.reserve(top);
    for (int k = 0; k < top; ++k) {
        const int index = int(indexAccessor[k]);
        candidates.append({m_meta.classNames.value(index), index, double(valueAccessor[k])});
    }
    return candidates;
}

} // namespace cnnwb::app
