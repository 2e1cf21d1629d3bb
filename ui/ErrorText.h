#pragma once

#include "Error.h"
#include "domain/Money.h"
#include "storage/CaseFile.h"

#include <QCoreApplication>
#include <QString>

namespace Traedesten::Ui {

/// Turns core error codes into sentences a support person understands.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// What happened and what to do, for opening or unlocking a case file.
    static QString forCaseFile(const Error &error);
    /// The same for creating a new case file.
    static QString forCreate(const Error &error);
    /// The notice shown while a case file is open read-only (empty when it is not).
    static QString readOnlyNotice(Storage::CaseFile::Access access);
    /// Why a field's value was refused, for the line under that field.
    /// Amounts in the refusal are shown in @p currency.
    static QString forField(const Error &error, Domain::Currency currency = Domain::Currency::DKK);
};

} // namespace Traedesten::Ui
