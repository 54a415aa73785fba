#include "stratifiedsplit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <string>

namespace cnnwb::data {
namespace {

/// Draws uniformly from [0, BOUND) by rejection, because std::uniform_int_distribution's
/// output differs between standard libraries.
std::uint64_t drawBelow(std::mt19937_64 &rng, std::uint64_t bound)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
                                - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t value = rng();
    while (value >= limit)
        value = rng();
    return value % bound;
}

} // namespace

SplitIndices stratifiedSplit(const QVector<int> &labels, double fraction, std::uint64_t seed)
{
    if (!(fraction >= 0.0 && fraction < 1.0))
        throw std::invalid_argument("stratifiedSplit: fraction " + std::to_string(fraction)
                                    + " is outside [0, 1)");

    std::map<int, QVector<qsizetype>> byClass;
    for (qsizetype i = 0; i < labels.size(); ++i)
        byClass[labels.at(i)] << i;

    std::mt19937_64 rng(seed);
    SplitIndices split;
    for (auto &[label, members] : byClass) {
        // Fisher-Yates shuffle, drawn in class order so each class's result is reproducible.
        for (qsizetype i = members.size() - 1; i > 0; --i)
            std::swap(members[i], members[qsizetype(drawBelow(rng, std::uint64_t(i) + 1))]);

        qsizetype take = qsizetype(std::lround(fraction * double(members.size())));
        if (fraction > 0.0 && take == 0 && members.size() >= 2)
            take = 1;
        take = std::min(take, members.size() - 1);
        split.validation += members.mid(0, take);
        split.train += members.mid(take);
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

} // namespace cnnwb::data
