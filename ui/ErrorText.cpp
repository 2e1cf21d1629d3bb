#include "ErrorText.h"

#include "DomainText.h"

#include <QDate>
#include <QLocale>

namespace Traedesten::Ui {

QString ErrorText::forCaseFile(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        // The key check cannot tell a wrong passphrase from a damaged salt, key check or parameter byte.
        return tr("The passphrase is wrong, or the beginning of the file is damaged. If you are sure of the "
                  "passphrase, restore the file from a backup.");
    case ErrorCode::Damaged:
        return tr("The case file is damaged or is not a Trædesten case file. It has not been changed. "
                  "Restore it from a backup, or ask your IT support for help.");
    case ErrorCode::NewerVersion:
        return tr("This case file was saved by a newer version of Trædesten. Update Trædesten to open it. "
                  "The file has not been changed.");
    case ErrorCode::InUse:
        return tr("The case file is already open in another Trædesten window, perhaps on another computer. "
                  "Close it there first.");
    case ErrorCode::NotFound:
        return tr("The case file could not be found. It may have been moved, renamed or deleted, "
                  "or the drive it is on is not connected.");
    case ErrorCode::ReadOnly:
        return tr("Trædesten may not write to the case file or its folder, so nothing can be saved. Check the "
                  "file's permissions, or copy it to a folder you can write to.");
    case ErrorCode::Unreadable:
        return tr("You do not have permission to read this case file. Check the file's permissions, or ask the "
                  "person who gave it to you.");
    case ErrorCode::DiskFull:
        return tr("The disk is full, so this could not be saved; nothing has been lost. Free some space and "
                  "try again.");
    case ErrorCode::Io:
        return tr("The case file could not be read or written. Check that its drive is connected and try again.");
    case ErrorCode::AlreadyExists:
        return tr("A file with that name already exists. Choose another name.");
    case ErrorCode::Locked:
        return tr("The case file is locked. Unlock it first.");
    case ErrorCode::UnsupportedCipher:
        return tr("This installation of Trædesten uses an encryption library that is too old (SQLCipher 4 or "
                  "newer is needed). Ask your IT support to update it.");
    case ErrorCode::OutOfMemory:
        return tr("There is not enough free memory to unlock the case file. Close other programs and try again.");
    case ErrorCode::InvalidInput:
        return tr("The value was not accepted.");
    case ErrorCode::Cancelled:
        return tr("The task was stopped; nothing of it was kept.");
    case ErrorCode::CaseNotClosed:
        return tr("Only a closed case can be erased. Close the case first.");
    case ErrorCode::ServerUnreachable:
        return tr("The team server cannot be reached. Your work is kept in the case file and is sent when "
                  "the server can be reached again.");
    case ErrorCode::ServerRefused:
        return tr("The team server refused the request: check your user name and password, or ask the "
                  "server's administrator for access.");
    case ErrorCode::ServerCertificate:
        return tr("The team server's certificate is not trusted, or is not made out to the server's name. "
                  "Nothing was sent. Ask the server's administrator for the municipality's certificate "
                  "(the CA file).");
    case ErrorCode::ServerSchema:
        return tr("The team server is not set up for this version of Trædesten: ask the server's administrator "
                  "to run \"traedesten-cli server init\" on it.");
    case ErrorCode::ServerTooNew:
        return tr("The team server is of a newer version than this program: install the newer Trædesten to "
                  "synchronise with it. Your work is kept in the case file meanwhile.");
    case ErrorCode::ServerFailed:
        return tr("The team server reported an error. Nothing was lost: your work is kept in the case file.");
    case ErrorCode::SyncOtherServer:
        return tr("This case file is synchronised with another team server, or as another user. Open the case "
                  "file that belongs to this server and user, or ask the server's administrator.");
    case ErrorCode::AlreadySynced:
        return tr("This was already sent to the team server and can no longer be undone here. If it needs to "
                  "change, change the record itself.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Something unexpected went wrong. Nothing has been changed. If it happens again, "
              "tell your IT support.");
}

QString ErrorText::readOnlyNotice(Storage::CaseFile::Access access)
{
    switch (access) {
    case Storage::CaseFile::Access::DiskFull:
        return tr("The disk is full: the case file is open read-only. Free some space on the disk; Trædesten "
                  "then saves again by itself, and you can make changes.");
    case Storage::CaseFile::Access::NoPermission:
        return tr("The case file is open read-only: Trædesten may not write to it or its folder. To make "
                  "changes, check the file's permissions or copy it to a folder you can write to.");
    case Storage::CaseFile::Access::ReadWrite:
        break;
    }
    return {};
}

QString ErrorText::forCreate(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("The folder does not exist. Choose another place for the case file.");
    case ErrorCode::ReadOnly:
        return tr("Trædesten may not write in that folder. Choose another place for the case file.");
    case ErrorCode::DiskFull:
        return tr("The disk is full, so the case file was not created. Free some space and try again.");
    default:
        return forCaseFile(error);
    }
}

QString ErrorText::forField(const Error &error, Domain::Currency currency)
{
    if (error.code != ErrorCode::InvalidInput)
        return forCaseFile(error);
    const QLocale locale;
    const auto money = [&](int i) {
        return Domain::Money::fromMinor(error.args.value(i).toLongLong(), currency).format(locale);
    };
    const auto date = [&](int i) {
        return DomainText::longDate(error.args.value(i).toDate());
    };
    switch (error.issue) {
    case Issue::Required:
        return tr("This must be filled in.");
    case Issue::TooLong:
        return tr("This is too long.");
    case Issue::InvalidDate:
        return tr("This is not a possible date.");
    case Issue::EndBeforeStart:
        return tr("The end cannot be before the start.");
    case Issue::InvalidCpr:
        return tr("A CPR number has the form DDMMYY-SSSS and begins with a real date.");
    case Issue::OutOfRange:
        if (error.field == u"state")
            return tr("This would give back more than has been spent (%1): void the refund first.").arg(money(0));
        if (error.field == u"amount" && !error.args.isEmpty())
            return tr("A refund cannot be larger than what has been spent (%1).").arg(money(0));
        if (error.field == u"amount")
            return tr("This amount is too large.");
        return tr("This number is outside the possible range.");
    case Issue::UnknownReference:
        return tr("This no longer exists. It may have been deleted; choose again.");
    case Issue::InvalidAmount:
        return tr("This is not an amount. Write it like %1.")
            .arg(Domain::Money::fromMinor(123450, currency).formatPlain(locale));
    case Issue::NotPositive:
        return tr("The amount must be more than zero.");
    case Issue::ExceedsCap:
        if (error.field == u"cap")
            return tr("The ledger already uses %1, more than a budget cap of %2.").arg(money(0), money(1));
        if (error.field == u"state")
            return tr("This would take the budget below zero: %1 is left of the cap of %2.").arg(money(0), money(1));
        return tr("This would take the budget below zero: only %1 is left of the cap of %2.").arg(money(0), money(1));
    case Issue::OutsidePeriod:
        if (error.field == u"periodStart")
            return tr("The ledger has entries from %1 to %2: the budget period must include them.")
                .arg(date(0), date(1));
        return tr("The date must lie within the budget period, %1 to %2.").arg(date(0), date(1));
    case Issue::AlreadyVoided:
        return tr("This entry has been voided and can no longer change.");
    case Issue::InUse:
        if (error.field == u"citizenId")
            return tr("This citizen already has a personal budget.");
        return tr("Purchases are tied to this, so it cannot be deleted: the money must stay explained. "
                  "Mark it dropped instead.");
    case Issue::TooLarge:
        return tr("The file is larger than %1 MB, the most a receipt may be.")
            .arg(error.args.value(0).toLongLong() / (1024 * 1024));
    case Issue::BudgetClosed:
        return tr("The personal budget is closed: it takes no new entries. Open it again with Edit budget if needed.");
    case Issue::AlreadyPaid:
        return tr("This entry is paid: its amount, date, kind and stepping stone stay as they were. Void it with a "
                  "reason and enter it again.");
    case Issue::Signed:
        return tr("Version %1 of the family plan is signed and stays as it was. Start a new version to make changes.")
            .arg(error.args.value(0).toInt());
    case Issue::None:
        break;
    }
    return forCaseFile(error);
}

} // namespace Traedesten::Ui
