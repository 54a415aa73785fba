#include "modeloptions.h"

#include <QtCore/QCoreApplication>

#include <stdexcept>

namespace cnnwb::models {
namespace {

QStringList splitList(const QString &text)
{
    QStringList parts = text.split(QLatin1Char(','), Qt::KeepEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    return parts;
}

} // namespace

QString OptionSpec::translatedDescription() const
{
    return description ? QCoreApplication::translate("cnnwb::models::Zoo", description) : QString();
}

QString validateOption(const OptionSpec &spec, const QString &text)
{
    const bool isList = spec.kind == OptionKind::IntegerList || spec.kind == OptionKind::RealList;
    const bool isInteger = spec.kind == OptionKind::Integer || spec.kind == OptionKind::IntegerList;
    const QStringList parts = isList ? splitList(text) : QStringList{text.trimmed()};
    if (isList && (parts.size() < spec.minCount || parts.size() > spec.maxCount)) {
        return QCoreApplication::translate("cnnwb::models", "%1 takes %2 to %3 comma-separated values, got %4 (\"%5\")")
            .arg(spec.key)
            .arg(spec.minCount)
            .arg(spec.maxCount)
            .arg(parts.size())
            .arg(text);
    }
    for (const QString &part : parts) {
        bool ok = false;
        const double value = isInteger ? part.toInt(&ok) : part.toDouble(&ok);
        if (!ok) {
            return QCoreApplication::translate("cnnwb::models", "%1 expects %2, got \"%3\"")
                .arg(spec.key, isInteger ? QCoreApplication::translate("cnnwb::models", "whole numbers") : QCoreApplication::translate("cnnwb::models", "numbers"), part);
        }
        if (value < spec.minimum || value > spec.maximum) {
            return QCoreApplication::translate("cnnwb::models", "%1 must lie between %2 and %3, got %4")
                .arg(spec.key)
                .arg(spec.minimum)
                .arg(spec.maximum)
                .arg(part);
        }
    }
    return {};
}

OptionValues::OptionValues(const QVector<OptionSpec> &specs)
{
    for (const OptionSpec &spec : specs)
        m_values.insert(spec.key, spec.defaultValue);
}

QString OptionValues::set(const QVector<OptionSpec> &specs, const QString &key,
                          const QString &text)
{
    for (const OptionSpec &spec : specs) {
        if (spec.key != key)
            continue;
        const QString error = validateOption(spec, text);
        if (error.isEmpty())
            m_values.insert(key, text.trimmed());
        return error;
    }
    QStringList keys;
    for (const OptionSpec &spec : specs)
        keys << spec.key;
    return QCoreApplication::translate("cnnwb::models", "unknown option \"%1\"; valid options: %2").arg(key, keys.join(QLatin1String(", ")));
}

int OptionValues::integer(const QString &key) const
{
    bool ok = false;
    const int value = m_values.value(key).toInt(&ok);
    if (!ok)
        throw std::invalid_argument("option " + key.toStdString() + " is not a whole number");
    return value;
}

double OptionValues::real(const QString &key) const
{
    bool ok = false;
    const double value = m_values.value(key).toDouble(&ok);
    if (!ok)
        throw std::invalid_argument("option " + key.toStdString() + " is not a number");
    return value;
}

QVector<int> OptionValues::integerList(const QString &key) const
{
    QVector<int> result;
    for (const QString &part : splitList(m_values.value(key))) {
        bool ok = false;
        result.push_back(part.toInt(&ok));
        if (!ok)
            throw std::invalid_argument("option " + key.toStdString()
                                        + " is not a list of whole numbers");
    }
    return result;
}

QVector<double> OptionValues::realList(const QString &key) const
{
    QVector<double> result;
    for (const QString &part : splitList(m_values.value(key))) {
        bool ok = false;
        result.push_back(part.toDouble(&ok));
        if (!ok)
            throw std::invalid_argument("option " + key.toStdString() + " is not a list of numbers");
    }
    return result;
}

} // namespace cnnwb::models
