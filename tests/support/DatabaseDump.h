#pragma once

#include "storage/Database.h"

#include <QString>
#include <QStringList>

namespace Traedesten::TestKit {

/// Every column of every row of every table but the audit log, as text, in a fixed order (tables by
/// name, rows by all their columns; blobs in hex): two dumps are equal exactly when the case file's data
/// are equal, the audit log aside. A table or column added by a migration is in it without a change here.
inline QString dumpCaseload(Storage::Database &db)
{
    QStringList tables;
    {
        Storage::Statement s
            = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name <> 'audit_event' ORDER BY name");
        while (s.next())
            tables << s.text(0);
    }
    QStringList out;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        {
            Storage::Statement info
                = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toUtf8().constData());
            while (info.next()) {
                const QString name = QStringLiteral("\"%1\"").arg(info.text(1));
                columns << (info.text(2).compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0
                        ? QStringLiteral("hex(%1)").arg(name)
                        : name);
            }
        }
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i)
            order << QString::number(i);
        const QString sql = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                .arg(columns.join(QStringLiteral(", ")), table, order.join(QStringLiteral(", ")));
        out << sql;
        Storage::Statement s = db.prepare(sql.toUtf8().constData());
        while (s.next()) {
            QStringList row;
            for (int c = 0; c < columns.size(); ++c)
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
