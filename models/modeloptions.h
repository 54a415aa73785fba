#pragma once

#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <optional>

namespace cnnwb::models {

/// The value kind of an architecture option.
enum class OptionKind {
    Integer,      ///< one whole number
    Real,         ///< one floating-point number
    IntegerList,  ///< comma-separated whole numbers, such as dense widths "1024,512"
    RealList,     ///< comma-separated floating-point numbers, such as dropout rates "0.7,0.5"
};

/// Description of one architecture option of a zoo model.
struct OptionSpec
{
    QString key;             ///< command-line and configuration key ("dense_units")
    OptionKind kind = OptionKind::Integer;
    QString defaultValue;    ///< default, in the same text form the user types
    double minimum = 0;      ///< smallest allowed value of each element
    double maximum = 0;      ///< largest allowed value of each element
    const char *description = nullptr; ///< untranslated help text, translated on display
    int minCount = 1;        ///< fewest list elements (lists only)
    int maxCount = 1;        ///< most list elements (lists only)

    /// Returns the translated description.
    QString translatedDescription() const;
};

/// Option values of one model instance, keyed by option key, in text form.
class OptionValues
{
public:
    OptionValues() = default;
    /// Builds values from the defaults of SPECS.
    explicit OptionValues(const QVector<OptionSpec> &specs);

    /// Validates and stores TEXT for KEY. Returns an error message, or an empty string.
    QString set(const QVector<OptionSpec> &specs, const QString &key, const QString &text);

    int integer(const QString &key) const;
    double real(const QString &key) const;
    QVector<int> integerList(const QString &key) const;
    QVector<double> realList(const QString &key) const;
    QString text(const QString &key) const { return m_values.value(key); }

    const QMap<QString, QString> &values() const { return m_values; }
    bool operator==(const OptionValues &other) const { return m_values == other.m_values; }

private:
    QMap<QString, QString> m_values;
};

/// Checks TEXT against SPEC. Returns an error message, or an empty string when valid.
QString validateOption(const OptionSpec &spec, const QString &text);

} // namespace cnnwb::models
