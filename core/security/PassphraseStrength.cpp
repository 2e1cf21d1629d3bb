#include "PassphraseStrength.h"

#include <algorithm>
#include <cmath>
#include <vector>
#include <zxcvbn.h>

namespace Traedesten::Security {

namespace {

PassphraseStrength::Weakness weaknessOf(ZxcTypeMatch_t type)
{
    // zxcvbn marks a part that repeats an earlier part with MULTIPLE_MATCH.
    if (static_cast<int>(type) & MULTIPLE_MATCH)
        return PassphraseStrength::Weakness::Repetition;
    switch (static_cast<int>(type)) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PassphraseStrength::Weakness::CommonWord;
    case REPEATS_MATCH:
        return PassphraseStrength::Weakness::Repetition;
    case SEQUENCE_MATCH:
        return PassphraseStrength::Weakness::Sequence;
    case SPATIAL_MATCH:
        return PassphraseStrength::Weakness::KeyboardPattern;
    case DATE_MATCH:
    case YEAR_MATCH:
        return PassphraseStrength::Weakness::Date;
    default:
        return PassphraseStrength::Weakness::TooSimple;
    }
}

int scoreFor(double bits)
{
    // zxcvbn's own thresholds, on log10(guesses) = bits * log10(2).
    const double log10Guesses = bits * std::log10(2.0);
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase, const QStringList &userWords)
{
    PassphraseStrength result;
    if (passphrase.isEmpty())
        return result;

    QByteArray utf8 = passphrase.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(static_cast<std::size_t>(userWords.size()) + 3);
    for (const QString &w : userWords)
        words.push_back(w.toLower().toUtf8());
    for (const char *w : { "traedesten", "trædesten", "stepping stones" })
        words.emplace_back(w);
    std::vector<const char *> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const QByteArray &w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t *info = nullptr;
    result.bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    result.score = scoreFor(result.bits);

    // The pattern that covers the most characters explains the weakness best.
    Weakness worst = Weakness::TooSimple;
    int longest = 0;
    for (ZxcMatch_t *m = info; m; m = m->Next) {
        const Weakness w = weaknessOf(m->Type);
        if (w != Weakness::TooSimple && m->Length > longest) {
            longest = m->Length;
            worst = w;
        }
    }
    ZxcvbnFreeInfo(info);
    std::fill(utf8.begin(), utf8.end(), '\0'); // do not leave a copy of the passphrase on the heap

    if (passphrase.size() < MinimumLength)
        result.weakness = Weakness::TooShort;
    else if (result.bits < MinimumBits)
        result.weakness = worst;
    else
        result.weakness = Weakness::None;
    return result;
}

} // namespace Traedesten::Security
