#include "demohanzi.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <random>
#include <thread>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <fontconfig/fontconfig.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>

#include "data/augment.h"
#include "data/dataerror.h"
#include "data/gb2312.h"
#include "data/gntwriter.h"

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcDemo, "cnnwb.data.demo")

// 400 common characters of modern written Chinese, all GB2312 level 1.
// NOTE: hand-picked from common-character lists, not cut from a measured frequency table.
const char16_t kCommonCharacters[] =
    u"的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生"
    u"自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与"
    u"好看学进种将还分此心前面又定见只主没公从知把现两关些意点正新想已部明高长问力理尔"
    u"由内外开它本命名文化义全体民手平实战及表第间位话向几月利相政等物最给很比社电工感"
    u"走动情重条性常被但头身口路数通品加世制信期反合员特每度山安放保受先老北西东南门真"
    u"果党变机题思提告科百才因神金市女回报队产线记结直接完解少海连格各改花张任别原色青"
    u"住收区半管白类往立基资究热步运近议治容望系造请石权角认带林育片影象算始活图红即满"
    u"增病速强状确光米形领号指标视音华入王深清难声众马布引风备团死求支复德选志量际士服"
    u"整亲农研般院江河听约达组段极候油装失术底查程眼场取导集流交离包千断铁质值计黄李列"
    u"足父史器呢城准存根尼式落精推创养节料证府酒欢害许食转万则务言八局采设办消息争参构";

// Em size at which glyphs are rasterised once per character and font; samples are then
// scaled down to 50-90 pixels, so strokes stay smooth.
constexpr int kBaseEmPixels = 96;
// Border around the base glyph, in pixels, that leaves room for dilation and warps.
constexpr int kBasePadding = 10;
// Classes rendered ahead of the writer in writeGnt(); bounds memory for the level-1 set.
constexpr int kRenderWindow = 128;

double uniform(std::mt19937 &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

} // namespace

// Owns a FreeType library and its faces. FreeType objects are not thread-safe, so every
// rendering thread has its own Renderer.
class DemoHanzi::Renderer
{
public:
    explicit Renderer(const QList<DemoFontFace> &fonts)
    {
        if (FT_Init_FreeType(&m_library) != 0)
            throw DataError(QStringLiteral("FreeType"), QString(),
                            QStringLiteral("initialising the FreeType library failed"));
        for (const DemoFontFace &font : fonts) {
            FT_Face face = nullptr;
            const QByteArray path = QFile::encodeName(font.file);
            if (FT_New_Face(m_library, path.constData(), font.index, &face) != 0) {
                qCWarning(lcDemo) << "skipping font" << font.file << "face" << font.index
                                  << ": FreeType cannot open it";
                continue;
            }
            if (FT_Set_Pixel_Sizes(face, 0, kBaseEmPixels) != 0) {
                qCWarning(lcDemo) << "skipping font" << font.file << "face" << font.index
                                  << ": it has no scalable outlines";
                FT_Done_Face(face);
                continue;
            }
            m_faces.push_back(face);
        }
    }

    ~Renderer()
    {
        for (FT_Face face : m_faces)
            FT_Done_Face(face);
        FT_Done_FreeType(m_library);
    }

    Renderer(const Renderer &) = delete;
    Renderer &operator=(const Renderer &) = delete;

    cv::Mat render(const QString &character, int classIndex, int sampleIndex,
                   std::uint32_t seed)
    {
        const char32_t codePoint = character.toUcs4().value(0);
        prepareCharacter(codePoint, character);

        std::seed_seq sequence{seed, static_cast<std::uint32_t>(classIndex),
                               static_cast<std::uint32_t>(sampleIndex),
                               static_cast<std::uint32_t>(kGeneratorVersion)};
        std::mt19937 rng(sequence);

        const std::size_t choice = rng() % m_glyphFaces.size();
        const cv::Mat &base = baseGlyph(choice);
        return varySample(base, rng);
    }

private:
    // Switches the per-character cache to CODEPOINT: the faces that have the glyph, and
    // their base rasters, rendered lazily.
    void prepareCharacter(char32_t codePoint, const QString &character)
    {
        if (codePoint == m_codePoint && !m_glyphFaces.empty())
            return;
        m_codePoint = codePoint;
        m_glyphFaces.clear();
        m_baseGlyphs.clear();
        for (FT_Face face : m_faces) {
            if (FT_Get_Char_Index(face, codePoint) != 0)
                m_glyphFaces.push_back(face);
        }
        m_baseGlyphs.resize(m_glyphFaces.size());
        if (m_glyphFaces.empty())
            throw DataError(QStringLiteral("demo character set"),
                            QStringLiteral("character \"%1\"").arg(character),
                            QStringLiteral("none of the %1 installed CJK fonts has this glyph")
                                .arg(m_faces.size()),
                            QStringLiteral("Install a font that covers GB2312, for example "
                                           "fonts-wqy-microhei or fonts-noto-cjk"));
    }

    // Returns the coverage raster (255 = ink) of the current character in face CHOICE,
    // padded by kBasePadding.
    const cv::Mat &baseGlyph(std::size_t choice)
    {
        cv::Mat &cached = m_baseGlyphs[choice];
        if (!cached.empty())
            return cached;
        FT_Face face = m_glyphFaces[choice];
        if (FT_Load_Char(face, m_codePoint, FT_LOAD_RENDER) != 0
            || face->glyph->bitmap.pixel_mode != FT_PIXEL_MODE_GRAY) {
            throw DataError(QString::fromUtf8(face->family_name ? face->family_name : "font"),
                            QStringLiteral("code point U+%1").arg(uint(m_codePoint), 4, 16),
                            QStringLiteral("FreeType failed to render the glyph as 8-bit "
                                           "coverage"));
        }
        const FT_Bitmap &bitmap = face->glyph->bitmap;
        const int width = static_cast<int>(bitmap.width);
        const int height = static_cast<int>(bitmap.rows);
        cached = cv::Mat::zeros(height + 2 * kBasePadding, width + 2 * kBasePadding, CV_8UC1);
        for (int y = 0; y < height; ++y) {
            const unsigned char *source = bitmap.buffer + std::ptrdiff_t(y) * bitmap.pitch;
            std::copy(source, source + width, cached.ptr<std::uint8_t>(y + kBasePadding)
                                                  + kBasePadding);
        }
        return cached;
    }

    // Turns the base raster into one handwriting-like bitmap (255 = background).
    static cv::Mat varySample(const cv::Mat &base, std::mt19937 &rng)
    {
        // Every value is drawn up front, in a fixed order, so each sample uses the same
        // number of draws whatever the branches below do.
        const int strokeChange = static_cast<int>(rng() % 5u) - 1; // -1 thinner .. +3 bolder
        const double longerSide = uniform(rng, 50.0, 90.0);
        const double aspect = uniform(rng, 0.85, 1.15);
        const double slant = uniform(rng, -0.25, 0.25);
        const double angle = uniform(rng, -4.0, 4.0) * CV_PI / 180.0;
        const double warp = uniform(rng, 0.8, 2.2);
        const double darkness = uniform(rng, 0.55, 0.95);
        const double noiseLevel = uniform(rng, 3.0, 12.0);
        const int marginLeft = static_cast<int>(rng() % 4u);
        const int marginTop = static_cast<int>(rng() % 4u);
        const int marginRight = static_cast<int>(rng() % 4u);
        const int marginBottom = static_cast<int>(rng() % 4u);

        // Stroke width: grow or shrink the ink at the base scale.
        cv::Mat ink = base;
        if (strokeChange != 0) {
            static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE,
                                                                    cv::Size(3, 3));
            cv::Mat changed;
            if (strokeChange > 0)
                cv::dilate(base, changed, kernel, cv::Point(-1, -1), strokeChange);
            else
                cv::erode(base, changed, kernel, cv::Point(-1, -1), -strokeChange);
            ink = changed;
        }

        // Scale so that the glyph's longer side becomes LONGERSIDE, then slant and rotate
        // around the glyph centre. Forward map: q = A (p - c).
        const double glyphSide = std::max(base.cols, base.rows) - 2.0 * kBasePadding;
        const double scale = longerSide / std::max(1.0, glyphSide);
        const double sx = scale * aspect;
        const double sy = scale;
        const double cosA = std::cos(angle);
        const double sinA = std::sin(angle);
        // A = R * Shear * S with Shear = [1 slant; 0 1].
        const double a00 = cosA * sx;
        const double a01 = (cosA * slant - sinA) * sy;
        const double a10 = sinA * sx;
        const double a11 = (sinA * slant + cosA) * sy;
        const double cx = 0.5 * (base.cols - 1);
        const double cy = 0.5 * (base.rows - 1);

        // Output canvas large enough for the transformed raster plus warp room.
        const double halfW = 0.5 * base.cols;
        const double halfH = 0.5 * base.rows;
        const double extentX = std::abs(a00) * halfW + std::abs(a01) * halfH + 2.0 * warp + 2.0;
        const double extentY = std::abs(a10) * halfW + std::abs(a11) * halfH + 2.0 * warp + 2.0;
        const cv::Size canvas(static_cast<int>(std::ceil(2.0 * extentX)),
                              static_cast<int>(std::ceil(2.0 * extentY)));
        const double ox = 0.5 * (canvas.width - 1);
        const double oy = 0.5 * (canvas.height - 1);

        // Inverse map p = A^-1 (q - o) + c, plus a smooth random displacement.
        const double determinant = a00 * a11 - a01 * a10;
        const double i00 = a11 / determinant;
        const double i01 = -a01 / determinant;
        const double i10 = -a10 / determinant;
        const double i11 = a00 / determinant;
        cv::Mat dx;
        cv::Mat dy;
        randomDisplacementField(canvas, warp, 6.0, rng, dx, dy);
        cv::Mat mapX(canvas, CV_32FC1);
        cv::Mat mapY(canvas, CV_32FC1);
        for (int y = 0; y < canvas.height; ++y) {
            const float *rowDx = dx.ptr<float>(y);
            const float *rowDy = dy.ptr<float>(y);
            float *rowX = mapX.ptr<float>(y);
            float *rowY = mapY.ptr<float>(y);
            const double qy = y - oy;
            for (int x = 0; x < canvas.width; ++x) {
                const double qx = x - ox;
                rowX[x] = static_cast<float>(i00 * qx + i01 * qy + cx) + rowDx[x] / float(scale);
                rowY[x] = static_cast<float>(i10 * qx + i11 * qy + cy) + rowDy[x] / float(scale);
            }
        }
        cv::Mat warped;
        cv::remap(ink, warped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));

        // Crop to the ink, with a small random margin that varies the position.
        const cv::Rect inkBox = cv::boundingRect(warped > 24);
        if (inkBox.empty())
            return cv::Mat(1, 1, CV_8UC1, cv::Scalar(255));
        const cv::Rect box = cv::Rect(inkBox.x - marginLeft, inkBox.y - marginTop,
                                      inkBox.width + marginLeft + marginRight,
                                      inkBox.height + marginTop + marginBottom)
                             & cv::Rect(0, 0, warped.cols, warped.rows);
        const cv::Mat cropped = warped(box);

        // Ink darkness and noise on ink pixels only; HWDB backgrounds are exactly 255.
        cv::Mat noise(cropped.size(), CV_16SC1);
        cv::RNG(static_cast<std::uint64_t>(rng()) | 1u).fill(noise, cv::RNG::NORMAL, 0.0,
                                                             noiseLevel);
        cv::Mat bitmap(cropped.size(), CV_8UC1);
        for (int y = 0; y < cropped.rows; ++y) {
            const std::uint8_t *inkRow = cropped.ptr<std::uint8_t>(y);
            const std::int16_t *noiseRow = noise.ptr<std::int16_t>(y);
            std::uint8_t *out = bitmap.ptr<std::uint8_t>(y);
            for (int x = 0; x < cropped.cols; ++x) {
                if (inkRow[x] < 24) {
                    out[x] = 255;
                    continue;
                }
                const double value = 255.0 - darkness * inkRow[x] + noiseRow[x];
                out[x] = cv::saturate_cast<std::uint8_t>(std::min(value, 254.0));
            }
        }
        return bitmap;
    }

    FT_Library m_library = nullptr;
    std::vector<FT_Face> m_faces;
    char32_t m_codePoint = 0;
    std::vector<FT_Face> m_glyphFaces;
    std::vector<cv::Mat> m_baseGlyphs;
};

DemoHanzi::DemoHanzi(const DemoHanziOptions &options, QList<DemoFontFace> fonts)
    : m_options(options)
    , m_fonts(fonts.isEmpty() ? installedFonts() : std::move(fonts))
    , m_characters(characters(options.preset))
{
    m_options.samplesPerClass = std::max(1, m_options.samplesPerClass);
}

DemoHanzi::~DemoHanzi() = default;

const QStringList &DemoHanzi::commonCharacters()
{
    static const QStringList list = [] {
        QStringList characters;
        const QString all = QString::fromUtf16(kCommonCharacters);
        for (const QChar character : all)
            characters.push_back(QString(character));
        return characters;
    }();
    return list;
}

QStringList DemoHanzi::characters(DemoHanziPreset preset)
{
    return preset == DemoHanziPreset::Common ? commonCharacters() : gb2312::level1Characters();
}

QString DemoHanzi::presetName(DemoHanziPreset preset)
{
    return preset == DemoHanziPreset::Common ? QStringLiteral("common")
                                             : QStringLiteral("level1");
}

QList<DemoFontFace> DemoHanzi::installedFonts()
{
    QList<DemoFontFace> faces;
    if (!FcInit()) {
        qCWarning(lcDemo) << "fontconfig failed to initialise; no demo fonts";
        return faces;
    }
    FcPattern *pattern = FcPatternCreate();
    FcLangSet *languages = FcLangSetCreate();
    FcLangSetAdd(languages, reinterpret_cast<const FcChar8 *>("zh-cn"));
    FcPatternAddLangSet(pattern, FC_LANG, languages);
    FcLangSetDestroy(languages);
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FAMILY, FC_SPACING, nullptr);
    FcFontSet *set = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    if (!set)
        return faces;

    // Regional variants of one design draw some characters in Traditional or Japanese
    // forms, and monospaced variants duplicate their proportional family.
    static const QStringList regional{QStringLiteral("TC"), QStringLiteral("HK"),
                                      QStringLiteral("JP"), QStringLiteral("KR"),
                                      QStringLiteral("TW")};
    for (int i = 0; i < set->nfont; ++i) {
        FcChar8 *file = nullptr;
        FcChar8 *family = nullptr;
        int index = 0;
        int spacing = FC_PROPORTIONAL;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
        FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &family);
        FcPatternGetInteger(set->fonts[i], FC_SPACING, 0, &spacing);
        const QString familyName = family ? QString::fromUtf8(reinterpret_cast<char *>(family))
                                          : QString();
        const QStringList words = familyName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool isRegional = std::any_of(words.begin(), words.end(), [](const QString &w) {
            return regional.contains(w);
        });
        if (isRegional || spacing == FC_MONO || words.contains(QStringLiteral("Mono")))
            continue;
        faces.push_back({QFile::decodeName(reinterpret_cast<char *>(file)), index, familyName});
    }
    FcFontSetDestroy(set);

    std::sort(faces.begin(), faces.end(), [](const DemoFontFace &a, const DemoFontFace &b) {
        return a.file != b.file ? a.file < b.file : a.index < b.index;
    });
    faces.erase(std::unique(faces.begin(), faces.end(),
                            [](const DemoFontFace &a, const DemoFontFace &b) {
                                return a.file == b.file && a.index == b.index;
                            }),
                faces.end());
    return faces;
}

QString DemoHanzi::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/demo-hanzi");
}

cv::Mat DemoHanzi::renderSample(int classIndex, int sampleIndex) const
{
    if (classIndex < 0 || classIndex >= m_characters.size())
        throw DataError(QStringLiteral("demo character set"),
                        QStringLiteral("class %1").arg(classIndex),
                        QStringLiteral("class index out of range 0-%1")
                            .arg(m_characters.size() - 1));
    std::lock_guard<std::mutex> lock(m_rendererMutex);
    if (!m_renderer)
        m_renderer = std::make_unique<Renderer>(m_fonts);
    return m_renderer->render(m_characters.at(classIndex), classIndex, sampleIndex,
                              m_options.seed);
}

void DemoHanzi::writeGnt(QIODevice *device) const
{
    if (!hasFonts())
        throw DataError(QStringLiteral("demo character set"), QString(),
                        QStringLiteral("no CJK font is installed"),
                        QStringLiteral("Install fonts-wqy-microhei or fonts-noto-cjk, or "
                                       "download HWDB1.1"));
    const int classCount = static_cast<int>(m_characters.size());
    const int threadCount = std::max(1, std::min(m_options.threads > 0
                                                     ? m_options.threads
                                                     : QThread::idealThreadCount(),
                                                 classCount));
    QElapsedTimer timer;
    timer.start();

    // Workers render whole classes into CLASSRECORDS; this thread writes them in class order, so
    // the file is identical for any thread count.
    std::vector<QByteArray> classRecords(static_cast<std::size_t>(classCount));
    std::vector<char> ready(static_cast<std::size_t>(classCount), 0);
    std::mutex mutex;
    std::condition_variable changed;
    int nextClass = 0;
    int written = 0;
    bool abort = false;
    std::exception_ptr failure;

    const auto work = [&]() {
        try {
            Renderer renderer(m_fonts);
            for (;;) {
                int classIndex = 0;
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    changed.wait(lock, [&] {
                        return abort || nextClass >= classCount
                               || nextClass < written + kRenderWindow;
                    });
                    if (abort || nextClass >= classCount)
                        return;
                    classIndex = nextClass++;
                }
                QByteArray records;
                const QString &character = m_characters.at(classIndex);
                const std::uint16_t code = gb2312::encode(character);
                for (int sample = 0; sample < m_options.samplesPerClass; ++sample) {
                    const cv::Mat bitmap = renderer.render(character, classIndex, sample,
                                                           m_options.seed);
                    records += GntWriter::encodeRecord(code, bitmap);
                }
                std::lock_guard<std::mutex> lock(mutex);
                classRecords[static_cast<std::size_t>(classIndex)] = std::move(records);
                ready[static_cast<std::size_t>(classIndex)] = 1;
                changed.notify_all();
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!failure)
                failure = std::current_exception();
            abort = true;
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(threadCount));
    for (int i = 0; i < threadCount; ++i)
        threads.emplace_back(work);

    QString writeError;
    for (int classIndex = 0; classIndex < classCount; ++classIndex) {
        QByteArray records;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return abort || ready[std::size_t(classIndex)] != 0; });
            if (abort)
                break;
            records = std::move(classRecords[std::size_t(classIndex)]);
        }
        if (device->write(records) != records.size()) {
            writeError = device->errorString();
            std::lock_guard<std::mutex> lock(mutex);
            abort = true;
            changed.notify_all();
            break;
        }
        std::lock_guard<std::mutex> lock(mutex);
        written = classIndex + 1;
        changed.notify_all();
    }
    for (std::thread &thread : threads)
        thread.join();

    if (failure)
        std::rethrow_exception(failure);
    if (!writeError.isEmpty())
        throw DataError(QStringLiteral("demo character set"), QString(),
                        QStringLiteral("writing the .gnt data failed: %1").arg(writeError),
                        QStringLiteral("Check free disk space and permissions of the cache "
                                       "folder"));
    const double seconds = std::max(1e-9, timer.nsecsElapsed() / 1e9);
    qCInfo(lcDemo).nospace() << "rendered " << sampleCount() << " demo characters in "
                             << seconds << " s (" << qRound(sampleCount() / seconds)
                             << " per second on " << threadCount << " threads)";
}

QString DemoHanzi::cacheFileName() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const DemoFontFace &font : m_fonts) {
        hash.addData(font.file.toUtf8());
        hash.addData(QByteArray::number(font.index));
        hash.addData(QByteArray::number(QFileInfo(font.file).size()));
    }
    const QString fontKey = QString::fromLatin1(hash.result().toHex().left(8));
    return QStringLiteral("hanzi-%1-%2x-seed%3-g%4-f%5.gnt")
        .arg(presetName(m_options.preset))
        .arg(m_options.samplesPerClass)
        .arg(m_options.seed)
        .arg(kGeneratorVersion)
        .arg(fontKey);
}

QString DemoHanzi::ensureCached(const QString &folder) const
{
    const QString directory = folder.isEmpty() ? defaultCacheFolder() : folder;
    const QString path = QDir(directory).filePath(cacheFileName());
    const QFileInfo existing(path);
    if (existing.isFile() && existing.size() > 0) {
        qCDebug(lcDemo) << "reusing cached demo set" << path;
        return path;
    }
    if (!QDir().mkpath(directory))
        throw DataError(directory, QString(), QStringLiteral("cannot create the cache folder"),
                        QStringLiteral("Check the permissions of its parent folder"));

    qCInfo(lcDemo) << "generating demo set" << path << "with" << sampleCount() << "samples";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DataError(path, QString(),
                        QStringLiteral("cannot open for writing: %1").arg(file.errorString()),
                        QStringLiteral("Check the permissions of the cache folder"));
    try {
        writeGnt(&file);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw DataError(path, QString(),
                        QStringLiteral("saving failed: %1").arg(file.errorString()),
                        QStringLiteral("Check free disk space in the cache folder"));
    return path;
}

} // namespace cnnwb::data
