#pragma once

#include <cstdint>
#include <memory>
#include <mutex>

#include <opencv2/core/mat.hpp>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QIODevice;

namespace cnnwb::data {

/// Character sets of the font-rendered demo set.
enum class DemoHanziPreset {
    /// 400 common characters, all GB2312 level 1: about a tenth of the level-1 classes, for
    /// short training runs on a CPU.
    Common,
    /// All 3755 GB2312 level-1 characters, the class set of HWDB1.x.
    Level1,
};

/// One installed font face (a file and the face index inside a collection).
struct DemoFontFace
{
    QString file;
    int index = 0;
    QString family;
};

/// Settings of the demo set. Together with the installed fonts they fix every pixel.
struct DemoHanziOptions
{
    DemoHanziPreset preset = DemoHanziPreset::Common;
    /// Rendered samples per character class.
    int samplesPerClass = 20;
    std::uint32_t seed = 1;
    /// Rendering threads for writeGnt(). 0 uses QThread::idealThreadCount().
    int threads = 0;
};

/// A handwriting-like character set rendered from installed CJK fonts, so that the
/// character model can be tried without downloading HWDB.
///
/// Each sample is one character of a randomly chosen font, skipping fonts that lack the
/// glyph. It gets random stroke width, slant, aspect, rotation, elastic warp, ink darkness
/// and noise, and is cropped like an HWDB bitmap: dark ink on a 255 background, about
/// 50-90 pixels on the longer side. Sample (class, index) depends only on the options and
/// the font set.
class DemoHanzi
{
public:
    /// Bumped whenever rendering changes, so cached files of older versions are not reused.
    static constexpr int kGeneratorVersion = 1;

    /// Creates a generator over FONTS. An empty list queries fontconfig (installedFonts()).
    explicit DemoHanzi(const DemoHanziOptions &options, QList<DemoFontFace> fonts = {});
    ~DemoHanzi();
    DemoHanzi(const DemoHanzi &) = delete;
    DemoHanzi &operator=(const DemoHanzi &) = delete;

    /// Returns the 400 characters of the Common preset, in class-index order.
    static const QStringList &commonCharacters();
    /// Returns the characters (class names) of PRESET.
    static QStringList characters(DemoHanziPreset preset);
    /// Returns "common" or "level1".
    static QString presetName(DemoHanziPreset preset);
    /// Returns the installed faces that fontconfig lists for Simplified Chinese (zh-cn),
    /// without regional (TC, HK, JP, KR, TW) and monospaced variants, sorted by file.
    static QList<DemoFontFace> installedFonts();
    /// Returns the default cache folder: the application cache location plus "/demo-hanzi".
    static QString defaultCacheFolder();

    const DemoHanziOptions &options() const { return m_options; }
    const QList<DemoFontFace> &fonts() const { return m_fonts; }
    /// Returns true when at least one usable CJK font was found.
    bool hasFonts() const { return !m_fonts.isEmpty(); }
    /// Returns the class names: one character per class, in class-index order.
    const QStringList &classNames() const { return m_characters; }
    qint64 sampleCount() const { return qint64(m_characters.size()) * m_options.samplesPerClass; }

    /// Renders sample SAMPLEINDEX of class CLASSINDEX as a CV_8UC1 bitmap (255 =
    /// background). Thread-safe. Throws DataError when no font has the character.
    cv::Mat renderSample(int classIndex, int sampleIndex) const;
    /// Writes every sample to DEVICE as .gnt records, class by class, rendering on
    /// options().threads threads. Throws DataError on failure.
    void writeGnt(QIODevice *device) const;
    /// Returns the cache file name, which encodes the preset, samples per class, seed,
    /// generator version and a hash of the font set.
    QString cacheFileName() const;
    /// Returns the path of the cached .gnt file in FOLDER (defaultCacheFolder() when
    /// empty), generating and writing it atomically first when it is missing.
    /// Throws DataError when no font is installed or the file cannot be written.
    QString ensureCached(const QString &folder = QString()) const;

private:
    class Renderer;

    DemoHanziOptions m_options;
    QList<DemoFontFace> m_fonts;
    QStringList m_characters;
    // Guards m_renderer, which renderSample() shares between callers.
    mutable std::mutex m_rendererMutex;
    mutable std::unique_ptr<Renderer> m_renderer;
};

} // namespace cnnwb::data
