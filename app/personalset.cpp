#include "personalset.h"

#include "data/dataerror.h"
#include "data/gb2312.h"
#include "data/gntreader.h"
#include "data/gntwriter.h"
#include "models/errors.h"

#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

#include <algorithm>
#include <exception>

namespace cnnwb::app {
namespace {

constexpr int kTopK = 5;

} // namespace

QString PersonalSet::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable(kFolderVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/handwriting");
}

PersonalSet::PersonalSet(const QString &folder)
    : m_folder(folder)
{
}

QString PersonalSet::gntPath() const
{
    return m_folder + QStringLiteral("/handwriting.gnt");
}

QString PersonalSet::strokesPath() const
{
    return m_folder + QStringLiteral("/handwriting.json");
}

bool PersonalSet::load(QString *error)
{
    m_samples.clear();
    QFile file(strokesPath());
    if (!file.exists())
        return true;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("cnnwb::app", "%1: cannot open for reading: %2")
                        .arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray samples = document.object().value(QStringLiteral("samples")).toArray();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QCoreApplication::translate("cnnwb::app", "%1 is not valid JSON (%2). Move it away to start a new personal set.")
                        .arg(file.fileName(), parseError.errorString()));

    QVector<PersonalSample> loaded;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject json = samples.at(i).toObject();
        PersonalSample sample;
        sample.character = json.value(QStringLiteral("character")).toString();
        sample.saved = QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        QString drawingError;
        if (sample.character.isEmpty()
            || !data::drawingFromJson(json.value(QStringLiteral("drawing")).toObject(), sample.drawing, &drawingError))
            return fail(QCoreApplication::translate("cnnwb::app", "%1, sample %2: %3")
                            .arg(file.fileName())
                            .arg(i + 1)
                            .arg(drawingError.isEmpty()
                                     ? QCoreApplication::translate("cnnwb::app", "\"character\" is missing")
                                     : drawingError));
        loaded.append(sample);
    }
    m_samples = loaded;
    return true;
}

cv::Mat PersonalSet::gntBitmap(const data::Drawing &drawing, int margin)
{
    const cv::Mat canvas = data::rasterizeDrawing(drawing);
    cv::Mat inkMask;
    cv::compare(canvas, 250, inkMask, cv::CMP_LT);
    const cv::Rect box = cv::boundingRect(inkMask);
    if (box.area() == 0)
        return {};
    cv::Mat bitmap;
    cv::copyMakeBorder(canvas(box), bitmap, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar(255));
    return bitmap;
}

bool PersonalSet::add(const QString &character, const data::Drawing &drawing, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString trimmed = character.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("cnnwb::app", "Type or pick the character this drawing was meant to be."));
    if (data::gb2312::encode(trimmed) == 0)
        return fail(QCoreApplication::translate("cnnwb::app", "\"%1\" is not a GB2312 character, so a .gnt file cannot store it. Enter one simplified Chinese character.")
                        .arg(trimmed));
    if (gntBitmap(drawing).empty())
        return fail(QCoreApplication::translate("cnnwb::app", "The drawing is empty. Draw the character first."));

    QVector<PersonalSample> samples = m_samples;
    samples.append({trimmed, drawing, QDateTime::currentDateTimeUtc()});
    if (!write(samples, error))
        return false;
    m_samples = samples;
    return true;
}

bool PersonalSet::remove(int index, QString *error)
{
    if (index < 0 || index >= m_samples.size())
        return true;
    QVector<PersonalSample> samples = m_samples;
    samples.removeAt(index);
    if (!write(samples, error))
        return false;
    m_samples = samples;
    return true;
}

bool PersonalSet::write(const QVector<PersonalSample> &samples, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("cnnwb::app", "Cannot create the folder %1. Check its permissions.").arg(m_folder);
        return false;
    }

    std::vector<data::GntSample> records;
    QJsonArray json;
    for (const PersonalSample &sample : samples) {
        records.push_back({data::gb2312::encode(sample.character), gntBitmap(sample.drawing)});
        QJsonObject object;
        object.insert(QStringLiteral("character"), sample.character);
        object.insert(QStringLiteral("saved"), sample.saved.toString(Qt::ISODate));
        object.insert(QStringLiteral("drawing"), data::drawingToJson(sample.drawing));
        json.append(object);
    }
    if (!data::GntWriter::writeFile(gntPath(), records, error))
        return false;

    QSaveFile file(strokesPath());
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("samples"), json}}).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("cnnwb::app", "%1: writing failed: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

CharacterEvaluation evaluateCharacterModel(CharacterClassifier &classifier, const QString &gntPath,
                                           const std::function<bool(int, int)> &progress)
{
    CharacterEvaluation result;
    result.gntPath = gntPath;
    result.checkpointPath = classifier.checkpointPath();
    try {
        data::GntOptions options;
        options.classSet = data::GntClassSet::AllFound;
        const data::GntIndex index = data::GntIndex::open(gntPath, options);
        result.records = int(index.records().size());
        for (int i = 0; i < result.records; ++i) {
            if (progress && !progress(i, result.records))
                break;
            const QString expected = index.classNames().value(index.records()[std::size_t(i)].label);
            const int expectedClass = int(classifier.classNames().indexOf(expected));
            if (expectedClass < 0)
                continue;
            const cv::Mat bitmap = index.readBitmap(i);
            const cv::Mat character = data::normalizeCharacter(bitmap, classifier.inputSide());
            const QVector<CharacterCandidate> top = classifier.topCandidates(classifier.probabilities(character), kTopK);
            ++result.evaluated;
            const auto found = std::find_if(top.cbegin(), top.cend(), [expectedClass](const CharacterCandidate &c) {
                return c.classIndex == expectedClass;
            });
            if (found != top.cend())
                ++result.top5;
            if (!top.isEmpty() && top.front().classIndex == expectedClass) {
                ++result.top1;
                continue;
            }
            result.misreads.append({i, expected, top, GreyImage::fromMat(bitmap)});
        }
        if (progress)
            progress(result.records, result.records);
    } catch (const data::DataError &e) {
        result.error = e.message();
    } catch (const std::exception &e) {
        result.error = models::exceptionMessage(e);
    }
    return result;
}

} // namespace cnnwb::app
