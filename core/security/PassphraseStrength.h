#pragma once

#include <QString>
#include <QStringList>

namespace Traedesten::Security {

/// An estimate of how hard a passphrase is to guess (zxcvbn), and why it is weak.
struct PassphraseStrength
{
    enum class Weakness {
        None, ///< strong enough
        Empty,
        TooShort, ///< fewer than MinimumLength characters
        CommonWord, ///< mostly a dictionary word or name, perhaps with l33t substitutions
        Repetition, ///< repeated characters or blocks ("aaaa", "abcabc")
        Sequence, ///< alphabetical or numerical runs ("abcd", "1234")
        KeyboardPattern, ///< keys next to each other ("qwerty", "asdf")
        Date, ///< a date or year
        TooSimple, ///< nothing specific, just too few possibilities
    };

    static constexpr int MinimumLength = 10;
    static constexpr double MinimumBits = 45.0; ///< about 10^13.5 guesses

    double bits = 0.0; ///< zxcvbn's entropy estimate in bits
    int score = 0; ///< 0 (very weak) to 4 (very strong), as zxcvbn's scale
    Weakness weakness = Weakness::Empty;

    bool isAcceptable() const { return weakness == Weakness::None; }

    /// Estimates @p passphrase; @p userWords are extra words an attacker would try first.
    static PassphraseStrength estimate(const QString &passphrase, const QStringList &userWords = {});
};

} // namespace Traedesten::Security
