#include "DemoCaseload.h"

#include "storage/BudgetKinds.h"
#include "storage/CaseFile.h"
#include "storage/DemoOutcomes.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QRandomGenerator>

#include <array>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

// Synthetic names: common Danish first names and surnames, combined at random.
constexpr std::array FirstNames { "Anne", "Mette", "Hanne", "Susanne", "Camilla", "Louise", "Maja", "Sofie", "Ida",
    "Emma", "Freja", "Nanna", "Line", "Sara", "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Mads", "Jonas",
    "Mikkel", "Kasper", "Rasmus", "Frederik", "Ali", "Yasmin", "Omar", "Fatima", "Kim", "Bo", "Ole", "Karen" };
constexpr std::array Surnames { "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
    "Møller", "Mortensen", "Karimi", "Yilmaz", "Holm", "Lund", "Dahl" };
constexpr std::array ChildNames { "Alma", "Oscar", "Ella", "William", "Clara", "Noah", "Agnes", "Karl", "Luna",
    "Alfred", "Olivia", "Malthe", "Aya", "Elias" };
constexpr std::array SupportPersons { "Sara Støtte", "Mikkel Vej", "Lene Bro", "Jonas Trin" };
constexpr std::array Places { "Café Møllen", "Biblioteket", "Borgerens hjem", "Jobcentret", "Gåtur i parken",
    "Væresteddet" };

struct StoneTemplate
{
    const char *title;
    StoneStatus status;
};

struct GoalTemplate
{
    GoalCategory category;
    const char *ownWords;
    std::array<StoneTemplate, 4> stones;
};

// The goals and stepping stones the trials describe, in the citizens' own words.
constexpr std::array Goals {
    GoalTemplate { GoalCategory::Employment, "Jeg vil have et arbejde",
        { { { "Kørekort", StoneStatus::InProgress }, { "Køretimer", StoneStatus::Planned },
            { "Skrive et CV", StoneStatus::Done }, { "Tøj til jobsamtale", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::Housing, "Jeg vil have mit eget sted at bo",
        { { { "Depositum til lejlighed", StoneStatus::Planned }, { "Skrive mig op til bolig", StoneStatus::Done },
            { "Seng og spisebord", StoneStatus::Planned }, { "Styr på huslejen", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::Health, "Jeg vil kunne smile uden at skamme mig",
        { { { "Tandlæge", StoneStatus::InProgress }, { "Tandlæge, anden tid", StoneStatus::Planned },
            { "Læge om søvn", StoneStatus::Done }, { "Gå en tur hver dag", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::Family, "Jeg vil se mine børn igen",
        { { { "Nyt tøj før mødet med familien", StoneStatus::Planned }, { "Frisør", StoneStatus::Planned },
            { "Møde med familieafdelingen", StoneStatus::Done }, { "Gave til min datter", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::Education, "Jeg vil tage en uddannelse",
        { { { "Kursus i dansk", StoneStatus::InProgress }, { "Computer til skolen", StoneStatus::Planned },
            { "Besøge VUC", StoneStatus::Done }, { "Buskort", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::Finances, "Jeg vil have styr på mine penge",
        { { { "Telefon til MitID", StoneStatus::Done }, { "Pas", StoneStatus::InProgress },
            { "Møde med gældsrådgiver", StoneStatus::Planned }, { "Bankkonto", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::SubstanceUse, "Jeg vil være stoffri",
        { { { "Samtale på misbrugscentret", StoneStatus::Done }, { "Fitnesskort", StoneStatus::Planned },
            { "Nye venner uden stoffer", StoneStatus::Planned }, { "Cykel", StoneStatus::InProgress } } } },
    GoalTemplate { GoalCategory::Relations, "Jeg vil have nogen at være sammen med",
        { { { "Melde mig ind i en klub", StoneStatus::Planned }, { "Kontingent til fodbold", StoneStatus::Planned },
            { "Ringe til min bror", StoneStatus::Done }, { "Tur med netværksgruppen", StoneStatus::Planned } } } },
    GoalTemplate { GoalCategory::MentalWellBeing, "Jeg vil have det bedre med mig selv",
        { { { "Psykolog", StoneStatus::InProgress }, { "Yogahold", StoneStatus::Planned },
            { "Dagbog", StoneStatus::Done }, { "Sommerhus en weekend", StoneStatus::Planned } } } },
};

struct PurchaseTemplate
{
    const char *stone;
    const char *payee;
    const char *description;
    const char *category;
    int kroner;
};

// What the trials' budgets bought, by stepping stone (typical prices).
constexpr std::array Purchases {
    PurchaseTemplate { "Køretimer", "Køreskolen Bakken", "Køretimer, 10 lektioner", "transport", 9500 },
    PurchaseTemplate { "Kørekort", "Færdselsstyrelsen", "Køreprøve og kørekort", "transport", 1100 },
    PurchaseTemplate { "Tøj til jobsamtale", "Tøjbutikken", "Tøj til jobsamtale", "clothing", 1200 },
    PurchaseTemplate { "Depositum til lejlighed", "Boligselskabet", "Depositum", "housing", 18000 },
    PurchaseTemplate { "Seng og spisebord", "Genbrugsbutikken", "Seng og spisebord", "furniture", 4500 },
    PurchaseTemplate { "Tandlæge", "Tandlægerne i byen", "Tandbehandling", "health", 7800 },
    PurchaseTemplate { "Tandlæge, anden tid", "Tandlægerne i byen", "Tandbehandling, anden del", "health", 4200 },
    PurchaseTemplate { "Nyt tøj før mødet med familien", "Tøjbutikken", "Nyt tøj", "clothing", 1500 },
    PurchaseTemplate { "Frisør", "Salon Klip", "Frisør", "clothing", 450 },
    PurchaseTemplate { "Gave til min datter", "Legetøjsbutikken", "Gave", "leisure", 300 },
    PurchaseTemplate { "Kursus i dansk", "Sprogcentret", "Danskkursus", "education", 2400 },
    PurchaseTemplate { "Computer til skolen", "Elektronikbutikken", "Bærbar computer", "phone_it", 4000 },
    PurchaseTemplate { "Buskort", "Movia", "Periodekort", "transport", 375 },
    PurchaseTemplate { "Telefon til MitID", "Telebutikken", "Telefon til MitID", "phone_it", 1800 },
    PurchaseTemplate { "Pas", "Borgerservice", "Pas", "documents", 726 },
    PurchaseTemplate { "Fitnesskort", "Fitnesscentret", "Fitnesskort, 6 måneder", "leisure", 1200 },
    PurchaseTemplate { "Cykel", "Cykelhandleren", "Brugt cykel", "transport", 2500 },
    PurchaseTemplate { "Kontingent til fodbold", "Boldklubben", "Kontingent", "leisure", 800 },
    PurchaseTemplate { "Tur med netværksgruppen", "Netværksgruppen", "Tur med gruppen", "leisure", 600 },
    PurchaseTemplate { "Psykolog", "Psykologhuset", "Samtaler hos psykolog", "health", 3600 },
    PurchaseTemplate { "Yogahold", "Yogaskolen", "Yogahold", "leisure", 900 },
    PurchaseTemplate { "Sommerhus en weekend", "Feriehusudlejning", "Weekend i sommerhus", "leisure", 2800 },
};

const PurchaseTemplate *purchaseFor(const char *stone)
{
    for (const PurchaseTemplate &p : Purchases) {
        if (qstrcmp(p.stone, stone) == 0)
            return &p;
    }
    return nullptr;
}

struct InterventionTemplate
{
    const char *department;
    const char *title;
    const char *purpose;
    const char *person;
    const char *role;
    bool child;
};

// Interventions across departments, as in the Furesø model.
constexpr std::array Interventions {
    InterventionTemplate { "job_centre", "Virksomhedspraktik", "Prøve kræfter med en arbejdsplads", "Lone Jobcenter",
        "Jobkonsulent", false },
    InterventionTemplate {
        "family", "Familiebehandling", "Færre konflikter i hjemmet", "Per Familie", "Familiebehandler", false },
    InterventionTemplate {
        "school", "Lektiecafé", "Mindre fravær og bedre trivsel i skolen", "Mia Skole", "Lærer", true },
    InterventionTemplate { "housing_social", "Hjælp til husleje og budget", "Undgå udsættelse", "Ali Bolig",
        "Boligsocial medarbejder", false },
    InterventionTemplate {
        "health_psychiatry", "Samtaler hos psykolog", "Bedre søvn og mindre angst", "Eva Sundhed", "Psykolog", false },
    InterventionTemplate { "family", "Kontaktperson", "En voksen at tale med", "Jens Kontakt", "Kontaktperson", true },
};

constexpr std::array NoteTexts {
    "Vi talte om, hvad der skal til for at komme tættere på målet. Borgeren valgte selv næste trædesten.",
    "Opfølgning på købet. Det gik godt, og borgeren fortalte om en god uge.",
    "Borgeren var træt i dag. Vi aftalte at mødes igen i næste uge samme sted.",
    "Gennemgang af budgettet sammen med borgeren. Vi prioriterede de næste køb.",
};

template<typename Array> const char *pick(QRandomGenerator &random, const Array &array)
{
    return array[random.bounded(static_cast<quint32>(array.size()))];
}

QString cprFor(QRandomGenerator &random, const QDate &birth)
{
    // A synthetic number: real format and date, random serial digits.
    const int serial = static_cast<int>(random.bounded(1000u, 4000u));
    return birth.toString(QStringLiteral("ddMMyy")) + QLatin1Char('-') + QString::number(serial);
}

struct EverydayTemplate
{
    const char *payee;
    const char *description;
    const char *category;
    int kroner;
};

// Small everyday purchases, for the ledgers of the scale options.
constexpr std::array Everyday {
    EverydayTemplate { "Movia", "Billet", "transport", 24 },
    EverydayTemplate { "Apoteket", "Medicin", "health", 85 },
    EverydayTemplate { "Genbrugsbutikken", "Tøj", "clothing", 120 },
    EverydayTemplate { "Café Møllen", "Kaffe og kage til mødet", "leisure", 65 },
    EverydayTemplate { "Telebutikken", "Taletidskort", "phone_it", 99 },
    EverydayTemplate { "Borgerservice", "Gebyr", "documents", 55 },
    EverydayTemplate { "Biografen", "Biograftur", "leisure", 110 },
};

constexpr int ReceiptsPerHolder = 24;
constexpr qint64 MiB = 1024 * 1024;

/// The scale options' extra ledger entries (and receipts) of one budget, from their own random stream.
struct ScaleFiller
{
    QRandomGenerator random;
    int entriesPerBudget = 0; ///< the average over budgeted citizens
    qint64 receiptBytesLeft = 0;
    int receiptStride = 0; ///< every how many citizens a receipt holder comes
    int receiptsOwed = 0;
    int receiptNumber = 0;

    ScaleFiller(const DemoCaseload::Options &options)
        : random(options.seed ^ 0x5ca1e5u)
        , entriesPerBudget((options.ledgerEntriesPerCitizen * 8 + 3) / 7) // 7 in 8 citizens have a budget
        , receiptBytesLeft(options.receiptBytes)
    {
        const qint64 receipts = options.receiptBytes / (2 * MiB);
        const qint64 holders = (receipts + ReceiptsPerHolder - 1) / ReceiptsPerHolder;
        receiptStride = holders > 0 ? static_cast<int>(qMax<qint64>(1, options.citizens / holders)) : 0;
    }

    QByteArray photo(qint64 size)
    {
        QByteArray bytes(size, char(0));
        const qsizetype words = size / qsizetype(sizeof(quint32));
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
        bytes[0] = char(0xff); // a JPEG's first bytes, the rest noise
        bytes[1] = char(0xd8);
        return bytes;
    }
};

} // namespace

Status DemoCaseload::generate(CaseFile &file, const Options &options, const Progress &progress)
{
    if (options.citizens < 1 || options.citizens > 100000)
        return Error::invalid(QStringLiteral("citizens"), Issue::OutOfRange);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    if (options.ledgerEntriesPerCitizen < 0 || options.ledgerEntriesPerCitizen > 1000 || options.receiptBytes < 0)
        return Error::invalid(QStringLiteral("scale"), Issue::OutOfRange);
    QRandomGenerator random(options.seed);
    ScaleFiller scale(options);
    bool cancelled = false;

    Status status = file.write([&] {
        Database &db = *file.database();
        const QDateTime stamp = now();
        const auto stamped = [&stamp](auto record) {
            record.createdAt = stamp;
            record.updatedAt = stamp;
            return record;
        };
        DemoOutcomes::Made made;
        made.citizens.reserve(options.citizens);

        // The scale options: everyday entries up to about the average asked for, and receipts on some of them.
        const auto addScaleEntries = [&](int i, const Budget &budget, const QStringList &stoneIds, const QDate &lastDay,
                                         const QString &supportPerson, qint64 used) {
            QRandomGenerator &r = scale.random;
            if (scale.receiptStride > 0 && i % scale.receiptStride == 0)
                scale.receiptsOwed += ReceiptsPerHolder;
            const int wanted = options.ledgerEntriesPerCitizen == 0
                ? 0
                : qMax(0, scale.entriesPerBudget - 6 + static_cast<int>(r.bounded(13u)));
            const int span = qMax(0, int(budget.periodStart.daysTo(lastDay)));
            QStringList entryIds;
            for (int n = 0; n < wanted || (entryIds.isEmpty() && scale.receiptsOwed > 0); ++n) {
                const EverydayTemplate &t = Everyday[r.bounded(static_cast<quint32>(Everyday.size()))];
                LedgerEntry entry = stamped(LedgerEntry {});
                entry.id = newId();
                entry.budgetId = budget.id;
                entry.date = budget.periodStart.addDays(span == 0 ? 0 : int(r.bounded(quint32(span + 1))));
                entry.kind = r.bounded(25u) == 0 ? EntryKind::Refund : EntryKind::Purchase;
                entry.amountMinor = qint64(t.kroner) * (50 + qint64(r.bounded(101u)));
                if (entry.kind == EntryKind::Purchase && used + entry.amountMinor > budget.capMinor)
                    continue;
                used += entry.kind == EntryKind::Refund ? -entry.amountMinor : entry.amountMinor;
                entry.state
                    = entry.date.daysTo(today) > 14 || r.bounded(2u) == 0 ? EntryState::Paid : EntryState::Reserved;
                if (r.bounded(30u) == 0) {
                    entry.state = EntryState::Voided;
                    entry.voidReason = QStringLiteral("Købt to gange");
                }
                entry.payee = QString::fromUtf8(t.payee);
                entry.description = QString::fromUtf8(t.description);
                entry.categoryId = QString::fromLatin1(t.category);
                entry.stoneId = stoneIds.at(static_cast<qsizetype>(r.bounded(quint32(stoneIds.size()))));
                entry.boughtBy = supportPerson;
                entry.decidedWithCitizen = true;
                Kinds::ledgerEntry().insert(db, entry);
                entryIds << entry.id;
            }
            for (; scale.receiptsOwed > 0 && scale.receiptBytesLeft > 0 && !entryIds.isEmpty(); --scale.receiptsOwed) {
                AttachmentRecord receipt;
                receipt.id = newId();
                receipt.entryId = entryIds.at(scale.receiptNumber % entryIds.size());
                receipt.fileName = QStringLiteral("kvittering-%1.jpg").arg(++scale.receiptNumber);
                receipt.mimeType = QStringLiteral("image/jpeg");
                receipt.size = qMin(scale.receiptBytesLeft, MiB + qint64(r.bounded(quint32(2 * MiB))));
                receipt.bytes = scale.photo(receipt.size);
                receipt.createdAt = stamp;
                Kinds::attachment().insert(db, receipt);
                scale.receiptBytesLeft -= receipt.size;
            }
        };

        for (int i = 0; i < options.citizens; ++i) {
            if (progress && i % 100 == 0 && !progress(i, options.citizens)) {
                cancelled = true;
                throw SqliteError(Error { ErrorCode::InvalidInput, QStringLiteral("cancelled") });
            }
            // Rotate through the target groups so every group is well represented.
            const TargetGroup primary = allTargetGroups().at(i % allTargetGroups().size());
            TargetGroups groups = primary;
            if (random.bounded(4u) == 0)
                groups |= allTargetGroups().at(static_cast<int>(random.bounded(5u)));
            const bool young = primary == TargetGroup::YoungPeople;
            const QDate birth = today
                                    .addYears(-(young ? 18 + static_cast<int>(random.bounded(7u))
                                                      : 25 + static_cast<int>(random.bounded(40u))))
                                    .addDays(-static_cast<int>(random.bounded(365u)));
            const QString first = QString::fromUtf8(pick(random, FirstNames));
            const QString last = QString::fromUtf8(pick(random, Surnames));

            Citizen citizen = stamped(Citizen {});
            citizen.id = newId();
            const bool family = primary == TargetGroup::VulnerableFamily;
            if (family) {
                Household household = stamped(Household {});
                household.id = newId();
                household.name = QStringLiteral("Familien %1").arg(last);
                household.familyCoordinator = QStringLiteral("Kim Koordinator");
                Kinds::household().insert(db, household);
                citizen.householdId = household.id;
            }

            citizen.name = first + QLatin1Char(' ') + last;
            citizen.cpr = cprFor(random, birth);
            citizen.birthDate = birth;
            citizen.phone = QStringLiteral("2%1").arg(random.bounded(1000000u, 9999999u));
            citizen.address = QStringLiteral("Demovej %1, 3520 Farum").arg(1 + random.bounded(120u));
            citizen.targetGroups = groups;
            citizen.status = random.bounded(10u) == 0 ? CitizenStatus::Closed : CitizenStatus::Active;
            const QDate start = today.addDays(-static_cast<int>(random.bounded(300u)));
            const QString supportPerson = QString::fromUtf8(pick(random, SupportPersons));
            citizen.startDate = start;
            citizen.supportPerson = supportPerson;
            Kinds::citizen().insert(db, citizen);
            made.citizens.append(citizen);
            const QString &citizenId = citizen.id;
            const QString &householdId = citizen.householdId;

            if (family) {
                QList<HouseholdMember> &members = made.members[householdId];
                const auto addMember = [&](const QString &name, int year, MemberRole role, const char *relation,
                                           bool custody, const QString &linkedCitizen) {
                    HouseholdMember member = stamped(HouseholdMember {});
                    member.id = newId();
                    member.householdId = householdId;
                    member.name = name;
                    member.birthYear = year;
                    member.role = role;
                    member.relation = QString::fromUtf8(relation);
                    member.parentalResponsibility = custody;
                    member.citizenId = linkedCitizen;
                    member.position = static_cast<int>(members.size());
                    Kinds::householdMember().insert(db, member);
                    members.append(member);
                };
                addMember(first, birth.year(), MemberRole::Adult, "forælder", true, citizenId);
                if (random.bounded(2u) == 0)
                    addMember(QString::fromUtf8(pick(random, FirstNames)), birth.year() + 2, MemberRole::Adult,
                        "partner", false, {});
                const int children = 1 + static_cast<int>(random.bounded(3u));
                for (int c = 0; c < children; ++c)
                    addMember(QString::fromUtf8(pick(random, ChildNames)),
                        today.year() - 3 - static_cast<int>(random.bounded(14u)), MemberRole::Child, "barn", false, {});

                // A family plan (version 1, a draft) with interventions across departments and some consents.
                FamilyPlan plan = stamped(FamilyPlan {});
                plan.id = newId();
                plan.householdId = householdId;
                plan.reviewDate = today.addDays(30 + static_cast<int>(random.bounded(60u)));
                Kinds::familyPlan().insert(db, plan);
                FamilyGoal familyGoal = stamped(FamilyGoal {});
                familyGoal.id = newId();
                familyGoal.planId = plan.id;
                familyGoal.text = QStringLiteral("Børnene trives, og vi har en rolig hverdag");
                Kinds::familyGoal().insert(db, familyGoal);
                QHash<QString, int> positions;
                for (const InterventionTemplate &t : Interventions) {
                    if (random.bounded(3u) == 0)
                        continue;
                    const QString forMember
                        = t.child ? members.value(qMin<qsizetype>(members.size() - 1, 2)).id : members.first().id;
                    Intervention intervention = stamped(Intervention {});
                    intervention.id = newId();
                    intervention.planId = plan.id;
                    intervention.memberIds = { forMember };
                    intervention.departmentId = QString::fromLatin1(t.department);
                    intervention.title = QString::fromUtf8(t.title);
                    intervention.purpose = QString::fromUtf8(t.purpose);
                    intervention.responsiblePerson = QString::fromUtf8(t.person);
                    intervention.responsibleRole = QString::fromUtf8(t.role);
                    intervention.startDate = start;
                    intervention.endDate = start.addMonths(12);
                    intervention.status = InterventionStatus::Active;
                    intervention.position = positions[intervention.departmentId]++;
                    intervention.nextFollowUp = today.addDays(3 + static_cast<int>(random.bounded(40u)));
                    Kinds::intervention().insert(db, intervention);
                    if (random.bounded(2u) == 0) { // consent given, or still missing
                        Consent consent = stamped(Consent {});
                        consent.id = newId();
                        consent.householdId = householdId;
                        consent.memberId = forMember;
                        consent.departmentId = intervention.departmentId;
                        consent.scope = QStringLiteral("Deling af oplysninger til familieplanen");
                        consent.givenOn = start;
                        Kinds::consent().insert(db, consent);
                    }
                }
            }

            struct MadeStone
            {
                QString id;
                const char *title;
                StoneStatus status;
            };
            QList<MadeStone> madeStones;
            QList<Goal> &goals = made.goals[citizenId];
            const int goalCount = 1 + static_cast<int>(random.bounded(2u));
            for (int g = 0; g < goalCount; ++g) {
                const GoalTemplate &tmpl = Goals[(i + g * 4 + (family ? 3 : 0)) % Goals.size()];
                Goal goal = stamped(Goal {});
                goal.id = newId();
                goal.citizenId = citizenId;
                goal.ownWords = QString::fromUtf8(tmpl.ownWords);
                goal.category = tmpl.category;
                goal.status = GoalStatus::Active;
                goal.position = g;
                Kinds::goal().insert(db, goal);
                goals.append(goal);
                const int stoneCount = 2 + static_cast<int>(random.bounded(3u));
                for (int s = 0; s < stoneCount; ++s) {
                    const StoneTemplate &st = tmpl.stones[static_cast<std::size_t>(s)];
                    SteppingStone stone = stamped(SteppingStone {});
                    stone.id = newId();
                    stone.goalId = goal.id;
                    stone.title = QString::fromUtf8(st.title);
                    stone.position = s;
                    stone.dueDate = today.addDays(static_cast<int>(random.bounded(120u)) - 20);
                    stone.status = st.status;
                    Kinds::steppingStone().insert(db, stone);
                    madeStones.append({ stone.id, st.title, st.status });
                }
            }

            // Most citizens have a personal budget (50.000 kr., some 30.000 kr.; a few 15 months),
            // with purchases for the stepping stones that cost money.
            if (random.bounded(8u) != 0) {
                Budget budget = stamped(Budget {});
                budget.id = newId();
                budget.citizenId = citizenId;
                budget.capMinor = (random.bounded(5u) == 0 ? 30'000 : 50'000) * qint64(100);
                budget.currency = Currency::DKK;
                budget.periodStart = start;
                budget.months = random.bounded(5u) == 0 ? 15 : 12;
                budget.status = BudgetStatus::Active;
                Kinds::budget().insert(db, budget);
                const QDate lastDay = qMin(today, start.addMonths(budget.months).addDays(-1));
                qint64 used = 0;
                for (const MadeStone &stone : std::as_const(madeStones)) {
                    const PurchaseTemplate *p = purchaseFor(stone.title);
                    if (!p || (stone.status == StoneStatus::Planned && random.bounded(3u) != 0))
                        continue;
                    const qint64 amount = qint64(p->kroner) * (85 + qint64(random.bounded(31u)));
                    if (used + amount > budget.capMinor)
                        continue;
                    used += amount;
                    const int span = qMax(0, int(start.daysTo(lastDay)));
                    LedgerEntry entry = stamped(LedgerEntry {});
                    entry.id = newId();
                    entry.budgetId = budget.id;
                    entry.kind = EntryKind::Purchase;
                    entry.date = start.addDays(span == 0 ? 0 : int(random.bounded(quint32(span + 1))));
                    // Done stones were paid; older purchases mostly too; recent ones may still be reserved.
                    const bool paid = stone.status == StoneStatus::Done
                        || (entry.date.daysTo(today) > 14 && random.bounded(3u) != 0);
                    entry.state = paid ? EntryState::Paid : EntryState::Reserved;
                    entry.amountMinor = amount;
                    entry.payee = QString::fromUtf8(p->payee);
                    entry.description = QString::fromUtf8(p->description);
                    entry.categoryId = QString::fromLatin1(p->category);
                    entry.stoneId = stone.id;
                    entry.boughtBy = supportPerson;
                    entry.decidedWithCitizen = true;
                    Kinds::ledgerEntry().insert(db, entry);
                }
                if (options.ledgerEntriesPerCitizen > 0 || options.receiptBytes > 0) {
                    QStringList stoneIds;
                    for (const MadeStone &stone : std::as_const(madeStones))
                        stoneIds << stone.id;
                    addScaleEntries(i, budget, stoneIds, lastDay, supportPerson, used);
                }
            } else if (scale.receiptStride > 0 && i % scale.receiptStride == 0) {
                scale.receiptsOwed += ReceiptsPerHolder; // the next citizen with a budget holds them
            }

            const int notes = static_cast<int>(random.bounded(4u));
            for (int n = 0; n < notes; ++n) {
                Note note = stamped(Note {});
                note.id = newId();
                note.citizenId = citizenId;
                note.date = today.addDays(-7 * (n + 1) - static_cast<int>(random.bounded(5u)));
                note.place = QString::fromUtf8(pick(random, Places));
                note.participants = first + QStringLiteral(", ") + QString::fromUtf8(pick(random, SupportPersons));
                note.text = QString::fromUtf8(pick(random, NoteTexts));
                note.agreements = QStringLiteral("Næste møde om en uge.");
                Kinds::note().insert(db, note);
            }
        }
        if (!cancelled)
            DemoOutcomes::add(db, random, today, stamp, made);
        file.appendEvent(AuditAction::RecordCreated, QStringLiteral("demo_caseload"), {}, {});
    });
    if (cancelled)
        return Error { ErrorCode::InvalidInput, QStringLiteral("cancelled") };
    if (status && progress)
        progress(options.citizens, options.citizens);
    return status;
}

} // namespace Traedesten::Storage
