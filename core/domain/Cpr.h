#pragma once

#include <QDate>
#include <QString>

namespace Traedesten::Domain {

/**
 * A Danish CPR number, DDMMYY-SSSS. The format and date are checked; the old
 * modulus-11 rule is only reported (numbers issued since 2007 may fail it), so
 * it is at most a warning and never a reason to refuse.
 */
class Cpr
{
public:
    /// Accepts "DDMMYY-SSSS" or ten digits; spaces around are ignored.
    static Cpr parse(const QString &text);

    bool isValid() const { return m_valid; }
    /// "DDMMYY-SSSS", or empty when invalid.
    const QString &text() const { return m_text; }
    /// Birth date from the digits (century from the seventh digit).
    QDate birthDate() const { return m_birthDate; }
    /// Whether the weighted digit sum is divisible by 11.
    bool passesModulus11() const { return m_modulus11; }
    /// "DDMMYY-XXXX": what the UI shows until the user reveals it.
    QString masked() const;

private:
    QString m_text;
    QDate m_birthDate;
    bool m_valid = false;
    bool m_modulus11 = false;
};

} // namespace Traedesten::Domain
