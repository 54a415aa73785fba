#pragma once

#include <QtCore/QString>

#include <stdexcept>

namespace cnnwb::data {

/// A failure to read a dataset file, naming the file, the position in it and what to do.
///
/// POSITION is human-readable and names the unit of the format: "byte offset 1234",
/// "page 7", "record 12". It is empty when the whole file is at fault.
class DataError : public std::runtime_error
{
public:
    DataError(const QString &file, const QString &position, const QString &reason,
              const QString &hint = QString());

    QString file() const { return m_file; }
    QString position() const { return m_position; }
    QString reason() const { return m_reason; }
    QString hint() const { return m_hint; }
    /// Returns "FILE (POSITION): REASON. HINT" for logs and dialogs.
    QString message() const;

private:
    QString m_file;
    QString m_position;
    QString m_reason;
    QString m_hint;
};

} // namespace cnnwb::data
