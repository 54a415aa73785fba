#pragma once

#include "samplesource.h"

#include <QtCore/QVector>

#include <memory>

namespace cnnwb::data {

/// A view of chosen samples of another source, optionally with its labels renumbered,
/// for validation splits cut from a training split and for evaluating a model on a
/// dataset whose class list differs from the model's.
class SubsetSource final : public SampleSource
{
public:
    /// INDICES pick samples of BASE in order. LABEL_MAP, when not empty, maps each base
    /// label to the label this view reports; CLASS_NAMES are then the view's classes.
    SubsetSource(std::shared_ptr<const SampleSource> base, QVector<qsizetype> indices,
                 QVector<int> labelMap = {}, QStringList classNames = {});

    qsizetype size() const override { return m_indices.size(); }
    int label(qsizetype index) const override;
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override;
    QString describe(qsizetype index) const override;

    /// Returns the base index of sample INDEX.
    qsizetype baseIndex(qsizetype index) const { return m_indices.at(index); }

private:
    int mapLabel(int baseLabel) const;

    std::shared_ptr<const SampleSource> m_base;
    QVector<qsizetype> m_indices;
    QVector<int> m_labelMap;
    QStringList m_classNames;
};

/// Builds a view of SOURCE that keeps the samples whose class name is in CLASS_NAMES and
/// numbers them by their position there. Returns the view and, in SKIPPED, how many
/// samples had a class outside CLASS_NAMES.
std::shared_ptr<SubsetSource> remapClasses(std::shared_ptr<const SampleSource> source,
                                           const QStringList &classNames, qsizetype *skipped);

} // namespace cnnwb::data
