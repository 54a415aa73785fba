#pragma once

#include <memory>

#include <opencv2/core/mat.hpp>

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace cnnwb::data {
class TiffStack;
}

namespace cnnwb::app {

/// A stack of image slices read one at a time: a multi-page TIFF or a folder of image files
/// (PNG, TIFF, BMP, JPEG) in numeric order of their names. Only the slice asked for is
/// decoded, so stacks larger than memory open. readSlice() may be called from several threads.
class SliceStack
{
public:
    /// Opens PATH, a TIFF file or a folder. Throws data::DataError naming the path when it is
    /// missing, empty or unreadable.
    explicit SliceStack(const QString &path);
    ~SliceStack();
    SliceStack(const SliceStack &) = delete;
    SliceStack &operator=(const SliceStack &) = delete;

    QString path() const { return m_path; }
    int sliceCount() const;
    /// Returns the size of slice 0; every slice must have it.
    cv::Size sliceSize() const { return m_size; }
    /// Returns the file name of slice INDEX for a folder, or "page N" for a TIFF stack.
    QString sliceName(int index) const;
    /// Reads slice INDEX (0-based) as CV_8UC1, CV_16UC1 or CV_32FC1. Throws data::DataError
    /// naming the file and page when it is unreadable or differs in size from slice 0.
    cv::Mat readSlice(int index) const;

    /// Returns the image files of FOLDER in numeric order of their base names ("2.png"
    /// before "10.png"); names without digits follow in alphabetical order.
    static QStringList sliceFiles(const QString &folder);

private:
    cv::Mat readFile(const QString &file) const;

    QString m_path;
    std::unique_ptr<data::TiffStack> m_tiff;
    QStringList m_files;
    cv::Size m_size;
};

} // namespace cnnwb::app
