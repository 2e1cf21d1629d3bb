#pragma once

#include "storage/Database.h"

#include <QString>
#include <QStringList>

namespace Traedesten::TestKit {

/// Every row of the caseload tables as text, in a fixed order: two dumps are
/// equal exactly when the caseload data are equal (the audit log aside).
inline QString dumpCaseload(Storage::Database &db)
{
    static const char *const queries[] = {
        "SELECT * FROM household ORDER BY id",
        "SELECT * FROM household_member ORDER BY id",
        "SELECT * FROM citizen ORDER BY id",
        "SELECT * FROM goal ORDER BY id",
        "SELECT * FROM stepping_stone ORDER BY id",
        "SELECT * FROM note ORDER BY id",
        "SELECT * FROM budget ORDER BY id",
        "SELECT * FROM ledger_entry ORDER BY id",
        "SELECT * FROM spending_category ORDER BY id",
        "SELECT * FROM department ORDER BY id",
        "SELECT * FROM family_plan ORDER BY id",
        "SELECT * FROM family_goal ORDER BY id",
        "SELECT * FROM intervention ORDER BY id",
        "SELECT * FROM consent ORDER BY id",
        "SELECT * FROM indicator ORDER BY id",
        "SELECT * FROM measurement ORDER BY id",
        "SELECT * FROM benefit_type ORDER BY id",
        "SELECT * FROM benefit ORDER BY id",
        "SELECT id, entry_id, file_name, mime_type, size, hex(bytes), created_at FROM attachment ORDER BY id",
        "SELECT * FROM file_setting ORDER BY key",
    };
    QStringList out;
    for (const char *sql : queries) {
        out << QString::fromLatin1(sql);
        Storage::Statement s = db.prepare(sql);
        while (s.next()) {
            QStringList row;
            for (int c = 0; c < 16; ++c)
                row << (s.isNull(c) ? QStringLiteral("<null>") : s.text(c));
            out << row.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

inline qint64 auditCount(Storage::Database &db)
{
    Storage::Statement s = db.prepare("SELECT count(*) FROM audit_event");
    return s.next() ? s.int64(0) : -1;
}

} // namespace Traedesten::TestKit
