#include "Cpr.h"

namespace Traedesten::Domain {

namespace {

int centuryFor(int seventh, int yy)
{
    // The rules of the CPR office for the seventh digit.
    if (seventh <= 3)
        return 1900;
    if (seventh == 4 || seventh == 9)
        return yy <= 36 ? 2000 : 1900;
    return yy <= 57 ? 2000 : 1800;
}

} // namespace

Cpr Cpr::parse(const QString &text)
{
    Cpr cpr;
    QString digits = text.trimmed();
    if (digits.size() == 11 && digits.at(6) == QLatin1Char('-'))
        digits.remove(6, 1);
    if (digits.size() != 10)
        return cpr;
    int d[10];
    for (int i = 0; i < 10; ++i) {
        if (!digits.at(i).isDigit() || digits.at(i).unicode() > 127)
            return cpr;
        d[i] = digits.at(i).digitValue();
    }
    const int day = d[0] * 10 + d[1];
    const int month = d[2] * 10 + d[3];
    const int yy = d[4] * 10 + d[5];
    const QDate date(centuryFor(d[6], yy) + yy, month, day);
    if (!date.isValid())
        return cpr;
    static constexpr int weights[10] = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += d[i] * weights[i];
    cpr.m_valid = true;
    cpr.m_birthDate = date;
    cpr.m_modulus11 = sum % 11 == 0;
    cpr.m_text = digits.left(6) + QLatin1Char('-') + digits.mid(6);
    return cpr;
}

QString Cpr::masked() const
{
    return m_valid ? m_text.left(7) + QStringLiteral("XXXX") : QString();
}

} // namespace Traedesten::Domain
