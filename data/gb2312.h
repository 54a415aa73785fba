#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cstdint>
#include <optional>

namespace cnnwb::data {

/// GB2312 code tables, decoded through the C library's iconv converter.
namespace gb2312 {

/// Number of GB2312 level-1 characters (rows 0xB0-0xD7 minus the five unassigned cells).
inline constexpr int kLevel1Count = 3755;

/// Decodes one two-byte code, lead byte first, into a Unicode string. Returns nullopt for
/// a code that GB2312 does not assign.
std::optional<QString> decode(std::uint8_t lead, std::uint8_t trail);

/// Returns the 3755 level-1 characters in code order (0xB0A1 first).
const QStringList &level1Characters();

/// Returns the code (lead byte << 8 | trail byte) of a character, or 0 where the character
/// has no GB2312 code.
std::uint16_t encode(const QString &character);

/// Returns true when the code lies in the level-1 block.
bool isLevel1(std::uint16_t code);

} // namespace gb2312
} // namespace cnnwb::data
