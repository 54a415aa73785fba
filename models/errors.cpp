#include "errors.h"

#include <c10/util/Exception.h>

namespace cnnwb::models {

QString exceptionMessage(const std::exception &e)
{
    if (const auto *torchError = dynamic_cast<const c10::Error *>(&e))
        return QString::fromStdString(torchError->what_without_backtrace()).trimmed();
    return QString::fromLocal8Bit(e.what()).trimmed();
}

} // namespace cnnwb::models
