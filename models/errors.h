#pragma once

#include <QtCore/QString>

#include <exception>

namespace cnnwb::models {

/// Returns the message of E for users and logs: for LibTorch errors the first line of the
/// message, without the C++ backtrace that LibTorch appends.
QString exceptionMessage(const std::exception &e);

} // namespace cnnwb::models
