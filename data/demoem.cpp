#include "demoem.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <tiffio.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryFile>

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcDemoEm, "cnnwb.data.demo")

// Bumped whenever generation changes, so that slices are reproducible per version.
constexpr std::uint32_t kGeneratorVersion = 1;

double uniform(std::mt19937 &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

cv::RNG derivedCvRng(std::mt19937 &rng)
{
    const std::uint64_t high = rng();
    return cv::RNG((high << 32) | rng() | 1u);
}

// Returns a smooth random field of SIZE with values of standard deviation 1.
cv::Mat smoothNoise(cv::Size size, double smoothing, std::mt19937 &rng)
{
    cv::Mat dx;
    cv::Mat dy;
    randomDisplacementField(size, 1.0, smoothing, rng, dx, dy);
    return dx;
}

// Labels every pixel with the index (from 1) of its nearest seed: a Voronoi tiling.
cv::Mat voronoiLabels(const std::vector<cv::Point> &seeds, cv::Size size)
{
    cv::Mat sites(size, CV_8UC1, cv::Scalar(255));
    for (const cv::Point &seed : seeds)
        sites.at<std::uint8_t>(seed) = 0;
    cv::Mat distance;
    cv::Mat labels;
    cv::distanceTransform(sites, distance, labels, cv::DIST_L2, cv::DIST_MASK_5,
                          cv::DIST_LABEL_PIXEL);
    return labels;
}

// Warps integer LABELS by a smooth displacement so that cell borders are curved.
cv::Mat warpLabels(const cv::Mat &labels, double displacement, double smoothing,
                   std::mt19937 &rng)
{
    cv::Mat dx;
    cv::Mat dy;
    randomDisplacementField(labels.size(), displacement, smoothing, rng, dx, dy);
    cv::Mat mapX(labels.size(), CV_32FC1);
    cv::Mat mapY(labels.size(), CV_32FC1);
    for (int y = 0; y < labels.rows; ++y) {
        for (int x = 0; x < labels.cols; ++x) {
            mapX.at<float>(y, x) = static_cast<float>(x) + dx.at<float>(y, x);
            mapY.at<float>(y, x) = static_cast<float>(y) + dy.at<float>(y, x);
        }
    }
    cv::Mat warped;
    cv::remap(labels, warped, mapX, mapY, cv::INTER_NEAREST, cv::BORDER_REFLECT_101);
    return warped;
}

// Marks pixels whose right or lower neighbour belongs to another cell.
cv::Mat cellBorders(const cv::Mat &labels)
{
    cv::Mat borders(labels.size(), CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < labels.rows; ++y) {
        const int *row = labels.ptr<int>(y);
        const int *below = labels.ptr<int>(std::min(y + 1, labels.rows - 1));
        std::uint8_t *out = borders.ptr<std::uint8_t>(y);
        for (int x = 0; x < labels.cols; ++x) {
            const int right = row[std::min(x + 1, labels.cols - 1)];
            if (row[x] != right || row[x] != below[x])
                out[x] = 0;
        }
    }
    return borders;
}

// Writes PAGES (CV_8UC1, equal sizes) to an open TIFF as uncompressed multi-page 8-bit
// grey. Returns an empty string or the failure.
QString writePages(TIFF *tiff, const std::vector<cv::Mat> &pages)
{
    const auto pageCount = static_cast<std::uint16_t>(pages.size());
    for (std::size_t page = 0; page < pages.size(); ++page) {
        const cv::Mat &image = pages[page];
        TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(image.cols));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(image.rows));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(image.rows));
        TIFFSetField(tiff, TIFFTAG_PAGENUMBER, static_cast<std::uint16_t>(page), pageCount);
        for (int y = 0; y < image.rows; ++y) {
            if (TIFFWriteScanline(tiff, const_cast<std::uint8_t *>(image.ptr<std::uint8_t>(y)),
                                  static_cast<std::uint32_t>(y), 0)
                < 0)
                return QStringLiteral("page %1, row %2: libtiff failed to write the row")
                    .arg(page)
                    .arg(y);
        }
        if (!TIFFWriteDirectory(tiff))
            return QStringLiteral("page %1: libtiff failed to write the page directory")
                .arg(page);
    }
    return QString();
}

// Writes PAGES to PATH under a temporary name in the same folder and renames it when
// complete, so that readers never see a partial stack.
bool writeStackAtomically(const QString &path, const std::vector<cv::Mat> &pages,
                          QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    };
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));

    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
    if (!temporary.open())
        return fail(QStringLiteral("cannot create a temporary file: %1")
                        .arg(temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    TIFF *tiff = TIFFOpen(QFile::encodeName(temporaryPath).constData(), "w");
    if (!tiff)
        return fail(QStringLiteral("libtiff cannot open %1 for writing").arg(temporaryPath));
    const QString pageError = writePages(tiff, pages);
    TIFFClose(tiff);
    if (!pageError.isEmpty())
        return fail(pageError);

    // rename() replaces an existing file atomically on POSIX systems.
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return fail(QStringLiteral("renaming %1 to the final name failed").arg(temporaryPath));
    temporary.setAutoRemove(false);
    return true;
}

} // namespace

DemoEm::DemoEm(const DemoEmOptions &options)
    : m_options(options)
{
    QElapsedTimer timer;
    timer.start();
    m_slices.reserve(std::size_t(std::max(0, options.slices)));
    for (int i = 0; i < options.slices; ++i)
        m_slices.push_back(generateSlice(options, i));
    qCDebug(lcDemoEm) << "generated" << options.slices << "synthetic EM slices of"
                      << options.width << "x" << options.height << "in" << timer.elapsed()
                      << "ms";
}

DemoEmSlice DemoEm::generateSlice(const DemoEmOptions &options, int index)
{
    std::seed_seq sequence{options.seed, static_cast<std::uint32_t>(index), kGeneratorVersion};
    std::mt19937 rng(sequence);
    const cv::Size size(std::max(8, options.width), std::max(8, options.height));
    const double spacing = std::max(6.0, options.cellDiameter);

    // Cell centres on a jittered grid: cell sizes vary, and no two centres coincide.
    std::vector<cv::Point> seeds;
    for (double gy = 0.5 * spacing; gy < size.height + 0.5 * spacing; gy += spacing) {
        for (double gx = 0.5 * spacing; gx < size.width + 0.5 * spacing; gx += spacing) {
            const int x = static_cast<int>(gx + uniform(rng, -0.4, 0.4) * spacing);
            const int y = static_cast<int>(gy + uniform(rng, -0.4, 0.4) * spacing);
            seeds.emplace_back(std::clamp(x, 0, size.width - 1), std::clamp(y, 0, size.height - 1));
        }
    }
    const cv::Mat labels = warpLabels(voronoiLabels(seeds, size), 0.12 * spacing,
                                      0.6 * spacing, rng);
    const int cellCount = static_cast<int>(seeds.size()) + 1;

    // Membranes: pixels closer to a cell border than half their cell's thickness, with a
    // slow variation along the border.
    std::vector<float> halfThickness(std::size_t(cellCount + 1));
    std::vector<float> interior(std::size_t(cellCount + 1));
    for (int cell = 0; cell <= cellCount; ++cell) {
        halfThickness[std::size_t(cell)] =
            0.5f * static_cast<float>(uniform(rng, options.membraneMin, options.membraneMax));
        interior[std::size_t(cell)] = static_cast<float>(uniform(rng, 0.55, 0.82));
    }
    cv::Mat borderDistance;
    cv::distanceTransform(cellBorders(labels), borderDistance, cv::DIST_L2, cv::DIST_MASK_5);
    const cv::Mat thicknessNoise = smoothNoise(size, 12.0, rng);
    cv::Mat mask(size, CV_8UC1);
    cv::Mat base(size, CV_32FC1);
    for (int y = 0; y < size.height; ++y) {
        const int *labelRow = labels.ptr<int>(y);
        const float *distanceRow = borderDistance.ptr<float>(y);
        const float *noiseRow = thicknessNoise.ptr<float>(y);
        std::uint8_t *maskRow = mask.ptr<std::uint8_t>(y);
        float *baseRow = base.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            const auto cell = std::size_t(std::clamp(labelRow[x], 0, cellCount));
            const float limit = halfThickness[cell] + 0.6f * noiseRow[x];
            maskRow[x] = distanceRow[x] < std::max(0.5f, limit) ? 1 : 0;
            baseRow[x] = interior[cell];
        }
    }

    // Organelle-like blobs near cell centres: dark vesicles and rimmed mitochondria.
    // They change the image only, so the model must learn to tell them from membranes.
    cv::Mat organelles(size, CV_32FC1, cv::Scalar(0));
    for (const cv::Point &seed : seeds) {
        const int blobs = static_cast<int>(rng() % 4u);
        for (int b = 0; b < blobs; ++b) {
            const cv::Point centre(seed.x + int(uniform(rng, -0.2, 0.2) * spacing),
                                   seed.y + int(uniform(rng, -0.2, 0.2) * spacing));
            const cv::Size axes(int(uniform(rng, 0.04, 0.16) * spacing) + 1,
                                int(uniform(rng, 0.04, 0.12) * spacing) + 1);
            const double angle = uniform(rng, 0.0, 180.0);
            const double depth = uniform(rng, 0.1, 0.35);
            const bool rimmed = rng() % 3u == 0;
            cv::ellipse(organelles, centre, axes, angle, 0, 360, cv::Scalar(depth),
                        rimmed ? 2 : cv::FILLED, cv::LINE_AA);
        }
    }
    cv::GaussianBlur(organelles, organelles, cv::Size(), 1.0);

    // Blurred membrane profile: dark at the centre line, fading into the cytoplasm.
    cv::Mat membraneProfile;
    mask.convertTo(membraneProfile, CV_32F);
    cv::GaussianBlur(membraneProfile, membraneProfile, cv::Size(), uniform(rng, 0.8, 1.6));
    const float membraneLevel = static_cast<float>(uniform(rng, 0.12, 0.28));

    // Texture, shot noise and a slow illumination change across the slice.
    const cv::Mat texture = smoothNoise(size, 2.0, rng);
    cv::Mat grain(size, CV_32FC1);
    derivedCvRng(rng).fill(grain, cv::RNG::NORMAL, 0.0, uniform(rng, 0.02, 0.05));
    const cv::Mat illuminationNoise = smoothNoise(size, 0.5 * size.width, rng);
    const double gradientX = uniform(rng, -0.15, 0.15);
    const double gradientY = uniform(rng, -0.15, 0.15);

    cv::Mat image(size, CV_8UC1);
    for (int y = 0; y < size.height; ++y) {
        const float *baseRow = base.ptr<float>(y);
        const float *organelleRow = organelles.ptr<float>(y);
        const float *profileRow = membraneProfile.ptr<float>(y);
        const float *textureRow = texture.ptr<float>(y);
        const float *grainRow = grain.ptr<float>(y);
        const float *illuminationRow = illuminationNoise.ptr<float>(y);
        const std::uint8_t *maskRow = mask.ptr<std::uint8_t>(y);
        std::uint8_t *out = image.ptr<std::uint8_t>(y);
        const double fy = double(y) / size.height - 0.5;
        for (int x = 0; x < size.width; ++x) {
            const double fx = double(x) / size.width - 0.5;
            const float organelle = maskRow[x] ? 0.0f : organelleRow[x];
            float value = baseRow[x] - organelle + 0.04f * textureRow[x];
            const float profile = std::min(1.0f, profileRow[x] * 1.4f);
            value = value * (1.0f - profile) + membraneLevel * profile;
            const double light = 1.0 + gradientX * fx + gradientY * fy + 0.06 * illuminationRow[x];
            out[x] = cv::saturate_cast<std::uint8_t>(255.0 * (value * light + grainRow[x]));
        }
    }
    return {image, mask};
}

bool DemoEm::writeTiffPair(const QString &imagePath, const QString &labelPath,
                           QString *error) const
{
    std::vector<cv::Mat> images;
    std::vector<cv::Mat> labels;
    for (const DemoEmSlice &slice : m_slices) {
        images.push_back(slice.image);
        // ISBI labels: 255 = cell interior, 0 = membrane.
        labels.push_back(255 - slice.mask * 255);
    }
    if (!writeStackAtomically(imagePath, images, error))
        return false;
    return writeStackAtomically(labelPath, labels, error);
}

Sample DemoEm::load(qsizetype index, std::mt19937 *rng) const
{
    const DemoEmSlice &source = m_slices.at(std::size_t(index));
    cv::Mat image = source.image;
    cv::Mat mask = source.mask.clone();
    if (rng) {
        const int crop = m_options.cropSize;
        if (crop > 0 && crop <= image.cols && crop <= image.rows)
            randomCrop(image, mask, cv::Size(crop, crop), *rng);
        else
            image = image.clone();
        if (m_augmenter)
            m_augmenter(image, mask, *rng);
    }
    Sample sample;
    image.convertTo(sample.image, CV_32F, 1.0 / 255.0);
    sample.mask = mask;
    return sample;
}

QString DemoEm::describe(qsizetype index) const
{
    return QStringLiteral("synthetic EM slice %1").arg(index);
}

} // namespace cnnwb::data
