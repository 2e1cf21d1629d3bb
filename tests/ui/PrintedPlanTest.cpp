// The printed family plan flags the consents the screen flags, and has signature lines for exactly the adults
// with parental responsibility (and the citizens), the young people from 15 and the family coordinator.
#include "CaseEditor.h"
#include "TestSupport.h"
#include "models/InterventionModel.h"
#include "pages/FamilyPlanPage.h"
#include "print/DocumentPrinter.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QPagedPaintDevice>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    // NFKC undoes ligatures and non-breaking spaces; pages and lines joined by spaces for phrase searches.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(u'\f'), QLatin1Char('\n'));
}

class PrintedPlanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = Storage::CaseFile::create(
            m_dir.caseFile(), TestKit::passphrase("printet-familieplan-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        m_household = *m_caseload->households().create(
            Household { {}, QStringLiteral("Familien Bæk"), QStringLiteral("Kim Koordinator"), {}, {} });
        Citizen mother;
        mother.name = QStringLiteral("Hanne Bæk");
        mother.householdId = m_household.id;
        m_mother = *m_caseload->citizens().create(mother);
        const int year = QDate::currentDate().year();
        const auto member
            = [&](const char *name, MemberRole role, int birthYear, bool responsible, const QString &citizen = {}) {
                  HouseholdMember m;
                  m.householdId = m_household.id;
                  m.name = QString::fromUtf8(name);
                  m.role = role;
                  m.birthYear = birthYear;
                  m.parentalResponsibility = responsible;
                  m.citizenId = citizen;
                  return m_caseload->households().createMember(m).value().id;
              };
        m_hanne = member("Hanne Bæk", MemberRole::Adult, 1981, true, m_mother.id);
        m_michael = member("Michael Bæk", MemberRole::Adult, 1979, true);
        member("Jens Lodger", MemberRole::Adult, 1990, false); // lives there, no parental responsibility
        m_agnes = member("Agnes Bæk", MemberRole::Child, year - 16, false);
        m_oscar = member("Oscar Bæk", MemberRole::Child, year - 11, false);
        member("Alma Bæk", MemberRole::Child, year - 7, false);

        const auto departments = m_caseload->plans().departments().value();
        for (const Department &d : departments)
            m_departments.insert(d.code, d.id);
        const FamilyPlan plan = m_caseload->plans().createPlan(m_household.id).value();
        const auto intervention = [&](const char *title, const char *department, QStringList members) {
            Intervention i;
            i.planId = plan.id;
            i.departmentId = m_departments.value(QString::fromLatin1(department));
            i.memberIds = std::move(members);
            i.title = QString::fromUtf8(title);
            ASSERT_TRUE(m_caseload->plans().createIntervention(i).ok());
        };
        intervention("Virksomhedspraktik", "job_centre", { m_hanne });
        intervention("Lektiecafé", "school", { m_agnes, m_oscar });
        const auto consent = [&](const QString &member, const char *department, QDate given, QDate withdrawn = {}) {
            Consent c;
            c.householdId = m_household.id;
            c.memberId = member;
            c.departmentId = m_departments.value(QString::fromLatin1(department));
            c.givenOn = given;
            c.withdrawnOn = withdrawn;
            ASSERT_TRUE(m_caseload->plans().createConsent(c).ok());
        };
        const QDate today = QDate::currentDate();
        consent(m_hanne, "job_centre", today.addMonths(-2));
        consent(m_agnes, "school", today.addMonths(-2));
        // Oscar's consent was withdrawn: the screen shows it in red, and so must the print.
        consent(m_oscar, "school", today.addMonths(-2), today.addDays(-3));

        m_editor = new CaseEditor(&m_stack, &m_window, &m_window);
        m_page = new FamilyPlanPage(m_editor, &m_window);
        m_editor->setCaseload(m_caseload.get());
        m_page->setCitizen(m_mother.id);
    }

    void TearDown() override
    {
        m_stack.clear();
        m_editor->setCaseload(nullptr);
    }

    /// What the screen's consent column says for the intervention titled @p title.
    QString screenConsent(const QString &title) const
    {
        InterventionModel *model = m_page->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                if (model->index(r, InterventionModel::TitleColumn, group).data().toString() == title)
                    return model->index(r, InterventionModel::ConsentColumn, group).data().toString();
            }
        }
        return {};
    }

    QString print(const char *language)
    {
        const QString path = m_dir.path(QStringLiteral("plan-%1.pdf").arg(QString::fromLatin1(language)));
        EXPECT_TRUE(
            m_page->writePdf(path, QString::fromLatin1(language), false, FamilyPlanPrint::Kind::FamilyPlan).ok());
        return pdfText(path);
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Household m_household;
    Citizen m_mother;
    QHash<QString, QString> m_departments;
    QString m_hanne;
    QString m_michael;
    QString m_agnes;
    QString m_oscar;
    QWidget m_window;
    QUndoStack m_stack;
    CaseEditor *m_editor = nullptr;
    FamilyPlanPage *m_page = nullptr;
};

/// The signature section: everything after its heading.
QString signatures(const QString &text, const QString &heading)
{
    const qsizetype at = text.lastIndexOf(heading);
    return at < 0 ? QString() : text.mid(at + heading.size());
}

} // namespace

TEST_F(PrintedPlanTest, TheMissingConsentTheScreenFlagsIsFlaggedInThePrintInBothLanguages)
{
    // The screen: Oscar's consent to the school is missing (withdrawn); Hanne's and Agnes's are given.
    EXPECT_EQ(screenConsent(QStringLiteral("Virksomhedspraktik")), QStringLiteral("Given"));
    EXPECT_EQ(screenConsent(QStringLiteral("Lektiecafé")), QStringLiteral("Missing: Oscar Bæk"));

    // Whitespace made single: a flag may wrap inside its narrow table column.
    const QString da = print("da").simplified();
    ASSERT_FALSE(da.isEmpty()) << "pdftotext (poppler-utils) must be installed";
    EXPECT_EQ(da.count(QStringLiteral("Samtykke mangler: Oscar Bæk")), 1) << qPrintable(da);
    EXPECT_TRUE(da.contains(QStringLiteral("Manglende samtykke: Oscar Bæk til Skole, for “Lektiecafé”")))
        << qPrintable(da);
    EXPECT_FALSE(da.contains(QStringLiteral("Samtykke mangler: Hanne"))) << "given consents are not flagged";
    EXPECT_FALSE(da.contains(QStringLiteral("Samtykke mangler: Agnes")));

    const QString en = print("en").simplified();
    EXPECT_EQ(en.count(QStringLiteral("Consent missing: Oscar Bæk")), 1) << qPrintable(en);
    EXPECT_TRUE(en.contains(QStringLiteral("Missing consent: Oscar Bæk to School, for “Lektiecafé”")))
        << qPrintable(en);
    EXPECT_FALSE(en.contains(QStringLiteral("Consent missing: Hanne")));
}

TEST_F(PrintedPlanTest, SignatureLinesForParentsYoungPeopleFromFifteenAndTheCoordinatorOnly)
{
    for (const auto &[language, heading, coordinator] :
        { std::tuple { "da", "Underskrifter", "Familiekoordinator: Kim Koordinator" },
            std::tuple { "en", "Signatures", "Family coordinator: Kim Koordinator" } }) {
        const QString part = signatures(print(language), QString::fromUtf8(heading));
        ASSERT_FALSE(part.isEmpty()) << language;
        for (const char *signs : { "Hanne Bæk", "Michael Bæk", "Agnes Bæk" })
            EXPECT_EQ(part.count(QString::fromUtf8(signs)), 1) << language << ": " << signs;
        EXPECT_EQ(part.count(QString::fromUtf8(coordinator)), 1) << language;
        for (const char *none : { "Oscar", "Alma", "Jens" })
            EXPECT_FALSE(part.contains(QString::fromUtf8(none))) << language << ": no line for " << none;
        int lines = 0;
        for (auto it = QRegularExpression(QStringLiteral("_{10,}")).globalMatch(part); it.hasNext(); it.next())
            ++lines;
        EXPECT_EQ(lines, 4) << language << ": four lines: " << qPrintable(part);
    }
}

TEST(DocumentPrinterTest, TextBetweenTablesSurvivesWhenRowsAreKeptTogether)
{
    // Tables long enough to be split at page breaks, with headings and paragraphs between them.
    QString html;
    for (int t = 0; t < 4; ++t) {
        html += QStringLiteral("<h2>Heading %1</h2><p>Paragraph %1</p><table border=\"1\"><thead><tr><th>A</th>"
                               "<th>B</th></tr></thead>")
                    .arg(t);
        for (int r = 0; r < 45; ++r)
            html += QStringLiteral("<tr><td>Row %1.%2</td><td>line one<br>line two<br>line three</td></tr>")
                        .arg(t)
                        .arg(r);
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>Last heading</h2><p>The end.</p>");
    TestKit::TempFolder dir;
    const QString path = dir.path(QStringLiteral("split.pdf"));
    QTextDocument document;
    document.setHtml(html);
    ASSERT_TRUE(DocumentPrinter::writePdf(path, QStringLiteral("t"), [&](QPagedPaintDevice *device) {
        return DocumentPrinter::print(document, device, QStringLiteral("footer"), QStringLiteral("%1/%2"));
    }).ok());
    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext (poppler-utils) must be installed";
    const QString plain = document.toPlainText();
    for (int t = 0; t < 4; ++t)
        EXPECT_TRUE(plain.contains(QStringLiteral("Heading %1").arg(t))) << "in the document " << t;
    for (int t = 0; t < 4; ++t) {
        EXPECT_TRUE(text.contains(QStringLiteral("Heading %1").arg(t))) << t;
        EXPECT_TRUE(text.contains(QStringLiteral("Paragraph %1").arg(t))) << t;
        EXPECT_TRUE(text.contains(QStringLiteral("Row %1.44").arg(t))) << t;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Last heading")));
    EXPECT_TRUE(text.contains(QStringLiteral("The end.")));
}

TEST(DocumentPrinterTest, NoHeadingIsLeftAloneAtTheFootOfAPage)
{
    // Headings with tables and paragraphs of varied length: without the rule some land last on a page.
    QString html;
    for (int t = 0; t < 40; ++t) {
        html += QStringLiteral("<h3>Heading %1</h3><table border=\"1\"><tr><th>A</th><th>B</th></tr>").arg(t);
        for (int r = 0; r < 2 + t % 5; ++r)
            html += QStringLiteral("<tr><td>Row %1.%2</td><td>text</td></tr>").arg(t).arg(r);
        html += QStringLiteral("</table><p>%1</p>").arg(QStringLiteral("Filler words. ").repeated(t % 7 * 9 + 1));
    }
    TestKit::TempFolder dir;
    const QString path = dir.path(QStringLiteral("headings.pdf"));
    QTextDocument document;
    document.setHtml(html);
    ASSERT_TRUE(DocumentPrinter::writePdf(path, QStringLiteral("t"), [&](QPagedPaintDevice *device) {
        return DocumentPrinter::print(document, device, QStringLiteral("footer"), QStringLiteral("page %1/%2"));
    }).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    pdftotext.waitForFinished(30000);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    ASSERT_FALSE(text.isEmpty()) << "pdftotext (poppler-utils) must be installed";
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 3);
    int headings = 0;
    for (int p = 0; p < pages.size(); ++p) {
        QStringList lines;
        for (const QString &line : pages.at(p).split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (!l.isEmpty() && !l.startsWith(QStringLiteral("footer")) && !l.startsWith(QStringLiteral("page ")))
                lines << l;
        }
        headings += int(lines.filter(QStringLiteral("Heading ")).size());
        if (!lines.isEmpty())
            EXPECT_FALSE(lines.last().startsWith(QStringLiteral("Heading ")))
                << "page " << p + 1 << ": " << qPrintable(lines.last());
    }
    EXPECT_EQ(headings, 40) << "every heading printed once";
}
