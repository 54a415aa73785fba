#include "gb2312.h"

#include <array>
#include <stdexcept>
#include <string>

#include <iconv.h>

#include <QtCore/QByteArray>

namespace cnnwb::data::gb2312 {
namespace {

// Converts a short byte string between two iconv encodings. Each call opens its own
// descriptor because iconv descriptors are not thread-safe; the cost (microseconds)
// matters only for the level-1 table, which is built once and cached.
std::optional<QByteArray> convertBytes(const char *from, const char *to, const QByteArray &input)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error(std::string("iconv cannot convert ") + from + " to " + to
                                 + ": the C library lacks this converter");
    std::array<char, 16> output{};
    char *in = const_cast<char *>(input.constData());
    char *out = output.data();
    std::size_t inLeft = static_cast<std::size_t>(input.size());
    std::size_t outLeft = output.size();
    const std::size_t result = iconv(cd, &in, &inLeft, &out, &outLeft);
    iconv_close(cd);
    if (result == static_cast<std::size_t>(-1) || inLeft != 0)
        return std::nullopt;
    return QByteArray(output.data(), static_cast<qsizetype>(output.size() - outLeft));
}

} // namespace

std::optional<QString> decode(std::uint8_t lead, std::uint8_t trail)
{
    // GB2312 in its EUC-CN form has both bytes in 0xA1-0xFE.
    if (lead < 0xA1 || lead > 0xFE || trail < 0xA1 || trail > 0xFE)
        return std::nullopt;
    const char bytes[2] = {static_cast<char>(lead), static_cast<char>(trail)};
    const auto utf8 = convertBytes("GB2312", "UTF-8", QByteArray(bytes, 2));
    if (!utf8 || utf8->isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*utf8);
}

const QStringList &level1Characters()
{
    static const QStringList table = [] {
        QStringList characters;
        characters.reserve(kLevel1Count);
        for (int lead = 0xB0; lead <= 0xD7; ++lead) {
            for (int trail = 0xA1; trail <= 0xFE; ++trail) {
                const auto text = decode(static_cast<std::uint8_t>(lead),
                                         static_cast<std::uint8_t>(trail));
                if (text)
                    characters.push_back(*text);
            }
        }
        if (characters.size() != kLevel1Count)
            throw std::runtime_error("the C library's GB2312 table has "
                                     + std::to_string(characters.size())
                                     + " level-1 characters, expected 3755");
        return characters;
    }();
    return table;
}

std::uint16_t encode(const QString &character)
{
    const auto bytes = convertBytes("UTF-8", "GB2312", character.toUtf8());
    if (!bytes || bytes->size() != 2)
        return 0;
    return static_cast<std::uint16_t>((static_cast<std::uint8_t>(bytes->at(0)) << 8)
                                      | static_cast<std::uint8_t>(bytes->at(1)));
}

bool isLevel1(std::uint16_t code)
{
    const int lead = code >> 8;
    const int trail = code & 0xFF;
    const bool unassigned = lead == 0xD7 && trail >= 0xFA;
    return lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 && trail <= 0xFE && !unassigned;
}

} // namespace cnnwb::data::gb2312
