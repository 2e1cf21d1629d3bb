#include "FileSetting.h"

namespace Traedesten::Domain {

QString fileSettingKey(FileSetting setting)
{
    switch (setting) {
    case FileSetting::FileId:
        return QStringLiteral("file.id");
    case FileSetting::CreatedAt:
        return QStringLiteral("file.created_at");
    case FileSetting::MunicipalityName:
        return QStringLiteral("municipality.name");
    case FileSetting::Currency:
        return QStringLiteral("budget.currency");
    case FileSetting::DefaultBudgetCapMinor:
        return QStringLiteral("budget.default_cap_minor");
    case FileSetting::MunicipalityLogo:
        return QStringLiteral("municipality.logo_png");
    case FileSetting::RetentionYears:
        return QStringLiteral("retention.years");
    }
    return {};
}

QString fileSettingDefault(FileSetting setting)
{
    switch (setting) {
    case FileSetting::Currency:
        return QStringLiteral("DKK");
    case FileSetting::DefaultBudgetCapMinor:
        return QStringLiteral("5000000"); // 50.000,00 kr.
    case FileSetting::RetentionYears:
        return QStringLiteral("5");
    default:
        return {};
    }
}

int fileSettingMaximumLength(FileSetting setting)
{
    switch (setting) {
    case FileSetting::MunicipalityName:
        return 120;
    case FileSetting::Currency:
        return 3;
    case FileSetting::MunicipalityLogo:
        return 400000; // a PNG of up to about 300 kB
    default:
        return 64;
    }
}

} // namespace Traedesten::Domain
