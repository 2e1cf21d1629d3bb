#include "Who5.h"

namespace Traedesten::Domain {

std::optional<int> Who5::score(const QList<int> &items)
{
    // A partly answered form has no score: the index is only defined for all five answers.
    if (items.size() != ItemCount)
        return std::nullopt;
    int sum = 0;
    for (int item : items) {
        if (item < 0 || item > ItemMaximum)
            return std::nullopt;
        sum += item;
    }
    return sum * 4;
}

} // namespace Traedesten::Domain
