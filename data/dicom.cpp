#include "dicom.h"

#include "dataerror.h"
#include "imagedecode.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#ifdef CNNWB_HAVE_GDCM
#include <gdcmDataSet.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmPhotometricInterpretation.h>
#include <gdcmPixelFormat.h>
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

namespace cnnwb::data {
namespace {

QString convertHint()
{
    return QCoreApplication::translate("cnnwb::data", "Export the image as PNG from a DICOM viewer, or check that the file is intact");
}

#ifdef CNNWB_HAVE_GDCM

/// Window centre and width in modality units. A width below 1 means that no window is stored.
struct VoiWindow
{
    double centre = 0;
    double width = 0;
};

// Returns the first value of a decimal-string (DS) element such as "40\400", or NaN.
double firstDecimal(const gdcm::DataSet &dataSet, const gdcm::Tag &tag)
{
    if (!dataSet.FindDataElement(tag))
        return std::numeric_limits<double>::quiet_NaN();
    const gdcm::ByteValue *value = dataSet.GetDataElement(tag).GetByteValue();
    if (!value || value->GetLength() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const QString text = QString::fromLatin1(value->GetPointer(), int(value->GetLength()));
    bool ok = false;
    const double number = text.section(QLatin1Char('\\'), 0, 0).trimmed().toDouble(&ok);
    return ok ? number : std::numeric_limits<double>::quiet_NaN();
}

VoiWindow storedWindow(const gdcm::DataSet &dataSet)
{
    VoiWindow window;
    const double centre = firstDecimal(dataSet, gdcm::Tag(0x0028, 0x1050));
    const double width = firstDecimal(dataSet, gdcm::Tag(0x0028, 0x1051));
    if (std::isfinite(centre) && std::isfinite(width) && width >= 1) {
        window.centre = centre;
        window.width = width;
    }
    return window;
}

int cvDepthOf(gdcm::PixelFormat::ScalarType type)
{
    switch (type) {
    case gdcm::PixelFormat::UINT8:
        return CV_8U;
    case gdcm::PixelFormat::INT8:
        return CV_8S;
    case gdcm::PixelFormat::UINT12:
    case gdcm::PixelFormat::UINT16:
        return CV_16U;
    case gdcm::PixelFormat::INT12:
    case gdcm::PixelFormat::INT16:
        return CV_16S;
    case gdcm::PixelFormat::INT32:
        return CV_32S;
    case gdcm::PixelFormat::FLOAT32:
        return CV_32F;
    case gdcm::PixelFormat::FLOAT64:
        return CV_64F;
    default:
        return -1;
    }
}

class DicomFile
{
public:
    DicomFile(const QByteArray &bytes, const QString &name)
        : m_name(name)
    {
        std::istringstream stream(std::string(bytes.constData(), std::size_t(bytes.size())));
        m_reader.SetStream(stream);
        if (!m_reader.Read())
            throw DataError(name, QString(),
                            QCoreApplication::translate("cnnwb::data", "GDCM could not read the DICOM image: the file is damaged, has no "
                               "pixel data or uses an unsupported transfer syntax"),
                            convertHint());
    }

    const gdcm::Image &image() const { return m_reader.GetImage(); }
    const gdcm::DataSet &dataSet() const { return m_reader.GetFile().GetDataSet(); }

    void fillHeader(ImageHeader &header) const
    {
        header.format = ImageFormat::Dicom;
        header.width = int(image().GetDimension(0));
        header.height = int(image().GetDimension(1));
        header.components = image().GetPixelFormat().GetSamplesPerPixel();
        header.bitDepth = image().GetPixelFormat().GetBitsStored();
        header.orientation = 1;
    }

    /// Returns the first frame's stored values, rows × columns with one or three channels.
    cv::Mat firstFrame() const
    {
        const gdcm::Image &frameSource = image();
        const gdcm::PixelFormat format = frameSource.GetPixelFormat();
        const int depth = cvDepthOf(format.GetScalarType());
        const int channels = format.GetSamplesPerPixel();
        if (depth < 0 || (channels != 1 && channels != 3))
            throw DataError(m_name, QString(),
                            QCoreApplication::translate("cnnwb::data", "unsupported DICOM pixel format %1 with %2 samples per pixel")
                                .arg(QString::fromLatin1(format.GetScalarTypeAsString()))
                                .arg(channels),
                            convertHint());
        const int columns = int(frameSource.GetDimension(0));
        const int rows = int(frameSource.GetDimension(1));
        if (columns <= 0 || rows <= 0)
            throw DataError(m_name, QString(),
                            QCoreApplication::translate("cnnwb::data", "the DICOM image has a size of %1×%2 pixels").arg(columns).arg(rows),
                            convertHint());

        std::vector<char> buffer(frameSource.GetBufferLength());
        if (!frameSource.GetBuffer(buffer.data()))
            throw DataError(m_name, QString(),
                            QCoreApplication::translate("cnnwb::data", "GDCM could not decode the DICOM pixel data (transfer syntax %1)")
                                .arg(QString::fromLatin1(m_reader.GetFile().GetHeader().GetDataSetTransferSyntax().GetString())),
                            convertHint());
        const std::size_t frameBytes = std::size_t(rows) * std::size_t(columns) * std::size_t(channels)
                                       * std::size_t(CV_ELEM_SIZE1(depth));
        if (buffer.size() < frameBytes)
            throw DataError(m_name, QString(),
                            QCoreApplication::translate("cnnwb::data", "the DICOM pixel data holds %1 bytes, but one %2×%3 frame needs %4")
                                .arg(buffer.size())
                                .arg(columns)
                                .arg(rows)
                                .arg(frameBytes),
                            convertHint());

        // Planar configuration 1 stores all reds, then all greens, then all blues.
        if (channels == 3 && frameSource.GetPlanarConfiguration() == 1) {
            std::vector<cv::Mat> planes;
            const std::size_t planeBytes = frameBytes / 3;
            for (int c = 0; c < 3; ++c)
                planes.emplace_back(rows, columns, CV_MAKETYPE(depth, 1), buffer.data() + c * planeBytes);
            cv::Mat interleaved;
            cv::merge(planes, interleaved);
            return interleaved;
        }
        return cv::Mat(rows, columns, CV_MAKETYPE(depth, channels), buffer.data()).clone();
    }

private:
    QString m_name;
    gdcm::ImageReader m_reader;
};

// Maps modality values (CV_64F) to 0-255 through WINDOW, or through their own range.
cv::Mat applyWindow(const cv::Mat &values, const VoiWindow &window)
{
    double low = 0;
    double high = 0;
    if (window.width >= 1) {
        // DICOM's linear VOI function: y = ((x - (c - 0.5)) / (w - 1) + 0.5) · 255, clamped.
        const double scale = window.width > 1 ? 255.0 / (window.width - 1) : 255.0;
        cv::Mat mapped;
        values.convertTo(mapped, CV_64F, scale, (0.5 - (window.centre - 0.5) / std::max(1.0, window.width - 1)) * 255.0);
        cv::Mat result;
        mapped.convertTo(result, CV_8U); // saturates below 0 and above 255
        return result;
    }
    cv::minMaxLoc(values.reshape(1), &low, &high);
    cv::Mat result;
    const double scale = high > low ? 255.0 / (high - low) : 0.0;
    values.convertTo(result, CV_8U, scale, -low * scale);
    return result;
}

#endif // CNNWB_HAVE_GDCM

} // namespace

bool dicomSupported()
{
#ifdef CNNWB_HAVE_GDCM
    return true;
#else
    return false;
#endif
}

bool isDicom(const QByteArray &bytes)
{
    return bytes.size() >= 132 && bytes.mid(128, 4) == "DICM";
}

#ifdef CNNWB_HAVE_GDCM

void readDicomHeader(const QByteArray &bytes, const QString &name, ImageHeader &header)
{
    const DicomFile file(bytes, name);
    file.fillHeader(header);
}

cv::Mat decodeDicom(const QByteArray &bytes, const QString &name, ImageHeader &header)
{
    const DicomFile file(bytes, name);
    file.fillHeader(header);
    const gdcm::Image &image = file.image();
    const gdcm::PhotometricInterpretation photometric = image.GetPhotometricInterpretation();
    const cv::Mat stored = file.firstFrame();

    switch (photometric) {
    case gdcm::PhotometricInterpretation::MONOCHROME1:
    case gdcm::PhotometricInterpretation::MONOCHROME2: {
        cv::Mat values;
        stored.convertTo(values, CV_64F, image.GetSlope(), image.GetIntercept());
        cv::Mat grey = applyWindow(values, storedWindow(file.dataSet()));
        // MONOCHROME1 stores dense tissue dark; the network was trained on bright bone.
        if (photometric == gdcm::PhotometricInterpretation::MONOCHROME1)
            cv::bitwise_not(grey, grey);
        return grey;
    }
    case gdcm::PhotometricInterpretation::RGB:
    case gdcm::PhotometricInterpretation::YBR_FULL: {
        cv::Mat rgb;
        if (stored.depth() == CV_8U) {
            rgb = stored;
        } else {
            cv::Mat values;
            stored.convertTo(values, CV_64F);
            rgb = applyWindow(values, VoiWindow());
        }
        if (photometric == gdcm::PhotometricInterpretation::YBR_FULL) {
            // DICOM stores Y, Cb, Cr; OpenCV's conversion expects Y, Cr, Cb.
            std::vector<cv::Mat> planes;
            cv::split(rgb, planes);
            std::swap(planes[1], planes[2]);
            cv::merge(planes, rgb);
            cv::cvtColor(rgb, rgb, cv::COLOR_YCrCb2RGB);
        }
        return rgb;
    }
    default:
        break;
    }
    throw DataError(name, QString(),
                    QCoreApplication::translate("cnnwb::data", "unsupported DICOM photometric interpretation %1")
                        .arg(QString::fromLatin1(gdcm::PhotometricInterpretation::GetPIString(photometric))),
                    convertHint());
}

#else

void readDicomHeader(const QByteArray &, const QString &name, ImageHeader &)
{
    throw DataError(name, QString(), QCoreApplication::translate("cnnwb::data", "DICOM support was not built in"),
                    QCoreApplication::translate("cnnwb::data", "Install libgdcm-dev and rebuild, or export the image as PNG"));
}

cv::Mat decodeDicom(const QByteArray &bytes, const QString &name, ImageHeader &header)
{
    readDicomHeader(bytes, name, header);
    return {};
}

#endif // CNNWB_HAVE_GDCM

} // namespace cnnwb::data
