#pragma once

#include <QString>
#include <QVariantList>

namespace Traedesten {

/// What went wrong, in terms the UI can turn into a translated sentence.
enum class ErrorCode {
    WrongPassphrase, ///< The passphrase does not open this case file.
    Damaged, ///< The file is truncated, garbled or not a case file at all.
    NewerVersion, ///< The file was written by a newer Trædesten; it is left untouched.
    InUse, ///< Another Trædesten window or process has the file open.
    NotFound, ///< The file (or its folder) does not exist.
    ReadOnly, ///< The file or its folder cannot be written.
    Unreadable, ///< The file may not be read (permissions).
    DiskFull, ///< The disk (or a file-size limit) is full.
    Io, ///< Any other input/output failure.
    AlreadyExists, ///< Creating a file where one already exists.
    Locked, ///< The case file is locked: unlock it first.
    UnsupportedCipher, ///< The SQLCipher library is older than version 4.
    OutOfMemory, ///< Secure memory could not be allocated.
    InvalidInput, ///< A value was refused by validation.
    Cancelled, ///< The person (or closing the file) stopped a long task; nothing of it was kept.
    CaseNotClosed, ///< Only a closed case may be erased: close it first.
    ServerUnreachable, ///< The team server could not be reached (network, host, port).
    ServerRefused, ///< The team server refused the login or the request (password, privileges).
    ServerCertificate, ///< The team server's certificate is not trusted or not for its name (TLS).
    ServerSchema, ///< The team server is not set up, or its schema is older than this program's.
    ServerTooNew, ///< The team server's schema is newer than this program knows.
    ServerFailed, ///< The team server reported another error; the detail says which.
    SyncOtherServer, ///< The case file is synchronised with another team server or as another user.
    AlreadySynced, ///< Already sent to the team server: no longer undone here (a conflict's resolution).
    Internal, ///< A programming error or an unexpected library answer.
};

/// Why a field's value was refused (with ErrorCode::InvalidInput).
enum class Issue {
    None,
    Required, ///< empty where a value is needed
    TooLong, ///< longer than the field allows
    InvalidDate, ///< not a real date, or out of the accepted range
    EndBeforeStart, ///< an end date before its start date
    InvalidCpr, ///< not in the form DDMMYY-SSSS with a real date
    OutOfRange, ///< a number outside its range
    UnknownReference, ///< points at a record that does not exist
    InvalidAmount, ///< not an amount of money in the language's form ("1.2.3", "12,345,6", letters)
    NotPositive, ///< an amount that must be above zero
    ExceedsCap, ///< would take the budget below zero; args: remaining room, cap (minor units)
    OutsidePeriod, ///< a date outside the budget period; args: first day, last day
    AlreadyVoided, ///< a voided ledger entry cannot change again
    InUse, ///< cannot be deleted: other records refer to it (e.g. purchases tied to a stepping stone)
    TooLarge, ///< a file above the size limit; args: the limit in bytes
    Signed, ///< a signed family plan version no longer changes: start a new version
    BudgetClosed, ///< the personal budget is closed: no new entries or changes of money
    AlreadyPaid, ///< a paid entry keeps its amount, date, kind and stepping stone: void it and enter it again
};

/// An error code plus a technical detail (English, never citizen data) for support.
/// Validation errors also name the field and the issue, so the UI can say
/// what is wrong next to the right field.
struct Error
{
    Error() = default;
    Error(ErrorCode code_, QString detail_ = {}, QString field_ = {}, Issue issue_ = Issue::None)
        : code(code_)
        , detail(std::move(detail_))
        , field(std::move(field_))
        , issue(issue_)
    { }

    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QString field; ///< e.g. "name", "endDate"; empty when not about one field
    Issue issue = Issue::None;
    QVariantList args; ///< the figures a refusal names (see Issue), for the UI's sentence

    static Error invalid(const QString &field, Issue issue, QVariantList args = {})
    {
        Error e { ErrorCode::InvalidInput, field, field, issue };
        e.args = std::move(args);
        return e;
    }

    friend bool operator==(const Error &, const Error &) = default;
};

/// A stable, untranslated name for an error code (for logs and tests).
QString errorCodeName(ErrorCode code);

} // namespace Traedesten
