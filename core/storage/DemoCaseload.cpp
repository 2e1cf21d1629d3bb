#include "DemoCaseload.h"

#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/HouseholdMember.h"
#include "domain/LedgerEntry.h"
#include "domain/SteppingStone.h"
#include "storage/CaseFile.h"
#include "storage/DemoOutcomes.h"
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

} // namespace

Status DemoCaseload::generate(CaseFile &file, const Options &options, const Progress &progress)
{
    if (options.citizens < 1 || options.citizens > 100000)
        return Error::invalid(QStringLiteral("citizens"), Issue::OutOfRange);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QRandomGenerator random(options.seed);
    bool cancelled = false;

    Status status = file.write([&] {
        Database &db = *file.database();
        const QDateTime stamp = now();
        Statement household = db.prepare(
            "INSERT INTO household (id, name, family_coordinator, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)");
        Statement citizen = db.prepare(R"sql(
            INSERT INTO citizen (id, name, cpr, birth_date, phone, email, address, target_groups, status,
                                 start_date, end_date, support_person, household_id, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8, ?9, NULL, ?10, ?11, ?12, ?12))sql");
        Statement member = db.prepare(R"sql(
            INSERT INTO household_member (id, household_id, name, birth_year, role, relation, parental_responsibility,
                                          citizen_id, position, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10))sql");
        Statement goal = db.prepare(R"sql(
            INSERT INTO goal (id, citizen_id, own_words, category, status, position, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, 'active', ?5, ?6, ?6))sql");
        Statement stone = db.prepare(R"sql(
            INSERT INTO stepping_stone (id, goal_id, title, position, due_date, status, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7))sql");
        Statement budget = db.prepare(R"sql(
            INSERT INTO budget (id, citizen_id, cap_minor, currency, period_start, months, status, created_at, updated_at)
            VALUES (?1, ?2, ?3, 'DKK', ?4, ?5, 'active', ?6, ?6))sql");
        Statement entry = db.prepare(R"sql(
            INSERT INTO ledger_entry (id, budget_id, kind, state, date, amount_minor, payee, description, category_id,
                                      stone_id, bought_by, decided_with_citizen, void_reason, created_at, updated_at)
            VALUES (?1, ?2, 'purchase', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, '', ?11, ?11))sql");
        Statement plan = db.prepare(R"sql(
            INSERT INTO family_plan (id, household_id, version, status, signed_on, review_date, created_at, updated_at)
            VALUES (?1, ?2, 1, 'draft', NULL, ?3, ?4, ?4))sql");
        Statement familyGoal = db.prepare(R"sql(
            INSERT INTO family_goal (id, plan_id, text, position, created_at, updated_at)
            VALUES (?1, ?2, ?3, 0, ?4, ?4))sql");
        Statement intervention = db.prepare(R"sql(
            INSERT INTO intervention (id, plan_id, department_id, title, purpose, responsible_person,
                                      responsible_role, start_date, end_date, status, position, next_follow_up,
                                      created_at, updated_at)
            VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'active', ?11, ?12, ?13, ?13))sql");
        Statement interventionMember = db.prepare(R"sql(
            INSERT INTO intervention_member (intervention_id, member_id, position) VALUES (?1, ?2, 0))sql");
        Statement consent = db.prepare(R"sql(
            INSERT INTO consent (id, household_id, member_id, department_id, scope, given_on, expires_on,
                                 withdrawn_on, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, 'Deling af oplysninger til familieplanen', ?5, NULL, NULL, ?6, ?6))sql");
        Statement note = db.prepare(R"sql(
            INSERT INTO note (id, citizen_id, date, place, participants, text, agreements, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8))sql");

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
            const QString citizenId = newId();

            QString householdId;
            const bool family = primary == TargetGroup::VulnerableFamily;
            if (family) {
                householdId = newId();
                household.bind(1, householdId).bind(2, QStringLiteral("Familien %1").arg(last));
                household.bind(3, QStringLiteral("Kim Koordinator"));
                bindTimestamp(household, 4, stamp);
                household.run();
                household.reset();
            }

            citizen.bind(1, citizenId).bind(2, first + QLatin1Char(' ') + last).bind(3, cprFor(random, birth));
            bindDate(citizen, 4, birth);
            citizen.bind(5, QStringLiteral("2%1").arg(random.bounded(1000000u, 9999999u)));
            citizen.bind(6, QStringLiteral("Demovej %1, 3520 Farum").arg(1 + random.bounded(120u)));
            citizen.bind(7, targetGroupsToCodes(groups));
            citizen.bind(
                8, citizenStatusCode(random.bounded(10u) == 0 ? CitizenStatus::Closed : CitizenStatus::Active));
            const QDate start = today.addDays(-static_cast<int>(random.bounded(300u)));
            const QString supportPerson = QString::fromUtf8(pick(random, SupportPersons));
            bindDate(citizen, 9, start);
            citizen.bind(10, supportPerson);
            bindOptional(citizen, 11, householdId);
            bindTimestamp(citizen, 12, stamp);
            citizen.run();
            citizen.reset();

            if (family) {
                int position = 0;
                QStringList memberIds;
                const auto addMember = [&](const QString &name, int year, MemberRole role, const char *relation,
                                           bool custody, const QString &linkedCitizen) {
                    const QString memberId = newId();
                    memberIds << memberId;
                    member.bind(1, memberId).bind(2, householdId).bind(3, name).bind(4, year);
                    member.bind(5, memberRoleCode(role)).bind(6, QString::fromUtf8(relation)).bind(7, custody ? 1 : 0);
                    bindOptional(member, 8, linkedCitizen);
                    member.bind(9, position++);
                    bindTimestamp(member, 10, stamp);
                    member.run();
                    member.reset();
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
                const QString planId = newId();
                plan.bind(1, planId).bind(2, householdId);
                bindDate(plan, 3, today.addDays(30 + static_cast<int>(random.bounded(60u))));
                bindTimestamp(plan, 4, stamp);
                plan.run();
                plan.reset();
                familyGoal.bind(1, newId()).bind(2, planId);
                familyGoal.bind(3, QStringLiteral("Børnene trives, og vi har en rolig hverdag"));
                bindTimestamp(familyGoal, 4, stamp);
                familyGoal.run();
                familyGoal.reset();
                QHash<QString, int> positions;
                for (const InterventionTemplate &t : Interventions) {
                    if (random.bounded(3u) == 0)
                        continue;
                    const QString forMember
                        = t.child ? memberIds.value(qMin<qsizetype>(memberIds.size() - 1, 2)) : memberIds.first();
                    const QString interventionId = newId();
                    intervention.bind(1, interventionId).bind(2, planId).bind(3, forMember);
                    intervention.bind(4, QString::fromLatin1(t.department)).bind(5, QString::fromUtf8(t.title));
                    intervention.bind(6, QString::fromUtf8(t.purpose)).bind(7, QString::fromUtf8(t.person));
                    intervention.bind(8, QString::fromUtf8(t.role));
                    bindDate(intervention, 9, start);
                    bindDate(intervention, 10, start.addMonths(12));
                    intervention.bind(11, positions[QString::fromLatin1(t.department)]++);
                    bindDate(intervention, 12, today.addDays(3 + static_cast<int>(random.bounded(40u))));
                    bindTimestamp(intervention, 13, stamp);
                    intervention.run();
                    intervention.reset();
                    interventionMember.bind(1, interventionId).bind(2, forMember).run();
                    interventionMember.reset();
                    if (random.bounded(2u) == 0) { // consent given, or still missing
                        consent.bind(1, newId()).bind(2, householdId).bind(3, forMember);
                        consent.bind(4, QString::fromLatin1(t.department));
                        bindDate(consent, 5, start);
                        bindTimestamp(consent, 6, stamp);
                        consent.run();
                        consent.reset();
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
            const int goalCount = 1 + static_cast<int>(random.bounded(2u));
            for (int g = 0; g < goalCount; ++g) {
                const GoalTemplate &tmpl = Goals[(i + g * 4 + (family ? 3 : 0)) % Goals.size()];
                const QString goalId = newId();
                goal.bind(1, goalId).bind(2, citizenId).bind(3, QString::fromUtf8(tmpl.ownWords));
                goal.bind(4, goalCategoryCode(tmpl.category)).bind(5, g);
                bindTimestamp(goal, 6, stamp);
                goal.run();
                goal.reset();
                const int stoneCount = 2 + static_cast<int>(random.bounded(3u));
                for (int s = 0; s < stoneCount; ++s) {
                    const StoneTemplate &st = tmpl.stones[static_cast<std::size_t>(s)];
                    const QString stoneId = newId();
                    stone.bind(1, stoneId).bind(2, goalId).bind(3, QString::fromUtf8(st.title)).bind(4, s);
                    bindDate(stone, 5, today.addDays(static_cast<int>(random.bounded(120u)) - 20));
                    stone.bind(6, stoneStatusCode(st.status));
                    bindTimestamp(stone, 7, stamp);
                    stone.run();
                    stone.reset();
                    madeStones.append({ stoneId, st.title, st.status });
                }
            }

            // Most citizens have a personal budget (50.000 kr., some 30.000 kr.; a few 15 months),
            // with purchases for the stepping stones that cost money.
            if (random.bounded(8u) != 0) {
                const QString budgetId = newId();
                const qint64 cap = (random.bounded(5u) == 0 ? 30'000 : 50'000) * qint64(100);
                const int months = random.bounded(5u) == 0 ? 15 : 12;
                budget.bind(1, budgetId).bind(2, citizenId).bind(3, cap);
                bindDate(budget, 4, start);
                budget.bind(5, months);
                bindTimestamp(budget, 6, stamp);
                budget.run();
                budget.reset();
                const QDate lastDay = qMin(today, start.addMonths(months).addDays(-1));
                qint64 used = 0;
                for (const MadeStone &made : std::as_const(madeStones)) {
                    const PurchaseTemplate *p = purchaseFor(made.title);
                    if (!p || (made.status == StoneStatus::Planned && random.bounded(3u) != 0))
                        continue;
                    const qint64 amount = qint64(p->kroner) * (85 + qint64(random.bounded(31u)));
                    if (used + amount > cap)
                        continue;
                    used += amount;
                    const int span = qMax(0, int(start.daysTo(lastDay)));
                    entry.bind(1, newId()).bind(2, budgetId);
                    const QDate bought = start.addDays(span == 0 ? 0 : int(random.bounded(quint32(span + 1))));
                    // Done stones were paid; older purchases mostly too; recent ones may still be reserved.
                    const bool paid
                        = made.status == StoneStatus::Done || (bought.daysTo(today) > 14 && random.bounded(3u) != 0);
                    entry.bind(3, entryStateCode(paid ? EntryState::Paid : EntryState::Reserved));
                    bindDate(entry, 4, bought);
                    entry.bind(5, amount)
                        .bind(6, QString::fromUtf8(p->payee))
                        .bind(7, QString::fromUtf8(p->description));
                    entry.bind(8, QString::fromLatin1(p->category)).bind(9, made.id).bind(10, supportPerson);
                    bindTimestamp(entry, 11, stamp);
                    entry.run();
                    entry.reset();
                }
            }

            const int notes = static_cast<int>(random.bounded(4u));
            for (int n = 0; n < notes; ++n) {
                note.bind(1, newId()).bind(2, citizenId);
                bindDate(note, 3, today.addDays(-7 * (n + 1) - static_cast<int>(random.bounded(5u))));
                note.bind(4, QString::fromUtf8(pick(random, Places)));
                note.bind(5, first + QStringLiteral(", ") + QString::fromUtf8(pick(random, SupportPersons)));
                note.bind(6, QString::fromUtf8(pick(random, NoteTexts)));
                note.bind(7, QStringLiteral("Næste møde om en uge."));
                bindTimestamp(note, 8, stamp);
                note.run();
                note.reset();
            }
        }
        if (!cancelled)
            DemoOutcomes::add(db, random, today, stamp);
        file.appendEvent(AuditAction::RecordCreated, QStringLiteral("demo_caseload"), {}, {});
    });
    if (cancelled)
        return Error { ErrorCode::InvalidInput, QStringLiteral("cancelled") };
    if (status && progress)
        progress(options.citizens, options.citizens);
    return status;
}

} // namespace Traedesten::Storage
