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

/// The samples of several sources with one class list, one after the other: a training
/// split with further data added, such as a personal handwriting set.
class ConcatSource final : public SampleSource
{
public:
    /// PARTS must report the same class names (remapClasses() makes them so); throws
    /// std::invalid_argument otherwise or when PARTS is empty.
    explicit ConcatSource(QVector<std::shared_ptr<const SampleSource>> parts);

    qsizetype size() const override { return m_ends.isEmpty() ? 0 : m_ends.last(); }
    int label(qsizetype index) const override;
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override { return m_parts.first()->classNames(); }
    QString describe(qsizetype index) const override;

private:
    /// Returns the part holding INDEX and the index within it.
    std::pair<const SampleSource *, qsizetype> locate(qsizetype index) const;

    QVector<std::shared_ptr<const SampleSource>> m_parts;
    QVector<qsizetype> m_ends; ///< cumulative sizes
};

/// Builds a view of SOURCE that keeps the samples whose class name is in CLASS_NAMES and
/// numbers them by their position there. Returns the view and, in SKIPPED, how many
/// samples had a class outside CLASS_NAMES.
std::shared_ptr<SubsetSource> remapClasses(std::shared_ptr<const SampleSource> source,
                                           const QStringList &classNames, qsizetype *skipped);

} // namespace cnnwb::data
