#include "subsetsource.h"

#include <QtCore/QHash>

#include <algorithm>
#include <stdexcept>

namespace cnnwb::data {

SubsetSource::SubsetSource(std::shared_ptr<const SampleSource> base, QVector<qsizetype> indices,
                           QVector<int> labelMap, QStringList classNames)
    : m_base(std::move(base))
    , m_indices(std::move(indices))
    , m_labelMap(std::move(labelMap))
    , m_classNames(std::move(classNames))
{
}

int SubsetSource::mapLabel(int baseLabel) const
{
    if (m_labelMap.isEmpty() || baseLabel < 0)
        return baseLabel;
    return baseLabel < m_labelMap.size() ? m_labelMap.at(baseLabel) : -1;
}

int SubsetSource::label(qsizetype index) const
{
    return mapLabel(m_base->label(m_indices.at(index)));
}

Sample SubsetSource::load(qsizetype index, std::mt19937 *rng) const
{
    Sample sample = m_base->load(m_indices.at(index), rng);
    sample.label = mapLabel(sample.label);
    return sample;
}

QStringList SubsetSource::classNames() const
{
    return m_labelMap.isEmpty() ? m_base->classNames() : m_classNames;
}

QString SubsetSource::describe(qsizetype index) const
{
    return m_base->describe(m_indices.at(index));
}

ConcatSource::ConcatSource(QVector<std::shared_ptr<const SampleSource>> parts)
    : m_parts(std::move(parts))
{
    if (m_parts.isEmpty())
        throw std::invalid_argument("ConcatSource needs at least one part");
    qsizetype end = 0;
    for (const auto &part : m_parts) {
        if (part->classNames() != m_parts.first()->classNames())
            throw std::invalid_argument("ConcatSource parts must share their class names");
        end += part->size();
        m_ends.push_back(end);
    }
}

std::pair<const SampleSource *, qsizetype> ConcatSource::locate(qsizetype index) const
{
    const auto found = std::upper_bound(m_ends.cbegin(), m_ends.cend(), index);
    const qsizetype part = found - m_ends.cbegin();
    const qsizetype start = part == 0 ? 0 : m_ends.at(part - 1);
    return {m_parts.at(part).get(), index - start};
}

int ConcatSource::label(qsizetype index) const
{
    const auto [part, local] = locate(index);
    return part->label(local);
}

Sample ConcatSource::load(qsizetype index, std::mt19937 *rng) const
{
    const auto [part, local] = locate(index);
    return part->load(local, rng);
}

QString ConcatSource::describe(qsizetype index) const
{
    const auto [part, local] = locate(index);
    return part->describe(local);
}

std::shared_ptr<SubsetSource> remapClasses(std::shared_ptr<const SampleSource> source,
                                           const QStringList &classNames, qsizetype *skipped)
{
    QHash<QString, int> position;
    for (int i = 0; i < classNames.size(); ++i)
        position.insert(classNames.at(i), i);
    const QStringList baseNames = source->classNames();
    QVector<int> labelMap(baseNames.size(), -1);
    for (int i = 0; i < baseNames.size(); ++i)
        labelMap[i] = position.value(baseNames.at(i), -1);

    QVector<qsizetype> kept;
    qsizetype outside = 0;
    for (qsizetype i = 0; i < source->size(); ++i) {
        const int label = source->label(i);
        if (label >= 0 && label < labelMap.size() && labelMap.at(label) >= 0)
            kept.push_back(i);
        else
            ++outside;
    }
    if (skipped)
        *skipped = outside;
    return std::make_shared<SubsetSource>(std::move(source), std::move(kept), std::move(labelMap),
                                          classNames);
}

} // namespace cnnwb::data
