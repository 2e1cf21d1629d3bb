#pragma once
// Test support for the access export: a demo caseload in which a second citizen joins the household of a
// first one, with records that must never appear in the first citizen's export.

#include "storage/BudgetKinds.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/SqlValues.h"

#include <QDate>
#include <QString>

namespace Traedesten::TestKit {

struct SharedHousehold
{
    QString citizen; ///< the citizen exported: in a household, with goals, a budget with entries, a receipt
    QString other; ///< a second citizen in the same household
    QString otherName = QStringLiteral("Bodil Naboborger");
    QString otherNote = QStringLiteral("Bodil fortalte om sin hemmelige gæld til Onkel Svend");
    QString otherGoalWords = QStringLiteral("Bodil vil lære at svømme");
    QString otherMember;
    QString otherGoal;
    QByteArray receiptBytes = QByteArrayLiteral("RECEIPT-BYTES-never-in-the-export");

    /// Fills @p file: the demo caseload, then the second citizen. False if something failed.
    bool make(Storage::CaseFile &file)
    {
        using namespace Storage;
        using namespace Domain;
        Storage::DemoCaseload::Options options;
        options.citizens = 30;
        options.today = QDate(2026, 3, 15);
        if (!DemoCaseload::generate(file, options))
            return false;
        const Status s = file.write([&](Database &db) {
            // A citizen in a household with a ledger entry.
            Statement pick = db.prepare("SELECT c.id, c.household_id, e.id FROM citizen c "
                                        "JOIN budget b ON b.citizen_id = c.id JOIN ledger_entry e ON e.budget_id = b.id "
                                        "WHERE c.household_id IS NOT NULL ORDER BY c.name, e.date LIMIT 1");
            if (!pick.next())
                throw SqliteError(Error { ErrorCode::Internal, QStringLiteral("no citizen in a household with entries") });
            citizen = pick.text(0);
            const QString household = pick.text(1);
            const QString entry = pick.text(2);

            AttachmentRecord receipt;
            receipt.id = SqlValues::newId();
            receipt.entryId = entry;
            receipt.fileName = QStringLiteral("kvittering.jpg");
            receipt.mimeType = QStringLiteral("image/jpeg");
            receipt.bytes = receiptBytes;
            receipt.size = receiptBytes.size();
            receipt.createdAt = SqlValues::now();
            Kinds::attachment().insert(db, receipt);

            Citizen b;
            b.id = other = SqlValues::newId();
            b.name = otherName;
            b.householdId = household;
            b.startDate = QDate(2025, 9, 1);
            b.supportPerson = QStringLiteral("Sara Støtte");
            b.createdAt = b.updatedAt = SqlValues::now();
            Kinds::citizen().insert(db, b);
            HouseholdMember m;
            m.id = otherMember = SqlValues::newId();
            m.householdId = household;
            m.name = QStringLiteral("Bodil");
            m.citizenId = other;
            m.position = 9;
            m.createdAt = m.updatedAt = SqlValues::now();
            Kinds::householdMember().insert(db, m);
            Goal g;
            g.id = otherGoal = SqlValues::newId();
            g.citizenId = other;
            g.ownWords = otherGoalWords;
            g.createdAt = g.updatedAt = SqlValues::now();
            Kinds::goal().insert(db, g);
            Note n;
            n.id = SqlValues::newId();
            n.citizenId = other;
            n.date = QDate(2026, 3, 1);
            n.text = otherNote;
            n.createdAt = n.updatedAt = SqlValues::now();
            Kinds::note().insert(db, n);

            // Shared: an intervention for both, and a family goal linked to both citizens' goals.
            Statement own = db.prepare("SELECT m.id, p.id, g.id FROM household_member m "
                                       "JOIN family_plan p ON p.household_id = m.household_id "
                                       "JOIN goal g ON g.citizen_id = m.citizen_id WHERE m.citizen_id = ?1 LIMIT 1");
            own.bind(1, citizen);
            if (!own.next())
                throw SqliteError(Error { ErrorCode::Internal, QStringLiteral("no member, plan and goal") });
            Intervention i;
            i.id = SqlValues::newId();
            i.planId = own.text(1);
            i.memberIds = { own.text(0), otherMember };
            i.departmentId = QStringLiteral("family");
            i.title = QStringLiteral("Fælles familiesamtaler");
            i.position = 99;
            i.createdAt = i.updatedAt = SqlValues::now();
            Kinds::intervention().insert(db, i);
            FamilyGoal f;
            f.id = SqlValues::newId();
            f.planId = own.text(1);
            f.text = QStringLiteral("Vi spiser sammen om aftenen");
            f.linkedGoalIds = { own.text(2), otherGoal };
            f.position = 5;
            f.createdAt = f.updatedAt = SqlValues::now();
            Kinds::familyGoal().insert(db, f);
        });
        return s.ok();
    }
};

} // namespace Traedesten::TestKit
