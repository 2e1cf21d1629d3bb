<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseloadReportPrint</name>
    <message numerus="yes">
        <source>%n citizen(s): %1 active, %2 closed.</source>
        <translation>
            <numerusform>%n citizen: %1 active, %2 closed.</numerusform>
            <numerusform>%n citizens: %1 active, %2 closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long-term goal(s). The citizen&apos;s own end assessment and the support person&apos;s are kept side by side: they often differ.</source>
        <translation>
            <numerusform>%n long-term goal. The citizen&apos;s own end assessment and the support person&apos;s are kept side by side: they often differ.</numerusform>
            <numerusform>%n long-term goals. The citizen&apos;s own end assessment and the support person&apos;s are kept side by side: they often differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) with caps of %1 in all; %2 used. On average %3 per budget, %4 of its cap.</source>
        <translation>
            <numerusform>%n budget with a cap of %1; %2 used. On average %3 per budget, %4 of its cap.</numerusform>
            <numerusform>%n budgets with caps of %1 in all; %2 used. On average %3 per budget, %4 of its cap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) in another currency are left out.</source>
        <translation>
            <numerusform>%n budget in another currency is left out.</numerusform>
            <numerusform>%n budgets in another currency are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with benefits or services. In their first month they cost %1 a month in all; now %2, a change of %3.</source>
        <translation>
            <numerusform>%n household with benefits or services. In its first month it cost %1 a month; now %2, a change of %3.</numerusform>
            <numerusform>%n households with benefits or services. In their first month they cost %1 a month in all; now %2, a change of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AccessLogDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AppController</name>
    <message numerus="yes">
        <source>%n citizen(s) or household(s) are no longer shared with you (transferred to a colleague or the share withdrawn) and were removed from this case file.</source>
        <translation>
            <numerusform>%n citizen or household is no longer shared with you (transferred to a colleague, or the share withdrawn) and was removed from this case file.</numerusform>
            <numerusform>%n citizens or households are no longer shared with you (transferred to a colleague, or the share withdrawn) and were removed from this case file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) were erased by their support person and are erased here too.</source>
        <translation>
            <numerusform>%n citizen was erased by their support person and is erased here too.</numerusform>
            <numerusform>%n citizens were erased by their support person and are erased here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) or family plan(s) were shared with you or transferred to you. Family plans shared with you for your department are under Team ▸ Shared family plans.</source>
        <translation>
            <numerusform>%n citizen or family plan was shared with you or transferred to you. Family plans shared with you for your department are under Team ▸ Shared family plans.</numerusform>
            <numerusform>%n citizens or family plans were shared with you or transferred to you. Family plans shared with you for your department are under Team ▸ Shared family plans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitsPage</name>
    <message numerus="yes">
        <source> — a whole month of %n benefit(s).</source>
        <translation>
            <numerusform> — a whole month of %n benefit.</numerusform>
            <numerusform> — a whole month of %n benefits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetPage</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CaseloadPage</name>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n citizen(s)</source>
        <translation>
            <numerusform>Showing %1 of %n citizen</numerusform>
            <numerusform>Showing %1 of %n citizens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ChangePassphraseDialog</name>
    <message numerus="yes">
        <source>&amp;Also encrypt the %n existing backup(s) with the new passphrase</source>
        <translation>
            <numerusform>&amp;Also encrypt the existing backup with the new passphrase</numerusform>
            <numerusform>&amp;Also encrypt the %n existing backups with the new passphrase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has been changed. %n backup(s) could not be encrypted again and still open with the old passphrase: %1</source>
        <translation>
            <numerusform>The passphrase has been changed. %n backup could not be encrypted again and still opens with the old passphrase: %1</numerusform>
            <numerusform>The passphrase has been changed. %n backups could not be encrypted again and still open with the old passphrase: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CostChart</name>
    <message numerus="yes">
        <source>%1 of %2 days for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation>
            <numerusform>%1 of %2 days for %n benefit</numerusform>
            <numerusform>%1 of %2 days for %n benefits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>part of the month for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation>
            <numerusform>part of the month for %n benefit</numerusform>
            <numerusform>part of the month for %n benefits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the whole month for %n benefit(s)</source>
        <comment>a pro-rated month, continued</comment>
        <translation>
            <numerusform>, the whole month for %n benefit</numerusform>
            <numerusform>, the whole month for %n benefits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DueItemsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::EraseCitizenDialog</name>
    <message numerus="yes">
        <source>%n long-term goal(s)</source>
        <translation>
            <numerusform>%n long-term goal</numerusform>
            <numerusform>%n long-term goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stepping stone(s)</source>
        <translation>
            <numerusform>%n stepping stone</numerusform>
            <numerusform>%n stepping stones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(s)</source>
        <translation>
            <numerusform>%n ledger entry</numerusform>
            <numerusform>%n ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal note(s)</source>
        <translation>
            <numerusform>%n journal note</numerusform>
            <numerusform>%n journal notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s)</source>
        <translation>
            <numerusform>%n benefit</numerusform>
            <numerusform>%n benefits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family goal(s) concerning only them</source>
        <translation>
            <numerusform>%n family goal concerning only them</numerusform>
            <numerusform>%n family goals concerning only them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) for them alone</source>
        <translation>
            <numerusform>%n intervention for them alone</numerusform>
            <numerusform>%n interventions for them alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family plan version(s)</source>
        <translation>
            <numerusform>%n family plan version</numerusform>
            <numerusform>%n family plan versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalsPage</name>
    <message numerus="yes">
        <source>Delete the long-term goal “%1” and its %n stepping stone(s)?</source>
        <translation>
            <numerusform>Delete the long-term goal “%1” and its %n stepping stone?</numerusform>
            <numerusform>Delete the long-term goal “%1” and its %n stepping stones?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::HouseholdPage</name>
    <message numerus="yes">
        <source>%n consent(s) they gave</source>
        <translation>
            <numerusform>%n consent they gave</numerusform>
            <numerusform>%n consents they gave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s)</source>
        <translation>
            <numerusform>%n benefit</numerusform>
            <numerusform>%n benefits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) for them alone</source>
        <translation>
            <numerusform>%n intervention for them alone</numerusform>
            <numerusform>%n interventions for them alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken off %n intervention(s) shared with others.</source>
        <translation>
            <numerusform>%1 is taken off %n intervention shared with others.</numerusform>
            <numerusform>%1 is taken off %n interventions shared with others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Locks after %n minute without use</numerusform>
            <numerusform>Locks after %n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1</source>
        <translation>
            <numerusform>Exported %n audit event to %1</numerusform>
            <numerusform>Exported %n audit events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NewCaseFileDialog</name>
    <message numerus="yes">
        <source>Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</source>
        <translation>
            <numerusform>Trædesten creates a new case file with %n made-up citizen, their household, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</numerusform>
            <numerusform>Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::OverviewPage</name>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stepping stone(s) done</source>
        <translation>
            <numerusform>%1 of %n stepping stone done</numerusform>
            <numerusform>%1 of %n stepping stones done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::PassphraseStrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ReportsWindow</name>
    <message numerus="yes">
        <source>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizen(s) are hidden.</source>
        <translation>
            <numerusform>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizen are hidden.</numerusform>
            <numerusform>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizens are hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::RetentionDialog</name>
    <message numerus="yes">
        <source>Closed cases whose closing date is more than %n year(s) ago, the period set for this case file. Review each, and erase what need not be kept.</source>
        <translation>
            <numerusform>Closed cases whose closing date is more than %n year ago, the period set for this case file. Review each, and erase what need not be kept.</numerusform>
            <numerusform>Closed cases whose closing date is more than %n years ago, the period set for this case file. Review each, and erase what need not be kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No closed case is older than the retention period of %n year(s).</source>
        <translation>
            <numerusform>No closed case is older than the retention period of %n year.</numerusform>
            <numerusform>No closed case is older than the retention period of %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SettingsDialog</name>
    <message numerus="yes">
        <source> year(s) after closing</source>
        <comment>retention period; the number is in front</comment>
        <translation>
            <numerusform> year after closing</numerusform>
            <numerusform> years after closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n change waiting</numerusform>
            <numerusform>Offline: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ThisWeekWindow</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due within %n day(s), and nothing is overdue</source>
        <translation>
            <numerusform>Nothing is due within %n day, and nothing is overdue</numerusform>
            <numerusform>Nothing is due within %n days, and nothing is overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the search field to see all %n item(s).</source>
        <translation>
            <numerusform>Clear the search field to see the %n item.</numerusform>
            <numerusform>Clear the search field to see all %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>%n due in the next %1 days</numerusform>
            <numerusform>%n due in the next %1 days</numerusform>
        </translation>
    </message>
</context>
</TS>
