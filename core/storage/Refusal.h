#pragma once

#include "Error.h"
#include "storage/SqliteError.h"

#include <QVariantList>

namespace Traedesten::Storage {

/**
 * Refuses the write in progress: rolls its transaction back and returns Error::invalid(@p field, @p issue,
 * @p args) to the caller. The one way a repository says no inside a transaction (field checks that need
 * no database are Domain::Validation's).
 */
[[noreturn]] inline void refuse(const char *field, Issue issue, QVariantList args = {})
{
    throw SqliteError(Error::invalid(QString::fromLatin1(field), issue, std::move(args)));
}

/// Refuses with the first problem of a Domain::Validation result, if any.
inline void refuseIfInvalid(const Status &validation)
{
    if (!validation)
        throw SqliteError(validation.error());
}

} // namespace Traedesten::Storage
