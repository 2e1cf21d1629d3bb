#pragma once

#include <QList>

#include <optional>

namespace Traedesten::Domain {

/**
 * The WHO-5 Well-Being Index: five statements about the last two weeks, each answered 0–5
 * ("at no time" … "all of the time"). Score = raw sum × 4, on 0–100. At or below 50 suggests
 * poor well-being, at or below 35 likely depression; a change of 10 points is meaningful.
 */
struct Who5
{
    static constexpr int ItemCount = 5;
    static constexpr int ItemMaximum = 5;
    static constexpr int AtRisk = 50;
    static constexpr int HighRisk = 35;
    static constexpr int MeaningfulChange = 10;

    /// The 0–100 score, or nullopt unless there are exactly five answers, each 0–5.
    static std::optional<int> score(const QList<int> &items);
};

} // namespace Traedesten::Domain
