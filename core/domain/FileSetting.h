#pragma once

#include <QString>

namespace Traedesten::Domain {

/// Settings that belong to one case file and live inside it (encrypted).
enum class FileSetting {
    FileId, ///< UUID of the caseload, fixed at creation
    CreatedAt, ///< ISO 8601 UTC
    MunicipalityName, ///< shown in print headers
    Currency, ///< ISO 4217, DKK unless chosen otherwise
    DefaultBudgetCapMinor, ///< default budget cap in øre/pence
    MunicipalityLogo, ///< PNG, base64, shown in print headers; empty for none
    RetentionYears, ///< closed cases older than this are listed for review and erasure (default 5)
};

/// The stored key of a setting.
QString fileSettingKey(FileSetting setting);
/// The value a new file starts with (empty when none).
QString fileSettingDefault(FileSetting setting);
/// Longest accepted value, in characters.
int fileSettingMaximumLength(FileSetting setting);

} // namespace Traedesten::Domain
