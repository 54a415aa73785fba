#include "dataerror.h"

namespace cnnwb::data {
namespace {

QString compose(const QString &file, const QString &position, const QString &reason,
                const QString &hint)
{
    QString text = file;
    if (!position.isEmpty())
        text += QStringLiteral(" (") + position + QLatin1Char(')');
    text += QStringLiteral(": ") + reason;
    if (!hint.isEmpty())
        text += QStringLiteral(". ") + hint;
    return text;
}

} // namespace

DataError::DataError(const QString &file, const QString &position, const QString &reason,
                     const QString &hint)
    : std::runtime_error(compose(file, position, reason, hint).toStdString())
    , m_file(file)
    , m_position(position)
    , m_reason(reason)
    , m_hint(hint)
{
}

QString DataError::message() const
{
    return compose(m_file, m_position, m_reason, m_hint);
}

} // namespace cnnwb::data
