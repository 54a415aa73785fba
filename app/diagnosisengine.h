#pragma once

#include "models/metrics.h"

#include <opencv2/core/mat.hpp>

#include <QtCore/QPointF>
#include <QtCore/QRect>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cnnwb::app {

/// The loaded classifier as the diagnosis page shows it.
struct DiagnosisModelInfo
{
    QString checkpoint;
    QString modelId;
    QStringList classNames;      ///< label order; index 1 is the positive class
    int epochs = 0;              ///< epochs done when the checkpoint was written
    bool calibrated = false;     ///< the checkpoint stores a calibration
    double threshold = 0.5;      ///< default threshold: Youden's J, or 0.5 uncalibrated
    QString thresholdMethod;     ///< "youden", or empty when uncalibrated
    double auc = 0;              ///< validation ROC AUC (calibrated only)
    qint64 validationSamples = 0;
    std::vector<models::RocPoint> roc; ///< validation ROC (calibrated only)
    QString featureLayer;        ///< layer whose pooled features the OOD guard measures
    double warningDistance = 0;  ///< feature distance above which an input is flagged
    QStringList layers;          ///< layers with a spatial output, in forward order
    QString defaultLayer;        ///< Grad-CAM's default: the last layer larger than 1×1

    /// Returns the validation sensitivity and specificity at THRESHOLD (calibrated only).
    std::pair<double, double> sensitivitySpecificity(double threshold) const;
};

/// Outcome of one image's analysis.
struct DiagnosisResult
{
    QString path;
    QString error;               ///< non-empty when the image could not be analysed
    QString format;              ///< container format name ("JPEG", "DICOM", ...)
    QSize storedSize;            ///< size stored in the file, before EXIF orientation
    int reduction = 1;           ///< JPEG decode scale-down factor
    // The images are owned copies, shared with no other thread, so the result may be
    // passed from the worker to the GUI thread.
    cv::Mat original;            ///< decoded image, CV_8UC1 grey or CV_8UC3 RGB, EXIF applied
    cv::Mat input;               ///< the network input: SIDE×SIDE CV_8UC3 RGB
    QRect contentRect;           ///< the image inside INPUT's letterbox bars
    QStringList steps;           ///< preprocessing steps, translated
    double probability = 0;      ///< probability of the positive class
    bool outOfDistribution = false;
    double featureDistance = 0;
    double warningDistance = 0;
    QStringList oodReasons;      ///< translated, one per failed check
    double milliseconds = 0;     ///< decode + preprocess + forward + OOD score
};

/// A Grad-CAM map of the last analysed image.
struct GradCamView
{
    QString path;
    QString layer;
    cv::Mat heatmap;             ///< CV_8UC1 SIDE×SIDE over the network input, 255 = hottest (owned copy)
    QString error;
};

/// The masking test of the last Grad-CAM map.
struct FaithfulnessView
{
    QString path;
    QString layer;
    double fraction = 0;         ///< share of input pixels masked
    double probability = 0;
    double maskedProbability = 0;
    double drop = 0;             ///< probability drop with the hottest region masked
    double randomDrop = 0;       ///< mean drop with random regions of the same area masked
    double randomDropStddev = 0;
    int randomRegions = 0;
    QString error;
};

/// One image of a batch run.
struct BatchRow
{
    QString path;
    int trueClass = -1;          ///< from a parent folder named like a class, else -1
    double probability = 0;      ///< of the positive class
    bool outOfDistribution = false;
    double featureDistance = 0;
    QString error;
};

/// Figures of a batch at one threshold, over the rows with a known class and no error.
struct BatchSummary
{
    models::ConfusionMatrix confusion{2};
    qint64 labelled = 0;
    qint64 outOfDistribution = 0;
    qint64 failed = 0;
    double auc = 0;              ///< NaN without both classes
    std::vector<models::RocPoint> roc;
    QVector<QPointF> precisionRecall; ///< (recall, precision), by falling threshold
};

/// Returns the image files under each of INPUTS (folders searched recursively), sorted per
/// folder; files are kept as given. Recognised: .jpeg .jpg .png .bmp .dcm .dicom.
QStringList collectImageFiles(const QStringList &inputs);

/// Returns the class index of PATH from the nearest parent folder named like one of
/// CLASS_NAMES (case-insensitive), or -1.
int classFromPath(const QString &path, const QStringList &classNames);

/// Computes the batch figures of ROWS at THRESHOLD (probability >= threshold = positive).
BatchSummary summarizeBatch(const QVector<BatchRow> &rows, double threshold);

/// Returns ROWS as CSV: file, true class, probability, decision at THRESHOLD, OOD flag,
/// feature distance, error.
QByteArray batchCsv(const QVector<BatchRow> &rows, const QStringList &classNames, double threshold);

/// Runs a binary X-ray classifier for the diagnosis page on the calling thread: decoding,
/// the network, Grad-CAM, the faithfulness test and the OOD guard. Not thread-safe: the
/// owner calls it from one thread at a time.
class DiagnosisEngine
{
public:
    DiagnosisEngine();
    ~DiagnosisEngine();
    DiagnosisEngine(const DiagnosisEngine &) = delete;
    DiagnosisEngine &operator=(const DiagnosisEngine &) = delete;

    /// Loads the checkpoint of a binary classifier run: RUN_OR_CHECKPOINT is a run folder
    /// (its best.pt) or a checkpoint file inside one. Throws std::runtime_error naming the
    /// path and the problem.
    DiagnosisModelInfo load(const QString &runOrCheckpoint);
    bool isLoaded() const;
    const DiagnosisModelInfo &info() const;

    /// Decodes, preprocesses and classifies PATH and runs the OOD guard. Keeps the input
    /// for gradCam() and faithfulness(). Errors are returned in DiagnosisResult::error.
    DiagnosisResult analyse(const QString &path);

    /// Computes the Grad-CAM map of the positive class for the last analysed image at LAYER
    /// (empty = the default layer).
    GradCamView gradCam(const QString &layer);

    /// Runs the masking test on the last Grad-CAM map, masking FRACTION of the pixels.
    FaithfulnessView faithfulness(double fraction = 0.1, int randomRegions = 8);

    /// Classifies FILES in batches. PROGRESS gets (done, total) after each batch; CANCEL,
    /// when set, stops between batches. Returns the rows done so far.
    QVector<BatchRow> runBatch(const QStringList &files, const std::atomic<bool> *cancel,
                               const std::function<void(int, int)> &progress);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cnnwb::app
