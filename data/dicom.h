#pragma once

#include <opencv2/core/mat.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace cnnwb::data {

struct ImageHeader;

/// Returns true when this build reads DICOM files (it was built with GDCM).
bool dicomSupported();

/// Returns true when BYTES starts like a DICOM Part 10 file: a 128-byte preamble, then "DICM".
bool isDicom(const QByteArray &bytes);

/// Reads the size, samples per pixel and bits stored of the DICOM file BYTES (named NAME in
/// errors) into HEADER without decoding the pixels. Throws DataError.
void readDicomHeader(const QByteArray &bytes, const QString &name, ImageHeader &header);

/// Decodes the first frame of the DICOM file BYTES (named NAME in errors) for display and
/// the network: the modality rescale (slope, intercept) is applied, then the first stored
/// window centre/width pair maps the values to 0-255 (the linear VOI function of DICOM
/// PS3.3 C.11.2.1.2), or the frame's own minimum and maximum do when no window is stored.
/// MONOCHROME1 images are inverted so that dense tissue is bright. Returns CV_8UC1 for
/// MONOCHROME1/2 and CV_8UC3 RGB for RGB and YBR_FULL. Fills HEADER. Throws DataError naming
/// the file and the problem, also when this build has no DICOM support.
cv::Mat decodeDicom(const QByteArray &bytes, const QString &name, ImageHeader &header);

} // namespace cnnwb::data
