#include "emstack.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

#include "dataerror.h"
#include "tiffstack.h"

namespace cnnwb::data {
namespace {

QString sliceName(int slice)
{
    return QCoreApplication::translate("cnnwb::data", "slice %1").arg(slice + 1);
}

std::vector<cv::Mat> readAllPages(const QString &path)
{
    const TiffStack stack(path);
    std::vector<cv::Mat> pages;
    pages.reserve(std::size_t(stack.pageCount()));
    for (int page = 0; page < stack.pageCount(); ++page) {
        cv::Mat pixels = stack.readPage(page);
        if (pixels.depth() == CV_32F)
            throw DataError(path, QCoreApplication::translate("cnnwb::data", "page %1").arg(page + 1),
                            QCoreApplication::translate("cnnwb::data", "the page holds 32-bit floating-point samples"),
                            QCoreApplication::translate("cnnwb::data", "Use an 8- or 16-bit grey stack"));
        pages.push_back(pixels);
    }
    return pages;
}

cv::Mat readSliceImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "cannot open the file: %1").arg(file.errorString()),
                        QCoreApplication::translate("cnnwb::data", "Check that the file exists and is readable"));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "the file is empty (0 bytes)"),
                        QCoreApplication::translate("cnnwb::data", "Copy the file again or remove it with its partner"));
    const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
    cv::Mat image;
    try {
        image = cv::imdecode(encoded, cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH);
    } catch (const cv::Exception &error) {
        throw DataError(path, QString(),
                        QCoreApplication::translate("cnnwb::data", "OpenCV failed to decode the image: %1")
                            .arg(QString::fromStdString(error.msg)),
                        QCoreApplication::translate("cnnwb::data", "Re-export the slice as 8- or 16-bit grey PNG"));
    }
    if (image.empty() || (image.depth() != CV_8U && image.depth() != CV_16U))
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "OpenCV could not decode the image as 8- or 16-bit grey"),
                        QCoreApplication::translate("cnnwb::data", "Re-export the slice as 8- or 16-bit grey PNG"));
    return image;
}

void checkSizes(const EmStack &stack, const std::vector<cv::Mat> &labels)
{
    if (labels.size() != stack.images.size())
        throw DataError(stack.labelSource, QString(),
                        QCoreApplication::translate("cnnwb::data", "the label stack has %1 slices but the image stack %2 has %3")
                            .arg(labels.size())
                            .arg(stack.imageSource)
                            .arg(stack.images.size()),
                        QCoreApplication::translate("cnnwb::data", "Each image slice needs one label slice; use the matching label "
                           "file"));
    const cv::Size size = stack.sliceSize();
    for (int slice = 0; slice < stack.sliceCount(); ++slice) {
        const cv::Size imageSize = stack.images[std::size_t(slice)].size();
        const cv::Size labelSize = labels[std::size_t(slice)].size();
        if (imageSize != size)
            throw DataError(stack.imageSource, sliceName(slice),
                            QCoreApplication::translate("cnnwb::data", "the slice is %1×%2 pixels but slice 1 is %3×%4")
                                .arg(imageSize.width)
                                .arg(imageSize.height)
                                .arg(size.width)
                                .arg(size.height),
                            QCoreApplication::translate("cnnwb::data", "All slices of a volume must have one size"));
        if (labelSize != imageSize)
            throw DataError(stack.labelSource, sliceName(slice),
                            QCoreApplication::translate("cnnwb::data", "the label is %1×%2 pixels but its image in %3 is %4×%5")
                                .arg(labelSize.width)
                                .arg(labelSize.height)
                                .arg(stack.imageSource)
                                .arg(imageSize.width)
                                .arg(imageSize.height),
                            QCoreApplication::translate("cnnwb::data", "Use the label stack that belongs to this volume"));
    }
}

void binarizeAll(EmStack &stack, const std::vector<cv::Mat> &labels, LabelPolarity polarity)
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const cv::Mat &label : labels) {
        double sliceLow = 0;
        double sliceHigh = 0;
        cv::minMaxLoc(label, &sliceLow, &sliceHigh);
        low = std::min(low, sliceLow);
        high = std::max(high, sliceHigh);
    }
    stack.labelMin = low;
    stack.labelMax = high;

    // The midpoint of the stack's own range splits 0/255 and 0/1 labels alike. A stack of one
    // value has no range, so the midpoint of its type (or 0.5 for 0/1 values) decides.
    double threshold = (low + high) / 2;
    if (low == high)
        threshold = high <= 1 ? 0.5 : (labels.front().depth() == CV_16U ? 32767.5 : 127.5);
    stack.masks.clear();
    for (const cv::Mat &label : labels)
        stack.masks.push_back(binarizeLabel(label, threshold, polarity));
}

int leadingNumber(const QString &baseName, bool *ok)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d+)"));
    const QRegularExpressionMatch match = digits.match(baseName);
    *ok = match.hasMatch();
    return *ok ? match.captured(1).toInt() : 0;
}

QFileInfoList sliceFiles(const QString &folder)
{
    QFileInfoList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QString suffix = entry.suffix().toLower();
        if (suffix == QLatin1String("png") || suffix == QLatin1String("tif")
            || suffix == QLatin1String("tiff"))
            files << entry;
    }
    // Numeric order, so 10.png follows 9.png; names without a number go last in name order.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        bool aNumeric = false;
        bool bNumeric = false;
        const int aNumber = leadingNumber(a.completeBaseName(), &aNumeric);
        const int bNumber = leadingNumber(b.completeBaseName(), &bNumeric);
        if (aNumeric != bNumeric)
            return aNumeric;
        if (aNumeric && aNumber != bNumber)
            return aNumber < bNumber;
        return a.fileName() < b.fileName();
    });
    return files;
}

QVector<int> spreadTiles(int length, int crop)
{
    // Evenly spread origins from 0 to LENGTH - CROP, as few as cover the whole length.
    const int count = (length + crop - 1) / crop;
    QVector<int> origins;
    for (int k = 0; k < count; ++k)
        origins << (count == 1 ? 0 : int(std::lround(double(k) * (length - crop) / (count - 1))));
    return origins;
}

} // namespace

double EmStack::membraneFraction() const
{
    double membrane = 0;
    double total = 0;
    for (const cv::Mat &mask : masks) {
        membrane += cv::countNonZero(mask);
        total += double(mask.total());
    }
    return total > 0 ? membrane / total : 0.0;
}

double EmStack::membraneFraction(int slice) const
{
    const cv::Mat &mask = masks.at(std::size_t(slice));
    return mask.total() > 0 ? double(cv::countNonZero(mask)) / double(mask.total()) : 0.0;
}

cv::Mat binarizeLabel(const cv::Mat &label, double threshold, LabelPolarity polarity)
{
    cv::Mat high;
    cv::compare(label, threshold, high, cv::CMP_GT); // 255 where above, else 0
    cv::Mat mask;
    if (polarity == LabelPolarity::MembraneHigh)
        mask = high / 255;
    else
        mask = (255 - high) / 255;
    return mask;
}

EmStack loadEmVolume(const QString &volumePath)
{
    EmStack stack;
    stack.imageSource = volumePath;
    stack.images = readAllPages(volumePath);
    const cv::Size size = stack.sliceSize();
    for (int slice = 0; slice < stack.sliceCount(); ++slice) {
        if (stack.images[std::size_t(slice)].size() != size)
            throw DataError(volumePath, sliceName(slice), QCoreApplication::translate("cnnwb::data", "the slice size differs from slice 1"),
                            QCoreApplication::translate("cnnwb::data", "All slices of a volume must have one size"));
    }
    return stack;
}

EmStack loadEmTiffPair(const QString &volumePath, const QString &labelPath,
                       LabelPolarity polarity)
{
    EmStack stack = loadEmVolume(volumePath);
    stack.labelSource = labelPath;
    const std::vector<cv::Mat> labels = readAllPages(labelPath);
    checkSizes(stack, labels);
    binarizeAll(stack, labels, polarity);
    return stack;
}

EmStack loadEmFolder(const QString &folder, LabelPolarity polarity)
{
    const QDir root(folder);
    const QString imageFolder = root.filePath(QStringLiteral("image"));
    const QString labelFolder = root.filePath(QStringLiteral("label"));
    if (!QFileInfo(imageFolder).isDir() || !QFileInfo(labelFolder).isDir())
        throw DataError(folder, QString(), QCoreApplication::translate("cnnwb::data", "the folder has no image/ and label/ sub-folders"),
                        QCoreApplication::translate("cnnwb::data", "Put slices in image/N.png and their labels in label/N.png"));

    const QFileInfoList images = sliceFiles(imageFolder);
    const QFileInfoList labelFiles = sliceFiles(labelFolder);
    if (images.isEmpty())
        throw DataError(imageFolder, QString(), QCoreApplication::translate("cnnwb::data", "the folder contains no PNG or TIFF slice"),
                        QCoreApplication::translate("cnnwb::data", "Put slices in image/N.png"));

    EmStack stack;
    stack.imageSource = imageFolder;
    stack.labelSource = labelFolder;
    std::vector<cv::Mat> labels;
    for (const QFileInfo &image : images) {
        const auto partner = std::find_if(labelFiles.cbegin(), labelFiles.cend(),
                                          [&image](const QFileInfo &label) {
                                              return label.completeBaseName()
                                                     == image.completeBaseName();
                                          });
        if (partner == labelFiles.cend())
            throw DataError(image.filePath(), QString(),
                            QCoreApplication::translate("cnnwb::data", "no label named %1.* in %2 (%3 images, %4 labels)")
                                .arg(image.completeBaseName(), labelFolder)
                                .arg(images.size())
                                .arg(labelFiles.size()),
                            QCoreApplication::translate("cnnwb::data", "Each image slice needs a label with the same base name"));
        stack.images.push_back(readSliceImage(image.filePath()));
        labels.push_back(readSliceImage(partner->filePath()));
    }
    if (labelFiles.size() != images.size())
        throw DataError(labelFolder, QString(),
                        QCoreApplication::translate("cnnwb::data", "the label folder has %1 files but the image folder %2 has %3")
                            .arg(labelFiles.size())
                            .arg(imageFolder)
                            .arg(images.size()),
                        QCoreApplication::translate("cnnwb::data", "Each label needs an image slice with the same base name"));
    checkSizes(stack, labels);
    binarizeAll(stack, labels, polarity);
    return stack;
}

QVector<int> parseSliceRanges(const QString &text, int sliceCount, QString *error)
{
    QVector<int> slices;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const QStringList bounds = part.split(QLatin1Char('-'));
        bool firstOk = false;
        bool lastOk = bounds.size() == 1;
        const int first = bounds.value(0).trimmed().toInt(&firstOk);
        const int last = bounds.size() == 2 ? bounds.at(1).trimmed().toInt(&lastOk) : first;
        if (bounds.size() > 2 || !firstOk || !lastOk || first < 1 || last < first
            || last > sliceCount) {
            if (error)
                *error = QCoreApplication::translate("cnnwb::data", "Invalid slice range \"%1\": expected N or N-M with 1 ≤ N ≤ M ≤ %2")
                             .arg(part)
                             .arg(sliceCount);
            return {};
        }
        for (int slice = first; slice <= last; ++slice)
            slices << slice - 1;
    }
    if (slices.isEmpty() && error)
        *error = QCoreApplication::translate("cnnwb::data", "Invalid slice range \"%1\": no slices given").arg(text);
    return slices;
}

EmSource::EmSource(std::shared_ptr<const EmStack> stack, QVector<int> slices, int crop,
                   SegmentationAugmenter augmenter)
    : m_stack(std::move(stack))
    , m_slices(std::move(slices))
    , m_crop(crop)
    , m_augmenter(std::move(augmenter))
{
    if (!m_stack || !m_stack->hasLabels())
        throw std::invalid_argument("EmSource: the stack is null or has no labels");
    const cv::Size size = m_stack->sliceSize();
    if (crop <= 0 || crop > size.width || crop > size.height)
        throw DataError(m_stack->imageSource, QString(),
                        QCoreApplication::translate("cnnwb::data", "the crop of %1×%1 pixels does not fit the %2×%3 slices")
                            .arg(crop)
                            .arg(size.width)
                            .arg(size.height),
                        QCoreApplication::translate("cnnwb::data", "Choose a crop size of at most %1").arg(std::min(size.width, size.height)));
    for (const int slice : m_slices) {
        if (slice < 0 || slice >= m_stack->sliceCount())
            throw DataError(m_stack->imageSource, sliceName(slice),
                            QCoreApplication::translate("cnnwb::data", "the slice does not exist; the stack has %1 slices")
                                .arg(m_stack->sliceCount()),
                            QCoreApplication::translate("cnnwb::data", "Choose slices from 1 to %1").arg(m_stack->sliceCount()));
    }
    m_tileX = spreadTiles(size.width, crop);
    m_tileY = spreadTiles(size.height, crop);
}

cv::Point EmSource::tileOrigin(int tile) const
{
    return cv::Point(m_tileX.at(tile % m_tileX.size()), m_tileY.at(tile / m_tileX.size()));
}

qsizetype EmSource::size() const
{
    return m_slices.size() * tilesPerSlice();
}

int EmSource::label(qsizetype) const
{
    return -1;
}

Sample EmSource::load(qsizetype index, std::mt19937 *rng) const
{
    const int slice = m_slices.at(index / tilesPerSlice());
    const cv::Mat &image = m_stack->images.at(std::size_t(slice));
    const cv::Mat &mask = m_stack->masks.at(std::size_t(slice));

    cv::Point origin = tileOrigin(int(index % tilesPerSlice()));
    if (rng) {
        std::uniform_int_distribution<int> x(0, image.cols - m_crop);
        std::uniform_int_distribution<int> y(0, image.rows - m_crop);
        origin = cv::Point(x(*rng), y(*rng));
    }
    const cv::Rect area(origin, cv::Size(m_crop, m_crop));

    Sample sample;
    const double scale = image.depth() == CV_16U ? 1.0 / 65535.0 : 1.0 / 255.0;
    image(area).convertTo(sample.image, CV_32F, scale); // CV_32FC1 in [0, 1], a new buffer
    sample.mask = mask(area).clone();
    if (rng && m_augmenter)
        m_augmenter(sample.image, sample.mask, *rng);
    return sample;
}

QStringList EmSource::classNames() const
{
    return {QCoreApplication::translate("cnnwb::data", "membrane")};
}

QString EmSource::describe(qsizetype index) const
{
    const int slice = m_slices.at(index / tilesPerSlice());
    const cv::Point origin = tileOrigin(int(index % tilesPerSlice()));
    return QCoreApplication::translate("cnnwb::data", "%1, slice %2, tile at x %3, y %4")
        .arg(QFileInfo(m_stack->imageSource).fileName())
        .arg(slice + 1)
        .arg(origin.x)
        .arg(origin.y);
}

} // namespace cnnwb::data
