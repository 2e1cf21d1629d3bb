#pragma once

#include <QString>

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

    static Error invalid(const QString &field, Issue issue)
    {
        return Error { ErrorCode::InvalidInput, field, field, issue };
    }

    friend bool operator==(const Error &, const Error &) = default;
};

/// A stable, untranslated name for an error code (for logs and tests).
QString errorCodeName(ErrorCode code);

} // namespace Traedesten
