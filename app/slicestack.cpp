#include "slicestack.h"

#include "data/dataerror.h"
#include "data/tiffstack.h"

#include <algorithm>

#include <opencv2/imgcodecs.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

namespace cnnwb::app {
namespace {

bool isTiffFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("tif") || suffix == QLatin1String("tiff");
}

// Returns the first run of digits in NAME as a number, or -1 without digits.
qint64 leadingNumber(const QString &name)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch match = digits.match(name);
    return match.hasMatch() ? match.captured(1).left(18).toLongLong() : -1;
}

} // namespace

SliceStack::SliceStack(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw data::DataError(path, QString(), QCoreApplication::translate("cnnwb::app", "the file or folder does not exist"),
                              QCoreApplication::translate("cnnwb::app", "Choose a multi-page TIFF or a folder of slice images"));
    if (info.isDir()) {
        m_files = sliceFiles(path);
        if (m_files.isEmpty())
            throw data::DataError(path, QString(), QCoreApplication::translate("cnnwb::app", "the folder contains no PNG, TIFF, BMP or JPEG images"),
                                  QCoreApplication::translate("cnnwb::app", "Choose a folder with one image file per slice"));
        m_size = readFile(m_files.first()).size();
        return;
    }
    m_tiff = std::make_unique<data::TiffStack>(path);
    if (m_tiff->pageCount() == 0)
        throw data::DataError(path, QString(), QCoreApplication::translate("cnnwb::app", "the TIFF file has no pages"),
                              QCoreApplication::translate("cnnwb::app", "Choose a TIFF stack with at least one page"));
    const QSize size = m_tiff->pageSize(0);
    m_size = cv::Size(size.width(), size.height());
}

SliceStack::~SliceStack() = default;

int SliceStack::sliceCount() const
{
    return m_tiff ? m_tiff->pageCount() : int(m_files.size());
}

QString SliceStack::sliceName(int index) const
{
    if (m_tiff)
        return QCoreApplication::translate("cnnwb::app", "page %1").arg(index + 1);
    return QFileInfo(m_files.value(index)).fileName();
}

cv::Mat SliceStack::readSlice(int index) const
{
    if (index < 0 || index >= sliceCount())
        throw data::DataError(m_path, sliceName(index),
                              QCoreApplication::translate("cnnwb::app", "slice %1 is outside the stack of %2 slices")
                                  .arg(index + 1)
                                  .arg(sliceCount()));
    const cv::Mat slice = m_tiff ? m_tiff->readPage(index) : readFile(m_files.at(index));
    if (slice.size() != m_size)
        throw data::DataError(m_tiff ? m_path : m_files.at(index), sliceName(index),
                              QCoreApplication::translate("cnnwb::app", "the slice is %1×%2 pixels but the first slice is %3×%4")
                                  .arg(slice.cols)
                                  .arg(slice.rows)
                                  .arg(m_size.width)
                                  .arg(m_size.height),
                              QCoreApplication::translate("cnnwb::app", "All slices of a stack must have one size"));
    return slice;
}

QStringList SliceStack::sliceFiles(const QString &folder)
{
    const QStringList patterns = {QStringLiteral("*.png"), QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
                                  QStringLiteral("*.bmp"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")};
    QFileInfoList entries = QDir(folder).entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name);
    std::stable_sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const qint64 left = leadingNumber(a.completeBaseName());
        const qint64 right = leadingNumber(b.completeBaseName());
        // Numbered names come first, in numeric order; QDir::Name already sorted the rest.
        if ((left < 0) != (right < 0))
            return left >= 0;
        return left < right;
    });
    QStringList files;
    for (const QFileInfo &entry : entries)
        files << entry.filePath();
    return files;
}

cv::Mat SliceStack::readFile(const QString &file) const
{
    // TIFF slices go through libtiff, which also reads float and tiled pages.
    if (isTiffFile(file))
        return data::TiffStack(file).readPage(0);

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        throw data::DataError(file, QString(), QCoreApplication::translate("cnnwb::app", "cannot open the file: %1").arg(input.errorString()),
                              QCoreApplication::translate("cnnwb::app", "Check that the file exists and is readable"));
    const QByteArray bytes = input.readAll();
    cv::Mat image;
    if (!bytes.isEmpty()) {
        const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        try {
            image = cv::imdecode(encoded, cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH);
        } catch (const cv::Exception &) {
            image.release();
        }
    }
    if (image.empty() || (image.depth() != CV_8U && image.depth() != CV_16U))
        throw data::DataError(file, QString(), QCoreApplication::translate("cnnwb::app", "the file is empty or not an 8- or 16-bit grey image"),
                              QCoreApplication::translate("cnnwb::app", "Save the slice as an 8- or 16-bit grey PNG or TIFF"));
    return image;
}

} // namespace cnnwb::app
