<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessExportPrint</name>
    <message>
        <source>Your data in the case file</source>
        <translation>Dine oplysninger i sagsfilen</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Flyttet i rækkefølgen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Access export</source>
        <translation>Udtræk til indsigt</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet helt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Medlem af husstanden</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>Langsigtet mål</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personligt budget</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Postering</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Kontoudtog</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familieplan</translation>
    </message>
    <message>
        <source>Family goal</source>
        <translation>Fælles mål for familien</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support began</source>
        <translation>Støtten begyndte</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>Støtten sluttede</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senest ændret</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <source>Your name in the household</source>
        <translation>Dit navn i husstanden</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Forældremyndighed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Your own assessment</source>
        <translation>Din egen vurdering</translation>
    </message>
    <message>
        <source>The support person&apos;s assessment</source>
        <translation>Støttepersonens vurdering</translation>
    </message>
    <message>
        <source>No stepping stones.</source>
        <translation>Ingen trædesten.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From %1, %2 months</source>
        <translation>Fra %1, %2 måneder</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Beløbsgrænse</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Annulleret: %1</translation>
    </message>
    <message>
        <source>Receipt: %1 (%2, %3, added %4)</source>
        <translation>Kvittering: %1 (%2, %3, tilføjet %4)</translation>
    </message>
    <message>
        <source>No ledger entries.</source>
        <translation>Ingen posteringer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Family plan, version %1</source>
        <translation>Familieplan, version %1</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Family goals linked to your goals:</source>
        <translation>Fælles mål for familien, knyttet til dine mål:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Forvaltning</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Hvad det omfatter</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Målt af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Til stede: %1</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>Aftalt:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Vedrørende</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Lavet %1</translation>
    </message>
    <message>
        <source>This is everything your support person&apos;s case file holds about you, as you have the right to see under article 15 of the General Data Protection Regulation. The same information is in the JSON file that came with this document, in a form a computer can read.</source>
        <translation>Her er alt, hvad din støttepersons sagsfil indeholder om dig. Du har ret til at se det efter artikel 15 i databeskyttelsesforordningen. De samme oplysninger står i den JSON-fil, der fulgte med dette dokument, i en form, som en computer kan læse.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Goals and stepping stones</source>
        <translation>Mål og trædesten</translation>
    </message>
    <message>
        <source>Personal budget and ledger</source>
        <translation>Personligt budget og regnskab</translation>
    </message>
    <message>
        <source>Your part of family plans</source>
        <translation>Din del af familieplaner</translation>
    </message>
    <message>
        <source>Consents you gave</source>
        <translation>Samtykker, du har givet</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <source>Who has seen or changed your data</source>
        <translation>Hvem har set eller ændret dine oplysninger</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>AccessLogPrint</name>
    <message>
        <source>Access log</source>
        <translation>Adgangs- og ændringslog</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Who has opened the citizen&apos;s pages in this case file, created, changed, deleted, printed or exported something about the citizen, and when the whole case file was backed up, restored or given a new passphrase. The log records what was done, never the content.</source>
        <translation>Hvem der har åbnet borgerens sider i denne sagsfil, oprettet, ændret, slettet, udskrevet eller eksporteret noget om borgeren, og hvornår hele sagsfilen er sikkerhedskopieret, gendannet eller har fået en ny adgangsfrase. Loggen viser, hvad der blev gjort, aldrig selve indholdet.</translation>
    </message>
    <message>
        <source>A selection: %1 of the log&apos;s %2 events, as filtered on the screen.</source>
        <translation>Et udvalg: %1 af loggens %2 hændelser, filtreret som på skærmen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Ingen hændelser.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>a household</source>
        <translation>en husstand</translation>
    </message>
    <message>
        <source>a household membership</source>
        <translation>et medlemskab af en husstand</translation>
    </message>
    <message>
        <source>a long-term goal</source>
        <translation>et langsigtet mål</translation>
    </message>
    <message>
        <source>a stepping stone</source>
        <translation>en trædesten</translation>
    </message>
    <message>
        <source>a journal note</source>
        <translation>et notat</translation>
    </message>
    <message>
        <source>a spending category</source>
        <translation>en udgiftskategori</translation>
    </message>
    <message>
        <source>a personal budget</source>
        <translation>et personligt budget</translation>
    </message>
    <message>
        <source>a ledger entry</source>
        <translation>en postering</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>en kvittering</translation>
    </message>
    <message>
        <source>a department</source>
        <translation>en forvaltning</translation>
    </message>
    <message>
        <source>a family plan</source>
        <translation>en familieplan</translation>
    </message>
    <message>
        <source>a family goal</source>
        <translation>et mål i familieplanen</translation>
    </message>
    <message>
        <source>an intervention</source>
        <translation>en indsats</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>et samtykke</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>en indikator</translation>
    </message>
    <message>
        <source>a measurement</source>
        <translation>en måling</translation>
    </message>
    <message>
        <source>a type of benefit</source>
        <translation>en ydelsestype</translation>
    </message>
    <message>
        <source>a benefit</source>
        <translation>en ydelse</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>en oplysning</translation>
    </message>
    <message>
        <source>the budget statement</source>
        <translation>kontoudtoget</translation>
    </message>
    <message>
        <source>the family plan</source>
        <translation>familieplanen</translation>
    </message>
    <message>
        <source>the citizen&apos;s own plan (My plan)</source>
        <translation>borgerens egen plan (Min plan)</translation>
    </message>
    <message>
        <source>the access log</source>
        <translation>adgangs- og ændringsloggen</translation>
    </message>
    <message>
        <source>the caseload report</source>
        <translation>sagsstammerapporten</translation>
    </message>
    <message>
        <source>the evaluation export</source>
        <translation>evalueringsudtrækket</translation>
    </message>
    <message>
        <source>the access export</source>
        <translation>indsigtsudtrækket</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>et dokument</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Printed and exported</source>
        <translation>Udskrevet og eksporteret</translation>
    </message>
    <message>
        <source>The whole case file (backups…)</source>
        <translation>Hele sagsfilen (sikkerhedskopier …)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Opened the citizen&apos;s pages</source>
        <translation>Åbnede borgerens sider</translation>
    </message>
    <message>
        <source>Created the citizen</source>
        <translation>Oprettede borgeren</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Oprettede %1</translation>
    </message>
    <message>
        <source>Changed the citizen&apos;s details</source>
        <translation>Ændrede borgerens oplysninger</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Ændrede %1</translation>
    </message>
    <message>
        <source>Deleted the citizen</source>
        <translation>Slettede borgeren</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Slettede %1</translation>
    </message>
    <message>
        <source>Changed the order of the long-term goals</source>
        <translation>Ændrede rækkefølgen af de langsigtede mål</translation>
    </message>
    <message>
        <source>Changed the order of the stepping stones</source>
        <translation>Ændrede rækkefølgen af trædestenene</translation>
    </message>
    <message>
        <source>Changed the order of the interventions</source>
        <translation>Ændrede rækkefølgen af indsatserne</translation>
    </message>
    <message>
        <source>Changed the order of a list</source>
        <translation>Ændrede rækkefølgen i en liste</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrev %1</translation>
    </message>
    <message>
        <source>Saved a copy of a receipt</source>
        <translation>Gemte en kopi af en kvittering</translation>
    </message>
    <message>
        <source>Made the anonymised evaluation export</source>
        <translation>Lavede det anonymiserede evalueringsudtræk</translation>
    </message>
    <message>
        <source>Saved %1 as a PDF</source>
        <translation>Gemte %1 som PDF</translation>
    </message>
    <message>
        <source>Made an access export: a copy of everything about the citizen</source>
        <translation>Lavede et indsigtsudtræk: en kopi af alt om borgeren</translation>
    </message>
    <message>
        <source>Erased everything about the citizen</source>
        <translation>Slettede alt om borgeren</translation>
    </message>
    <message>
        <source>Backed up the whole case file</source>
        <translation>Tog en sikkerhedskopi af hele sagsfilen</translation>
    </message>
    <message>
        <source>Restored the case file from a backup</source>
        <translation>Gendannede sagsfilen fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Changed the case file&apos;s passphrase</source>
        <translation>Skiftede sagsfilens adgangsfrase</translation>
    </message>
    <message>
        <source>Exported the whole audit log for the municipality&apos;s control</source>
        <translation>Eksporterede hele adgangs- og ændringsloggen til kommunens kontrol</translation>
    </message>
    <message>
        <source>Created the case file</source>
        <translation>Oprettede sagsfilen</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>Åbnede sagsfilen</translation>
    </message>
    <message>
        <source>Unlocked the case file</source>
        <translation>Låste sagsfilen op</translation>
    </message>
    <message>
        <source>Locked the case file</source>
        <translation>Låste sagsfilen</translation>
    </message>
    <message>
        <source>Changed a setting of the case file</source>
        <translation>Ændrede en indstilling i sagsfilen</translation>
    </message>
    <message>
        <source>Received the citizen&apos;s details from the team server</source>
        <translation>Modtog borgerens oplysninger fra teamserveren</translation>
    </message>
    <message>
        <source>Received %1 from the team server</source>
        <translation>Modtog %1 fra teamserveren</translation>
    </message>
    <message>
        <source>Removed from this file: no longer shared with this user</source>
        <translation>Fjernet fra denne fil: ikke længere delt med denne bruger</translation>
    </message>
</context>
<context>
    <name>BudgetStatement</name>
    <message>
        <source>Budget statement</source>
        <translation>Kontoudtog</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budgetperiode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Beløbsgrænse</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Tilbagebetalt</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Reguleringer</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restbeløb</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Regnskab</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Endnu ingen posteringer.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Annulleret: %1</translation>
    </message>
    <message>
        <source>Decided together with the citizen</source>
        <translation>Besluttet sammen med borgeren</translation>
    </message>
    <message>
        <source>Signature, citizen</source>
        <translation>Underskrift, borger</translation>
    </message>
    <message>
        <source>Signature, support person</source>
        <translation>Underskrift, støtteperson</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Køb</translation>
    </message>
</context>
<context>
    <name>CaseloadReportPrint</name>
    <message>
        <source>Caseload report</source>
        <translation>Sagsstammerapport</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Pr. %1</translation>
    </message>
    <message>
        <source>Figures for the whole caseload. No citizen can be recognised from them.</source>
        <translation>Tal for hele sagsstammen. Ingen borger kan genkendes ud fra dem.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Did the citizens reach their goals?</source>
        <translation>Nåede borgerne deres mål?</translation>
    </message>
    <message>
        <source>The citizen&apos;s own assessment</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Of those assessed</source>
        <translation>Af de vurderede</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>The support person&apos;s assessment</source>
        <translation>Støttepersonens vurdering</translation>
    </message>
    <message>
        <source>What the goals are about</source>
        <translation>Hvad målene handler om</translation>
    </message>
    <message>
        <source>Goal category</source>
        <translation>Målkategori</translation>
    </message>
    <message>
        <source>Personal budgets</source>
        <translation>Personlige budgetter</translation>
    </message>
    <message>
        <source>Spending category</source>
        <translation>Udgiftskategori</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Indicators from baseline to latest</source>
        <translation>Indikatorer fra udgangspunkt til seneste</translation>
    </message>
    <message>
        <source>Citizens measured at least twice; the baseline is each citizen&apos;s first measurement. For WHO-5 only a change of 10 points or more counts.</source>
        <translation>Borgere målt mindst to gange; udgangspunktet er hver borgers første måling. For WHO-5 tæller kun en ændring på 10 point eller mere.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Dårligere</translation>
    </message>
    <message>
        <source>Public cost of the families</source>
        <translation>Familiernes offentlige udgifter</translation>
    </message>
    <message>
        <source>No benefits or services recorded yet.</source>
        <translation>Ingen ydelser registreret endnu.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s): %1 active, %2 closed.</source>
        <translation>
            <numerusform>%n borger: %1 aktive, %2 afsluttede.</numerusform>
            <numerusform>%n borgere: %1 aktive, %2 afsluttede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long-term goal(s). The citizen&apos;s own end assessment and the support person&apos;s are kept side by side: they often differ.</source>
        <translation>
            <numerusform>%n langsigtet mål. Borgerens egen slutvurdering og støttepersonens står side om side: de er ofte forskellige.</numerusform>
            <numerusform>%n langsigtede mål. Borgerens egen slutvurdering og støttepersonens står side om side: de er ofte forskellige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) with caps of %1 in all; %2 used. On average %3 per budget, %4 of its cap.</source>
        <translation>
            <numerusform>%n budget med en ramme på i alt %1; %2 brugt. I gennemsnit %3 pr. budget, %4 af rammen.</numerusform>
            <numerusform>%n budgetter med rammer på i alt %1; %2 brugt. I gennemsnit %3 pr. budget, %4 af rammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) in another currency are left out.</source>
        <translation>
            <numerusform>%n budget i en anden valuta er udeladt.</numerusform>
            <numerusform>%n budgetter i en anden valuta er udeladt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with benefits or services. In their first month they cost %1 a month in all; now %2, a change of %3.</source>
        <translation>
            <numerusform>%n husstand med ydelser. I den første måned kostede den %1 pr. måned; nu %2, en ændring på %3</numerusform>
            <numerusform>%n husstande med ydelser. I deres første måned kostede de i alt %1 pr. måned; nu %2, en ændring på %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Medlem af husstanden</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>Langsigtet mål</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Spending category</source>
        <translation>Udgiftskategori</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Personligt budget</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Postering</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Forvaltning</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familieplan</translation>
    </message>
    <message>
        <source>Family goal</source>
        <translation>Familiemål</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Type of benefit</source>
        <translation>Slags ydelse</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Oplysning</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Beløbsgrænse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a thing</comment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Borgerens egne ord</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Beløbsgrænse</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Udgift pr. måned</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Den ansvarliges rolle</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Udløber den</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbage den</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Underskrevet den</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Posteringstype</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Begrundelse for annullering</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Målt den</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>Decided together with the citizen</source>
        <translation>Besluttet sammen med borgeren</translation>
    </message>
    <message>
        <source>Bought by</source>
        <translation>Købt af</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Own assessment</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <source>Support person&apos;s assessment</source>
        <translation>Støttepersonens vurdering</translation>
    </message>
    <message>
        <source>Other detail (%1)</source>
        <translation>Anden oplysning (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(vises ikke)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>en ukendt dato</translation>
    </message>
    <message>
        <source>A purchase of %1 from %2 on %3 was entered on this computer while the budget was also spent elsewhere. The budget&apos;s cap is %4; %5 of it is already used, so only %6 is left.</source>
        <translation>Et køb på %1 hos %2 den %3 blev indtastet på denne computer, mens budgettet også blev brugt et andet sted. Budgettets beløbsgrænse er %4; %5 af den er allerede brugt, så der er kun %6 tilbage.</translation>
    </message>
    <message>
        <source>A purchase of %1 from %2 on %3 was entered by %7 while the budget was also spent elsewhere. The budget&apos;s cap is %4; %5 of it is already used, so only %6 is left.</source>
        <translation>Et køb på %1 hos %2 den %3 blev indtastet af %7, mens budgettet også blev brugt et andet sted. Budgettets beløbsgrænse er %4; %5 af den er allerede brugt, så der er kun %6 tilbage.</translation>
    </message>
    <message>
        <source>The purchase is not in the ledger yet. Enter an amount that fits, or keep it as a voided entry with a reason, so it is not lost.</source>
        <translation>Købet står endnu ikke i regnskabet. Indtast et beløb, der er plads til, eller behold det som en annulleret postering med en begrundelse, så det ikke går tabt.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Annulleret: %1</translation>
    </message>
    <message>
        <source>New amount: %1</source>
        <translation>Nyt beløb: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Behold deres</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Sammenflettet: %1</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Homelessness</source>
        <translation>Hjemløshed</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Misbrug</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Psykisk sygdom</translation>
    </message>
    <message>
        <source>Vulnerable family</source>
        <translation>Udsat familie</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Unge</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Mental well-being</source>
        <translation>Psykisk trivsel</translation>
    </message>
    <message>
        <source>Relations and network</source>
        <translation>Relationer og netværk</translation>
    </message>
    <message>
        <source>Finances and debt</source>
        <translation>Økonomi og gæld</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>goal status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Voksen</translation>
    </message>
    <message>
        <source>Child / young person</source>
        <translation>Barn / ung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbagebetaling</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Regulering</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Transport and driving lessons</source>
        <translation>Transport og køretimer</translation>
    </message>
    <message>
        <source>Health and dental</source>
        <translation>Sundhed og tandpleje</translation>
    </message>
    <message>
        <source>Clothing and hairdresser</source>
        <translation>Tøj og frisør</translation>
    </message>
    <message>
        <source>Housing and deposit</source>
        <translation>Bolig og depositum</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Møbler</translation>
    </message>
    <message>
        <source>Phone and IT</source>
        <translation>Telefon og it</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Uddannelse og kurser</translation>
    </message>
    <message>
        <source>Documents and ID</source>
        <translation>Dokumenter og ID</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Gæld</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Family department</source>
        <translation>Familieafdeling</translation>
    </message>
    <message>
        <source>Housing social effort</source>
        <translation>Boligsocial indsats</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Health and psychiatry</source>
        <translation>Sundhed og psykiatri</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>intervention status</comment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>intervention status</comment>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>intervention status</comment>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>intervention status</comment>
        <translation>Stoppet</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This case file was saved by a newer version of Trædesten. Update Trædesten to open it. The file has not been changed.</source>
        <translation>Sagsfilen er gemt af en nyere version af Trædesten. Opdatér Trædesten for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The case file is already open in another Trædesten window, perhaps on another computer. Close it there first.</source>
        <translation>Sagsfilen er allerede åben i et andet Trædesten-vindue, måske på en anden computer. Luk den der først.</translation>
    </message>
    <message>
        <source>The case file could not be found. It may have been moved, renamed or deleted, or the drive it is on is not connected.</source>
        <translation>Sagsfilen blev ikke fundet. Den kan være flyttet, omdøbt eller slettet, eller drevet den ligger på er ikke tilsluttet.</translation>
    </message>
    <message>
        <source>The case file could not be read or written. Check that its drive is connected and try again.</source>
        <translation>Sagsfilen kunne ikke læses eller skrives. Tjek at drevet er tilsluttet, og prøv igen.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Der findes allerede en fil med det navn. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>The case file is locked. Unlock it first.</source>
        <translation>Sagsfilen er låst. Lås den op først.</translation>
    </message>
    <message>
        <source>This installation of Trædesten uses an encryption library that is too old (SQLCipher 4 or newer is needed). Ask your IT support to update it.</source>
        <translation>Denne installation af Trædesten bruger et krypteringsbibliotek, der er for gammelt (SQLCipher 4 eller nyere kræves). Bed din it-support om at opdatere det.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the case file. Close other programs and try again.</source>
        <translation>Der er ikke nok ledig hukommelse til at låse sagsfilen op. Luk andre programmer, og prøv igen.</translation>
    </message>
    <message>
        <source>The value was not accepted.</source>
        <translation>Værdien blev ikke accepteret.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing has been changed. If it happens again, tell your IT support.</source>
        <translation>Noget uventet gik galt. Intet er blevet ændret. Hvis det sker igen, så fortæl det til din it-support.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another place for the case file.</source>
        <translation>Mappen findes ikke. Vælg et andet sted til sagsfilen.</translation>
    </message>
    <message>
        <source>Trædesten may not write in that folder. Choose another place for the case file.</source>
        <translation>Trædesten må ikke skrive i den mappe. Vælg et andet sted til sagsfilen.</translation>
    </message>
    <message>
        <source>The disk is full, so the case file was not created. Free some space and try again.</source>
        <translation>Disken er fuld, så sagsfilen blev ikke oprettet. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>You do not have permission to read this case file. Check the file&apos;s permissions, or ask the person who gave it to you.</source>
        <translation>Du har ikke tilladelse til at læse denne sagsfil. Tjek filens rettigheder, eller spørg den, der gav dig den.</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>Dette skal udfyldes.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Dette er for langt.</translation>
    </message>
    <message>
        <source>This is not a possible date.</source>
        <translation>Det er ikke en mulig dato.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slut kan ikke ligge før start.</translation>
    </message>
    <message>
        <source>A CPR number has the form DDMMYY-SSSS and begins with a real date.</source>
        <translation>Et CPR-nummer har formen DDMMÅÅ-SSSS og begynder med en rigtig dato.</translation>
    </message>
    <message>
        <source>This number is outside the possible range.</source>
        <translation>Tallet ligger uden for det mulige.</translation>
    </message>
    <message>
        <source>This no longer exists. It may have been deleted; choose again.</source>
        <translation>Dette findes ikke længere. Det kan være slettet; vælg igen.</translation>
    </message>
    <message>
        <source>A refund cannot be larger than what has been spent (%1).</source>
        <translation>En tilbagebetaling kan ikke være større end det, der er brugt (%1).</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Beløbet er for stort.</translation>
    </message>
    <message>
        <source>This is not an amount. Write it like %1.</source>
        <translation>Det er ikke et beløb. Skriv det som %1.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beløbet skal være over nul.</translation>
    </message>
    <message>
        <source>The ledger already uses %1, more than a budget cap of %2.</source>
        <translation>Regnskabet bruger allerede %1, mere end en beløbsgrænse på %2.</translation>
    </message>
    <message>
        <source>This would take the budget below zero: only %1 is left of the cap of %2.</source>
        <translation>Så kommer budgettet under nul: der er kun %1 tilbage af beløbsgrænsen på %2.</translation>
    </message>
    <message>
        <source>The ledger has entries from %1 to %2: the budget period must include them.</source>
        <translation>Regnskabet har posteringer fra %1 til %2: budgetperioden skal omfatte dem.</translation>
    </message>
    <message>
        <source>The date must lie within the budget period, %1 to %2.</source>
        <translation>Datoen skal ligge i budgetperioden, %1 til %2.</translation>
    </message>
    <message>
        <source>This entry has been voided and can no longer change.</source>
        <translation>Posteringen er annulleret og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>This citizen already has a personal budget.</source>
        <translation>Borgeren har allerede et personligt budget.</translation>
    </message>
    <message>
        <source>Purchases are tied to this, so it cannot be deleted: the money must stay explained. Mark it dropped instead.</source>
        <translation>Der er køb knyttet hertil, så det kan ikke slettes: pengene skal fortsat kunne forklares. Marker det som opgivet i stedet.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a receipt may be.</source>
        <translation>Filen er større end %1 MB, som er det største en kvittering må være.</translation>
    </message>
    <message>
        <source>Version %1 of the family plan is signed and stays as it was. Start a new version to make changes.</source>
        <translation>Version %1 af familieplanen er underskrevet og forbliver, som den er. Start en ny version for at lave ændringer.</translation>
    </message>
    <message>
        <source>This would give back more than has been spent (%1): void the refund first.</source>
        <translation>Så gives der mere tilbage, end der er brugt (%1): annullér tilbagebetalingen først.</translation>
    </message>
    <message>
        <source>This would take the budget below zero: %1 is left of the cap of %2.</source>
        <translation>Så kommer budgettet under nul: der er %1 tilbage af beløbsgrænsen på %2.</translation>
    </message>
    <message>
        <source>The personal budget is closed: it takes no new entries. Open it again with Edit budget if needed.</source>
        <translation>Det personlige budget er afsluttet og tager ikke imod nye posteringer. Åbn det igen under Ret budget, hvis det er nødvendigt.</translation>
    </message>
    <message>
        <source>This entry is paid: its amount, date, kind and stepping stone stay as they were. Void it with a reason and enter it again.</source>
        <translation>Posteringen er betalt: beløb, dato, type og trædesten forbliver, som de er. Annullér den med en begrundelse, og indtast den igen.</translation>
    </message>
    <message>
        <source>Only a closed case can be erased. Close the case first.</source>
        <translation>Kun en afsluttet sag kan slettes. Afslut sagen først.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the beginning of the file is damaged. If you are sure of the passphrase, restore the file from a backup.</source>
        <translation>Adgangsfrasen er forkert, eller begyndelsen af filen er beskadiget. Hvis du er sikker på adgangsfrasen, så gendan filen fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The case file is damaged or is not a Trædesten case file. It has not been changed. Restore it from a backup, or ask your IT support for help.</source>
        <translation>Sagsfilen er beskadiget eller er ikke en sagsfil fra Trædesten. Den er ikke blevet ændret. Gendan den fra en sikkerhedskopi, eller bed din it-support om hjælp.</translation>
    </message>
    <message>
        <source>Trædesten may not write to the case file or its folder, so nothing can be saved. Check the file&apos;s permissions, or copy it to a folder you can write to.</source>
        <translation>Trædesten må ikke skrive i sagsfilen eller dens mappe, så intet kan gemmes. Tjek filens rettigheder, eller kopiér den til en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved; nothing has been lost. Free some space and try again.</source>
        <translation>Disken er fuld, så dette kunne ikke gemmes; intet er gået tabt. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The disk is full: the case file is open read-only. Free some space on the disk; Trædesten then saves again by itself, and you can make changes.</source>
        <translation>Disken er fuld: sagsfilen er åbnet skrivebeskyttet. Frigør noget plads på disken; så gemmer Trædesten igen af sig selv, og du kan lave ændringer.</translation>
    </message>
    <message>
        <source>The case file is open read-only: Trædesten may not write to it or its folder. To make changes, check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Sagsfilen er åbnet skrivebeskyttet: Trædesten må ikke skrive i den eller dens mappe. Tjek filens rettigheder, eller kopiér den til en mappe, du kan skrive i, for at lave ændringer.</translation>
    </message>
    <message>
        <source>The task was stopped; nothing of it was kept.</source>
        <translation>Opgaven blev stoppet; intet af den blev gemt.</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Your work is kept in the case file and is sent when the server can be reached again.</source>
        <translation>Teamserveren kan ikke nås. Dit arbejde er gemt i sagsfilen og sendes, når serveren kan nås igen.</translation>
    </message>
    <message>
        <source>The team server refused the request: check your user name and password, or ask the server&apos;s administrator for access.</source>
        <translation>Teamserveren afviste forespørgslen: tjek dit brugernavn og din adgangskode, eller bed serverens administrator om adgang.</translation>
    </message>
    <message>
        <source>The team server reported an error. Nothing was lost: your work is kept in the case file.</source>
        <translation>Teamserveren meldte en fejl. Intet gik tabt: dit arbejde er gemt i sagsfilen.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not trusted, or is not made out to the server&apos;s name. Nothing was sent. Ask the server&apos;s administrator for the municipality&apos;s certificate (the CA file).</source>
        <translation>Teamserverens certifikat er ikke betroet eller er ikke udstedt til serverens navn. Intet blev sendt. Bed serverens administrator om kommunens certifikat (CA-filen).</translation>
    </message>
    <message>
        <source>This case file is synchronised with another team server, or as another user. Open the case file that belongs to this server and user, or ask the server&apos;s administrator.</source>
        <translation>Denne sagsfil synkroniseres med en anden teamserver eller som en anden bruger. Åbn den sagsfil, der hører til denne server og bruger, eller spørg serverens administrator.</translation>
    </message>
    <message>
        <source>The team server is not set up for this version of Trædesten: ask the server&apos;s administrator to run &quot;traedesten-cli server init&quot; on it.</source>
        <translation>Teamserveren er ikke sat op til denne version af Trædesten: bed serverens administrator om at køre &quot;traedesten-cli server init&quot; på den.</translation>
    </message>
    <message>
        <source>The team server is of a newer version than this program: install the newer Trædesten to synchronise with it. Your work is kept in the case file meanwhile.</source>
        <translation>Teamserveren er af en nyere version end dette program: installér den nyere Trædesten for at synkronisere med den. Dit arbejde er gemt i sagsfilen imens.</translation>
    </message>
    <message>
        <source>This was already sent to the team server and can no longer be undone here. If it needs to change, change the record itself.</source>
        <translation>Dette er allerede sendt til teamserveren og kan ikke længere fortrydes her. Skal det ændres, så ret selve oplysningen.</translation>
    </message>
</context>
<context>
    <name>FamilyPlanPrint</name>
    <message>
        <source>My plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familieplan</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>underskrevet %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Næste opfølgning: %1</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Our goals as a family</source>
        <translation>Vores mål som familie</translation>
    </message>
    <message>
        <source>None written yet.</source>
        <translation>Endnu ingen skrevet.</translation>
    </message>
    <message>
        <source>%1&apos;s own goals</source>
        <translation>%1s egne mål</translation>
    </message>
    <message>
        <source>Stepping stones</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ingen registreret.</translation>
    </message>
    <message>
        <source>%1 to %2, given %3</source>
        <translation>%1 til %2, givet %3</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>trukket tilbage %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>indtil %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>This is %1&apos;s plan.</source>
        <translation>Dette er %1s plan.</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>Det vil jeg</translation>
    </message>
    <message>
        <source>My stepping stones on the way:</source>
        <translation>Mine trædesten på vejen:</translation>
    </message>
    <message>
        <source>done!</source>
        <translation>nået!</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senest %1</translation>
    </message>
    <message>
        <source>We will write my goals together.</source>
        <translation>Vi skriver mine mål sammen.</translation>
    </message>
    <message>
        <source>Who helps me</source>
        <translation>Hvem hjælper mig</translation>
    </message>
    <message>
        <source>My support person is %1.</source>
        <translation>Min støtteperson er %1.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mig</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Consent missing: %1</source>
        <translation>Samtykke mangler: %1</translation>
    </message>
    <message>
        <source>Missing consent: %1 to %2, for “%3”</source>
        <translation>Manglende samtykke: %1 til %2, for “%3”</translation>
    </message>
    <message>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Employment</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Hours a week in work or education</source>
        <translation>Timer om ugen i arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Månedlig indkomst</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Well-being (WHO-5)</source>
        <translation>Trivsel (WHO-5)</translation>
    </message>
    <message>
        <source>Self-rated health</source>
        <translation>Selvvurderet helbred</translation>
    </message>
    <message>
        <source>School absence</source>
        <translation>Skolefravær</translation>
    </message>
    <message>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <source>Functioning: self-care (FFB)</source>
        <translation>Funktionsevne: egenomsorg (FFB)</translation>
    </message>
    <message>
        <source>Functioning: practical tasks at home (FFB)</source>
        <translation>Funktionsevne: praktiske opgaver i hjemmet (FFB)</translation>
    </message>
    <message>
        <source>Functioning: mobility (FFB)</source>
        <translation>Funktionsevne: mobilitet (FFB)</translation>
    </message>
    <message>
        <source>Functioning: community life (FFB)</source>
        <translation>Funktionsevne: samfundsliv (FFB)</translation>
    </message>
    <message>
        <source>Functioning: social life (FFB)</source>
        <translation>Funktionsevne: socialt liv (FFB)</translation>
    </message>
    <message>
        <source>Functioning: health (FFB)</source>
        <translation>Funktionsevne: sundhed (FFB)</translation>
    </message>
    <message>
        <source>Functioning: communication (FFB)</source>
        <translation>Funktionsevne: kommunikation (FFB)</translation>
    </message>
    <message>
        <source>Functioning: mental functions (FFB)</source>
        <translation>Funktionsevne: mentale funktioner (FFB)</translation>
    </message>
    <message>
        <source>Dependence on cash benefit</source>
        <translation>Afhængighed af kontanthjælp</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>kr.</source>
        <translation>kr.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>af 100</translation>
    </message>
    <message>
        <source>of 5</source>
        <translation>af 5</translation>
    </message>
    <message>
        <source>of 4</source>
        <translation>af 4</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Subsidised job (flex job, wage subsidy)</source>
        <translation>Støttet job (fleksjob, løntilskud)</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>I uddannelse</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>Sygemeldt</translation>
    </message>
    <message>
        <source>Disability pension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Own or rented home</source>
        <translation>Egen eller lejet bolig</translation>
    </message>
    <message>
        <source>Staying with family or friends</source>
        <translation>Bor hos familie eller venner</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Botilbud</translation>
    </message>
    <message>
        <source>Hostel (shelter)</source>
        <translation>Forsorgshjem (herberg)</translation>
    </message>
    <message>
        <source>Sleeping rough</source>
        <translation>Sover på gaden</translation>
    </message>
    <message>
        <source>Institution or treatment</source>
        <translation>Institution eller behandling</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <source>Partly on cash benefit</source>
        <translation>Delvis på kontanthjælp</translation>
    </message>
    <message>
        <source>Fully on cash benefit</source>
        <translation>Helt på kontanthjælp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>I have felt cheerful and in good spirits</source>
        <translation>Jeg har været glad og i godt humør</translation>
    </message>
    <message>
        <source>I have felt calm and relaxed</source>
        <translation>Jeg har følt mig rolig og afslappet</translation>
    </message>
    <message>
        <source>I have felt active and vigorous</source>
        <translation>Jeg har følt mig aktiv og energisk</translation>
    </message>
    <message>
        <source>I woke up feeling fresh and rested</source>
        <translation>Jeg er vågnet frisk og udhvilet</translation>
    </message>
    <message>
        <source>My daily life has been filled with things that interest me</source>
        <translation>Min dagligdag har været fyldt med ting, der interesserer mig</translation>
    </message>
    <message>
        <source>5 – All of the time</source>
        <translation>5 – Hele tiden</translation>
    </message>
    <message>
        <source>4 – Most of the time</source>
        <translation>4 – Det meste af tiden</translation>
    </message>
    <message>
        <source>3 – More than half of the time</source>
        <translation>3 – Lidt mere end halvdelen af tiden</translation>
    </message>
    <message>
        <source>2 – Less than half of the time</source>
        <translation>2 – Lidt mindre end halvdelen af tiden</translation>
    </message>
    <message>
        <source>1 – Some of the time</source>
        <translation>1 – Lidt af tiden</translation>
    </message>
    <message>
        <source>0 – At no time</source>
        <translation>0 – På intet tidspunkt</translation>
    </message>
    <message>
        <source>%1 of 100: low; 35 or below suggests a high risk of depression. Talk about it, and consider referring to the doctor.</source>
        <translation>%1 af 100: lav; 35 eller derunder tyder på høj risiko for depression. Tal om det, og overvej at henvise til lægen.</translation>
    </message>
    <message>
        <source>%1 of 100: 50 or below suggests poor well-being.</source>
        <translation>%1 af 100: 50 eller derunder tyder på dårlig trivsel.</translation>
    </message>
    <message>
        <source>%1 of 100: above 50, no sign of poor well-being.</source>
        <translation>%1 af 100: over 50, intet tegn på dårlig trivsel.</translation>
    </message>
    <message>
        <source>Achieved the goal</source>
        <translation>Nåede målet</translation>
    </message>
    <message>
        <source>Got closer to the goal</source>
        <translation>Kom tættere på målet</translation>
    </message>
    <message>
        <source>Not closer to the goal</source>
        <translation>Kom ikke tættere på målet</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Slet ikke</translation>
    </message>
    <message>
        <source>To a small degree</source>
        <translation>I mindre grad</translation>
    </message>
    <message>
        <source>To some degree</source>
        <translation>I nogen grad</translation>
    </message>
    <message>
        <source>To a high degree</source>
        <translation>I høj grad</translation>
    </message>
    <message>
        <source>To a very high degree</source>
        <translation>I meget høj grad</translation>
    </message>
    <message>
        <source>Cash benefit</source>
        <translation>Kontanthjælp</translation>
    </message>
    <message>
        <source>Housing benefit</source>
        <translation>Boligstøtte</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <source>Family treatment</source>
        <translation>Familiebehandling</translation>
    </message>
    <message>
        <source>Placement in care</source>
        <translation>Anbringelse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>Forebyggende foranstaltninger</translation>
    </message>
    <message>
        <source>Psychiatric support</source>
        <translation>Psykiatrisk støtte</translation>
    </message>
    <message>
        <source>Other benefit or service</source>
        <translation>Anden ydelse</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>End assessment of the goals</source>
        <translation>Slutvurdering af målene</translation>
    </message>
    <message>
        <source>Citizens&apos; own</source>
        <translation>Borgernes egen</translation>
    </message>
    <message>
        <source>Support persons&apos;</source>
        <translation>Støttepersonernes</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Forbrug efter kategori</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brugt</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AccessExportDialog</name>
    <message>
        <source>Trædesten may not write in that folder. Choose another folder; nothing was written.</source>
        <translation>Trædesten må ikke skrive i den mappe. Vælg en anden mappe; intet er skrevet.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space or choose another folder.</source>
        <translation>Disken er fuld, så intet er skrevet. Frigør plads, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another folder.</source>
        <translation>Mappen findes ikke. Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>A file by that name is already in the folder. Choose another name; nothing was overwritten.</source>
        <translation>Der ligger allerede en fil med det navn i mappen. Vælg et andet navn; intet er overskrevet.</translation>
    </message>
    <message>
        <source>The files could not be written, so nothing was written. Check that the drive is connected and try again.</source>
        <translation>Filerne kunne ikke skrives, så intet er skrevet. Tjek, at drevet er tilsluttet, og prøv igen.</translation>
    </message>
    <message>
        <source>Access export (GDPR art. 15)</source>
        <translation>Udtræk til indsigt (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Everything the case file holds about the citizen, as a readable PDF and as a JSON file a computer can read. The export is recorded in the citizen&apos;s access log.</source>
        <translation>Alt, hvad sagsfilen indeholder om borgeren, som en PDF til at læse og som en JSON-fil, som en computer kan læse. Udtrækket noteres i borgerens adgangslog.</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Sprog i PDF’en:</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Writes %1 and %2. Keep the citizen&apos;s name out of the file name: file names show in lists of recent files.</source>
        <translation>Skriver %1 og %2. Skriv ikke borgerens navn i filnavnet: filnavne ses i lister over seneste filer.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Folder for the access export</source>
        <translation>Mappe til udtrækket til indsigt</translation>
    </message>
    <message>
        <source>Give the files a name (without / or \).</source>
        <translation>Giv filerne et navn (uden / og \).</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AccessLogDialog</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this citizen yet.</source>
        <translation>Der er endnu ikke registreret noget om denne borger.</translation>
    </message>
    <message>
        <source>No event matches the filter.
Choose “All events” and “Everyone”, clear the search and the dates to see the whole log.</source>
        <translation>Ingen hændelser passer til filteret.
Vælg “Alle hændelser” og “Alle”, og ryd søgningen og datoerne for at se hele loggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 af %2 hændelser</translation>
    </message>
    <message>
        <source>Save access log as PDF</source>
        <translation>Gem adgangs- og ændringsloggen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Who has seen or changed this?</source>
        <translation>Hvem har set eller ændret dette?</translation>
    </message>
    <message>
        <source>Everything this case file has recorded about the citizen: who opened their pages, created, changed, deleted, printed or exported something, and when the whole file was backed up or restored. The log never holds the content itself.</source>
        <translation>Alt, hvad sagsfilen har registreret om borgeren: hvem der har åbnet borgerens sider, oprettet, ændret, slettet, udskrevet eller eksporteret noget, og hvornår hele filen er sikkerhedskopieret eller gendannet. Loggen indeholder aldrig selve indholdet.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <comment>who did it</comment>
        <translation>&amp;Af:</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Hvem eller hvad</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>date</comment>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>date</comment>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle hændelser</translation>
    </message>
    <message>
        <source>Print &amp;language:</source>
        <translation>Udskriftens s&amp;prog:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AccessLogModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AppController</name>
    <message>
        <source>caseload</source>
        <comment>default file name of a new case file</comment>
        <translation>sagsstamme</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Åbn sagsfil</translation>
    </message>
    <message>
        <source>Trædesten case files (*.traedesten)</source>
        <translation>Sagsfiler fra Trædesten (*.traedesten)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <source>demo-caseload</source>
        <comment>default file name of a demo case file</comment>
        <translation>demo-sagsstamme</translation>
    </message>
    <message>
        <source>edit citizen</source>
        <translation>ret borger</translation>
    </message>
    <message>
        <source>add citizen</source>
        <translation>tilføj borger</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Backing up… %1 %</source>
        <translation>Tager sikkerhedskopi … %1 %</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sikkerhedskopi taget</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopien mislykkedes</translation>
    </message>
    <message>
        <source>The case file is damaged</source>
        <translation>Sagsfilen er beskadiget</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>The case file is closed first (and backed up as it closes), so that it can be replaced. Go on?</source>
        <translation>Sagsfilen lukkes først (og sikkerhedskopieres, når den lukker), så den kan erstattes. Vil du fortsætte?</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>The case file was restored from the backup.</source>
        <translation>Sagsfilen blev gendannet fra sikkerhedskopien.</translation>
    </message>
    <message>
        <source>The case file was restored from the backup. The file it replaced is kept as %1.</source>
        <translation>Sagsfilen blev gendannet fra sikkerhedskopien. Den fil, den erstattede, er gemt som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) or household(s) are no longer shared with you (transferred to a colleague or the share withdrawn) and were removed from this case file.</source>
        <translation>
            <numerusform>%n borger eller husstand er ikke længere delt med dig (overdraget til en kollega, eller delingen er trukket tilbage) og er fjernet fra denne sagsfil.</numerusform>
            <numerusform>%n borgere eller husstande er ikke længere delt med dig (overdraget til en kollega, eller delingen er trukket tilbage) og er fjernet fra denne sagsfil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) were erased by their support person and are erased here too.</source>
        <translation>
            <numerusform>%n borger blev slettet af sin støtteperson og er også slettet her.</numerusform>
            <numerusform>%n borgere blev slettet af deres støtteperson og er også slettet her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload changed</source>
        <translation>Sagsstammen er ændret</translation>
    </message>
    <message>
        <source>There is no system keyring: the team server&apos;s password is asked for at each unlock.</source>
        <translation>Der er ingen nøglering i systemet: teamserverens adgangskode spørges der om ved hver oplåsning.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) or family plan(s) were shared with you or transferred to you. Family plans shared with you for your department are under Team ▸ Shared family plans.</source>
        <translation>
            <numerusform>%n borger eller familieplan er blevet delt med dig eller overdraget til dig. Familieplaner, der er delt med dig for din forvaltning, finder du under Team ▸ Delte familieplaner.</numerusform>
            <numerusform>%n borgere eller familieplaner er blevet delt med dig eller overdraget til dig. Familieplaner, der er delt med dig for din forvaltning, finder du under Team ▸ Delte familieplaner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every citizen of the programme on the team server, as of the last synchronisation. Names are pseudonyms, and no personal details are shown: figures only.</source>
        <translation>Alle borgere i programmet på teamserveren, opgjort ved seneste synkronisering. Navnene er pseudonymer, og der vises ingen personoplysninger: kun tal.</translation>
    </message>
    <message>
        <source>Every citizen you may see on the team server — your own and those shared with you — as of the last synchronisation.</source>
        <translation>Alle borgere, du må se på teamserveren — dine egne og dem, der er delt med dig — opgjort ved seneste synkronisering.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AssessmentDialog</name>
    <message>
        <source>End assessment of the goal</source>
        <translation>Slutvurdering af målet</translation>
    </message>
    <message>
        <source>The &amp;citizen&apos;s own:</source>
        <translation>&amp;Borgerens egen:</translation>
    </message>
    <message>
        <source>The &amp;support person&apos;s:</source>
        <translation>&amp;Støttepersonens:</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BackupController</name>
    <message>
        <source>A backup is already being made. Try again in a moment.</source>
        <translation>Der tages allerede en sikkerhedskopi. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Connect the disk it is on, or choose another folder in Settings ▸ Case file.</source>
        <translation>Mappen til sikkerhedskopier %1 findes ikke. Tilslut den disk, den ligger på, eller vælg en anden mappe under Indstillinger ▸ Sagsfil.</translation>
    </message>
    <message>
        <source>Trædesten may not write in the backup folder %1. Choose another folder in Settings ▸ Case file.</source>
        <translation>Trædesten må ikke skrive i mappen til sikkerhedskopier %1. Vælg en anden mappe under Indstillinger ▸ Sagsfil.</translation>
    </message>
    <message>
        <source>The disk with the backup folder is full. Nothing was half-written and older backups are untouched; make room or choose another folder.</source>
        <translation>Disken med mappen til sikkerhedskopier er fuld. Intet blev skrevet halvt, og ældre sikkerhedskopier er urørte; gør plads, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The new backup did not pass its check and was removed; older backups are untouched. The disk with the backup folder may be failing.</source>
        <translation>Den nye sikkerhedskopi bestod ikke kontrollen og blev fjernet; ældre sikkerhedskopier er urørte. Disken med mappen til sikkerhedskopier kan være ved at svigte.</translation>
    </message>
    <message>
        <source>The backup was stopped when the case file was locked or closed.</source>
        <translation>Sikkerhedskopien blev stoppet, da sagsfilen blev låst eller lukket.</translation>
    </message>
    <message>
        <source>The case file is damaged (part of it can no longer be read). Your work is still open; restore the file from a backup: File ▸ Restore from a backup…</source>
        <translation>Sagsfilen er beskadiget (en del af den kan ikke længere læses). Dit arbejde er stadig åbent; gendan filen fra en sikkerhedskopi: Fil ▸ Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>The case file was backed up and the backup checked (%1, in %2).</source>
        <translation>Sagsfilen blev sikkerhedskopieret, og sikkerhedskopien kontrolleret (%1, i %2).</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Sikkerhedskopieret %1.</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>Sikkerhedskopien mislykkedes. %1</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes. %1</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BackupFolderBox</name>
    <message>
        <source>Folder for backups</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>A checked backup of the case file is made when you lock or close it, and at least once a day while it is open. The newest of each of the last 7 days is kept, then one a week for 8 weeks. A backup opens with the passphrase the file had when it was made.</source>
        <translation>Der tages en kontrolleret sikkerhedskopi af sagsfilen, når du låser eller lukker den, og mindst én gang om dagen, mens den er åben. Den nyeste fra hver af de sidste 7 dage gemmes, derefter én om ugen i 8 uger. En sikkerhedskopi åbnes med den adgangsfrase, filen havde, da kopien blev taget.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <source>A folder &quot;Trædesten backups&quot; beside the case file</source>
        <translation>En mappe &quot;Trædesten backups&quot; ved siden af sagsfilen</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the case file: if the disk breaks or the computer is lost, the backups go with it. Choose a folder on a USB disk or a network drive.</source>
        <translation>Mappen ligger på samme disk som sagsfilen: går disken i stykker, eller bliver computeren væk, forsvinder sikkerhedskopierne med. Vælg en mappe på en USB-disk eller et netværksdrev.</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Vælg &amp;mappe…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitDialog</name>
    <message>
        <source>New benefit</source>
        <translation>Ny ydelse</translation>
    </message>
    <message>
        <source>Edit benefit</source>
        <translation>Ret ydelse</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <source>&amp;Benefit or service:</source>
        <translation>&amp;Ydelse:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Forvaltning:</translation>
    </message>
    <message>
        <source>&amp;Cost a month:</source>
        <translation>&amp;Udgift pr. måned:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Leave empty while it is still running</source>
        <translation>Lad stå tom, mens den stadig løber</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitModel</name>
    <message>
        <source>Running</source>
        <translation>Løbende</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Benefit or service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Forvaltning</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitTypesDialog</name>
    <message>
        <source>add kind of benefit</source>
        <translation>tilføj slags ydelse</translation>
    </message>
    <message>
        <source>rename kind of benefit</source>
        <translation>omdøb slags ydelse</translation>
    </message>
    <message>
        <source>archive kind of benefit</source>
        <translation>arkivér slags ydelse</translation>
    </message>
    <message>
        <source>bring back kind of benefit</source>
        <translation>genindsæt slags ydelse</translation>
    </message>
    <message>
        <source>Kinds of benefits and services</source>
        <translation>Slags ydelser</translation>
    </message>
    <message>
        <source>New kind of benefit or service</source>
        <translation>Ny slags ydelse</translation>
    </message>
    <message>
        <source>Rename kind of benefit or service</source>
        <translation>Omdøb slags ydelse</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no department</comment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Forvaltning</translation>
    </message>
    <message>
        <source>The department that usually grants “%1”:</source>
        <translation>Den forvaltning, der normalt bevilger “%1”:</translation>
    </message>
    <message>
        <source>set the department of a kind of benefit</source>
        <translation>vælg forvaltning for en slags ydelse</translation>
    </message>
    <message>
        <source>&amp;Department…</source>
        <translation>&amp;Forvaltning…</translation>
    </message>
    <message>
        <source>The department that usually grants this kind: filled in for new benefits</source>
        <translation>Den forvaltning, der normalt bevilger denne slags: udfyldes for nye ydelser</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>kind of benefit — its department</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitsPage</name>
    <message>
        <source>No benefits or services recorded for the household yet. Add what each member receives, with its monthly cost, to follow the public cost as the family gains independence.</source>
        <translation>Ingen ydelser registreret for husstanden endnu. Tilføj, hvad hvert medlem modtager, med den månedlige udgift, for at følge de offentlige udgifter, efterhånden som familien bliver mere selvhjulpen.</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>edit benefit</source>
        <translation>ret ydelse</translation>
    </message>
    <message>
        <source>add benefit</source>
        <translation>tilføj ydelse</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete %1 for %2? To record that it has stopped, give it an end date instead.</source>
        <translation>Slet %1 for %2? Giv den hellere en slutdato, hvis den er stoppet.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>delete benefit</source>
        <translation>slet ydelse</translation>
    </message>
    <message>
        <source>&amp;Add benefit…</source>
        <translation>&amp;Ny ydelse…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>&amp;Kinds of benefits…</source>
        <translation>Slags ydels&amp;er…</translation>
    </message>
    <message>
        <source>Benefits are followed per member of the household, so the family&apos;s whole public cost can be seen.
Put the citizen in a household on the Household tab first; a household of one is fine.</source>
        <translation>Ydelser følges pr. medlem af husstanden, så familiens samlede offentlige udgifter kan ses.
Sæt først borgeren i en husstand under fanen Husstand; en husstand med én person er fint.</translation>
    </message>
    <message>
        <source>Benefits and services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Public cost this month (%1): %2</source>
        <translation>Offentlig udgift denne måned (%1): %2</translation>
    </message>
    <message>
        <source> — no benefit runs this month.</source>
        <translation> — ingen ydelse løber denne måned.</translation>
    </message>
    <message>
        <source> — %1; a full month: %2.</source>
        <translation> — %1; en hel måned: %2</translation>
    </message>
    <message numerus="yes">
        <source> — a whole month of %n benefit(s).</source>
        <translation>
            <numerusform> — en hel måned for %n ydelse.</numerusform>
            <numerusform> — en hel måned for %n ydelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1, the first month (pro-rated: %2): %3.</source>
        <translation>I %1, den første måned (forholdsmæssigt: %2): %3</translation>
    </message>
    <message>
        <source>In %1, the first month: %2.</source>
        <translation>I %1, den første måned: %2</translation>
    </message>
    <message>
        <source>Change: %1%2.</source>
        <translation>Ændring: %1%2</translation>
    </message>
    <message>
        <source>Remove the chosen benefit</source>
        <translation>Fjern den valgte ydelse</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetCharts</name>
    <message>
        <source>Use of the budget over time</source>
        <translation>Forbrug af budgettet over tid</translation>
    </message>
    <message>
        <source>Used (reserved and paid)</source>
        <translation>Brugt (reserveret og betalt)</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Beløbsgrænse</translation>
    </message>
    <message>
        <source>Use by spending category</source>
        <translation>Forbrug pr. udgiftskategori</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>spending category: amount used</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetDialog</name>
    <message>
        <source>New personal budget</source>
        <translation>Nyt personligt budget</translation>
    </message>
    <message>
        <source>Edit personal budget</source>
        <translation>Ret personligt budget</translation>
    </message>
    <message>
        <source>Budget &amp;cap (%1):</source>
        <translation>Beløbs&amp;grænse (%1):</translation>
    </message>
    <message>
        <source>The cap is a limit, not a target.</source>
        <translation>Beløbsgrænsen er en grænse, ikke et mål.</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Periode&amp;n starter:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Længde:</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 måneder</translation>
    </message>
    <message>
        <source>15 months (2022 trial law)</source>
        <translation>15 måneder (forsøgsloven fra 2022)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>budget status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>budget status</comment>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetPage</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 tilbage af %2</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Betalt %1</translation>
    </message>
    <message>
        <source>Reserved %1</source>
        <translation>Reserveret %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Tilbagebetalt %1</translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <translation>Periode %1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag tilbage</numerusform>
            <numerusform>%n dage tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>budget status</comment>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>set up personal budget</source>
        <translation>opret personligt budget</translation>
    </message>
    <message>
        <source>edit personal budget</source>
        <translation>ret personligt budget</translation>
    </message>
    <message>
        <source>add purchase</source>
        <translation>tilføj køb</translation>
    </message>
    <message>
        <source>add refund</source>
        <translation>tilføj tilbagebetaling</translation>
    </message>
    <message>
        <source>add adjustment</source>
        <translation>tilføj regulering</translation>
    </message>
    <message>
        <source>edit ledger entry</source>
        <translation>ret postering</translation>
    </message>
    <message>
        <source>mark paid</source>
        <translation>marker betalt</translation>
    </message>
    <message>
        <source>void entry</source>
        <translation>annullér postering</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>Gem kontoudtog som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>No personal budget yet.
A personal budget is a drawing right of up to the cap for 12 or 15 months. The citizen decides with you what it is spent on; you make the purchases.</source>
        <translation>Endnu intet personligt budget.
Et personligt budget er en trækningsret op til beløbsgrænsen i 12 eller 15 måneder. Borgeren beslutter sammen med dig, hvad pengene bruges til; du foretager købene.</translation>
    </message>
    <message>
        <source>Set up a &amp;personal budget…</source>
        <translation>Opret &amp;personligt budget…</translation>
    </message>
    <message>
        <source>Edit budget…</source>
        <translation>Ret budget…</translation>
    </message>
    <message>
        <source>Statement language:</source>
        <translation>Sprog på kontoudtog:</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Udskriv kontoudtog…</translation>
    </message>
    <message>
        <source>Statement as PDF…</source>
        <translation>Kontoudtog som PDF…</translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation>Nyt &amp;køb…</translation>
    </message>
    <message>
        <source>A purchase for one of the citizen&apos;s stepping stones (Ctrl+Shift+P)</source>
        <translation>Et køb til en af borgerens trædesten (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Tilbagebetaling…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Regulering…</translation>
    </message>
    <message>
        <source>Ed&amp;it entry…</source>
        <translation>Ret &amp;postering…</translation>
    </message>
    <message>
        <source>Mark p&amp;aid</source>
        <translation>Marker beta&amp;lt</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annullér…</translation>
    </message>
    <message>
        <source>Entries are never deleted: a voided entry stays, crossed out, with its reason</source>
        <translation>Posteringer slettes aldrig: en annulleret postering bliver stående, overstreget, med begrundelsen</translation>
    </message>
    <message>
        <source>Receip&amp;ts…</source>
        <translation>K&amp;vitteringer…</translation>
    </message>
    <message>
        <source>Search descriptions, payees and stepping stones</source>
        <translation>Søg i beskrivelser, modtagere og trædesten</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <translation>Søg i regnskabet</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Regnskab</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle tilstande</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrér efter tilstand</translation>
    </message>
    <message>
        <source>All spending categories</source>
        <translation>Alle udgiftskategorier</translation>
    </message>
    <message>
        <source>Filter by spending category</source>
        <translation>Filtrér efter udgiftskategori</translation>
    </message>
    <message>
        <source>Spending categories…</source>
        <translation>Udgiftskategorier…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a ledger entry: its date, description and payee, then its amount</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CaseloadModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Next stepping stone: %1, due %2</source>
        <translation>Næste trædesten: %1, senest %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Next stepping stone</source>
        <translation>Næste trædesten</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Seneste møde</translation>
    </message>
    <message>
        <source>Stones done</source>
        <translation>Trædesten nået</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restbeløb</translation>
    </message>
    <message>
        <source>Next follow-up in the family plan: %1</source>
        <translation>Næste opfølgning i familieplanen: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>on the team server</comment>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delt med</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <source>Caseload — %1</source>
        <translation>Sagsstamme — %1</translation>
    </message>
    <message>
        <source>No citizens in this case file yet</source>
        <translation>Der er endnu ingen borgere i denne sagsfil</translation>
    </message>
    <message>
        <source>Each citizen you support will be listed here with their long-term goals, the next stepping stone and how much of the personal budget is used. Everything is kept encrypted in this case file. Press Ctrl+L to lock it whenever you step away.</source>
        <translation>Hver borger, du støtter, vises her med sine langsigtede mål, den næste trædesten og hvor meget af det personlige budget der er brugt. Alt opbevares krypteret i denne sagsfil. Tryk Ctrl+L for at låse den, hver gang du går fra.</translation>
    </message>
    <message>
        <source>Enter &amp;municipality…</source>
        <translation>Skriv &amp;kommunens navn…</translation>
    </message>
    <message>
        <source>Plans and statements from this case file are printed for %1.</source>
        <translation>Planer og kontoudtog fra denne sagsfil udskrives for %1.</translation>
    </message>
    <message>
        <source>Case file &amp;settings…</source>
        <translation>&amp;Indstillinger for sagsfilen…</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n citizen(s)</source>
        <translation>
            <numerusform>Viser %1 af %n borger</numerusform>
            <numerusform>Viser %1 af %n borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, households and goals (Ctrl+F)</source>
        <translation>Søg i navne, husstande og mål (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Søg i sagsstammen</translation>
    </message>
    <message>
        <source>No citizen matches the search and filters. Clear the search field or choose &quot;All&quot; in the filters.</source>
        <translation>Ingen borger passer til søgningen og filtrene. Ryd søgefeltet, eller vælg &quot;Alle&quot; i filtrene.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér efter status</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Filtrér efter målgruppe</translation>
    </message>
    <message>
        <source>All support persons</source>
        <translation>Alle støttepersoner</translation>
    </message>
    <message>
        <source>Filter by support person</source>
        <translation>Filtrér efter støtteperson</translation>
    </message>
    <message>
        <source>&amp;Add the first citizen…</source>
        <translation>&amp;Tilføj den første borger…</translation>
    </message>
    <message>
        <source>Start by adding the first citizen, and enter your municipality&apos;s name: it is printed at the top of plans and budget statements.</source>
        <translation>Begynd med at tilføje den første borger, og skriv kommunens navn: det står øverst på planer og kontoudtog.</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardkolonner</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Kolonner…</translation>
    </message>
    <message>
        <source>Choose the columns of the caseload list (or right-click the list&apos;s header)</source>
        <translation>Vælg kolonnerne i sagsstammens liste (eller højreklik på listens overskrifter)</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Vælg kolonner</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CategoriesDialog</name>
    <message>
        <source>New spending category</source>
        <translation>Ny udgiftskategori</translation>
    </message>
    <message>
        <source>add spending category</source>
        <translation>tilføj udgiftskategori</translation>
    </message>
    <message>
        <source>Rename spending category</source>
        <translation>Omdøb udgiftskategori</translation>
    </message>
    <message>
        <source>rename spending category</source>
        <translation>omdøb udgiftskategori</translation>
    </message>
    <message>
        <source>archive spending category</source>
        <translation>arkivér udgiftskategori</translation>
    </message>
    <message>
        <source>bring back spending category</source>
        <translation>hent udgiftskategori tilbage</translation>
    </message>
    <message>
        <source>Spending categories</source>
        <translation>Udgiftskategorier</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangsfrase</translation>
    </message>
    <message>
        <source>The whole case file is encrypted again under the new passphrase. As soon as that is done, only the new passphrase opens it. If the computer stops during the change, the case file opens with the old passphrase or the new one; nothing is lost.</source>
        <translation>Hele sagsfilen krypteres igen med den nye adgangsfrase. Så snart det er gjort, åbner kun den nye adgangsfrase den. Hvis computeren går i stå under skiftet, åbner sagsfilen med den gamle eller den nye adgangsfrase; intet går tabt.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Gentag ny adgangsfrase:</translation>
    </message>
    <message>
        <source>Backups made before the change keep the old passphrase: they open with the old passphrase, not with the new one.</source>
        <translation>Sikkerhedskopier taget før skiftet beholder den gamle adgangsfrase: de åbner med den gamle adgangsfrase, ikke med den nye.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Also encrypt the %n existing backup(s) with the new passphrase</source>
        <translation>
            <numerusform>Kryptér &amp;også den %n eksisterende sikkerhedskopi med den nye adgangsfrase</numerusform>
            <numerusform>Kryptér &amp;også de %n eksisterende sikkerhedskopier med den nye adgangsfrase</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangsfrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Gentag ny adgangsfrase</translation>
    </message>
    <message>
        <source>Type the passphrase the case file has now.</source>
        <translation>Skriv den adgangsfrase, sagsfilen har nu.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: choose a stronger one.</source>
        <translation>Denne adgangsfrase kan ikke bruges: vælg en stærkere.</translation>
    </message>
    <message>
        <source>The new passphrase must be different from the current one.</source>
        <translation>Den nye adgangsfrase skal være en anden end den nuværende.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De to nye adgangsfraser er ikke ens.</translation>
    </message>
    <message>
        <source>Checking the passphrase, measuring this computer and encrypting the case file again… this takes a few seconds, longer for a large file.</source>
        <translation>Kontrollerer adgangsfrasen, måler denne computer og krypterer sagsfilen igen… det tager et par sekunder, længere for en stor fil.</translation>
    </message>
    <message>
        <source>This is not the passphrase the case file has now. Check Caps Lock and the keyboard layout.</source>
        <translation>Det er ikke den adgangsfrase, sagsfilen har nu. Tjek Caps Lock og tastaturlayoutet.</translation>
    </message>
    <message>
        <source>The passphrase has been changed, but the case file could not be opened again: %1 Unlock it with the new passphrase.</source>
        <translation>Adgangsfrasen er skiftet, men sagsfilen kunne ikke åbnes igen: %1 Lås den op med den nye adgangsfrase.</translation>
    </message>
    <message>
        <source>The passphrase has been changed. Encrypting the backups with the new passphrase…</source>
        <translation>Adgangsfrasen er skiftet. Krypterer sikkerhedskopierne med den nye adgangsfrase…</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has been changed. %n backup(s) could not be encrypted again and still open with the old passphrase: %1</source>
        <translation>
            <numerusform>Adgangsfrasen er skiftet. %n sikkerhedskopi kunne ikke krypteres igen og åbner stadig med den gamle adgangsfrase: %1</numerusform>
            <numerusform>Adgangsfrasen er skiftet. %n sikkerhedskopier kunne ikke krypteres igen og åbner stadig med den gamle adgangsfrase: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase has not been changed.</source>
        <translation>Adgangsfrasen er ikke skiftet.</translation>
    </message>
    <message>
        <source>The case file was locked before the change was done.</source>
        <translation>Sagsfilen blev låst, før skiftet var gjort.</translation>
    </message>
    <message>
        <source>There is not enough free space beside the case file: the change needs as much again as the case file takes. Free some space and try again.</source>
        <translation>Der er ikke plads nok ved siden af sagsfilen: skiftet kræver lige så meget plads igen, som sagsfilen fylder. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The case file kept changing while it was being encrypted again. Try again.</source>
        <translation>Sagsfilen blev ved med at ændre sig, mens den blev krypteret igen. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenDialog</name>
    <message>
        <source>Optional. Form: DDMMYY-SSSS.</source>
        <translation>Kan udelades. Form: DDMMÅÅ-SSSS.</translation>
    </message>
    <message>
        <source>Note: this number fails the old modulus-11 check. That is allowed (numbers from 2007 onwards may fail it), but check that it is typed correctly.</source>
        <translation>Bemærk: nummeret består ikke den gamle modulus 11-kontrol. Det er tilladt (numre fra 2007 og frem kan fejle den), men tjek at det er skrevet rigtigt.</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>Født %1.</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Edit citizen</source>
        <translation>Ret borger</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Målgrupper:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>S&amp;upport person:</source>
        <translation>St&amp;øtteperson:</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Husstand:</translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation>(ingen husstand)</translation>
    </message>
    <message>
        <source>Hide the CPR number</source>
        <translation>Skjul CPR-nummeret</translation>
    </message>
    <message>
        <source>Show the CPR number</source>
        <translation>Vis CPR-nummeret</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenEraser</name>
    <message>
        <source>Erase everything the case file holds about this citizen</source>
        <translation>Slet alt, hvad sagsfilen indeholder om denne borger</translation>
    </message>
    <message>
        <source>Only a closed case can be erased. Close the case first (Edit citizen ▸ Status).</source>
        <translation>Kun en afsluttet sag kan slettes. Afslut sagen først (Ret borger ▸ Status).</translation>
    </message>
    <message>
        <source>Erase citizen</source>
        <translation>Slet borger</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Removing the erased case from the file&apos;s free space…</source>
        <translation>Fjerner den slettede sag fra filens ledige plads…</translation>
    </message>
    <message>
        <source>Citizen erased</source>
        <translation>Borgeren er slettet</translation>
    </message>
    <message>
        <source>The case has been erased from the case file. The Undo history was cleared.</source>
        <translation>Sagen er slettet fra sagsfilen. Fortryd-historikken er ryddet.</translation>
    </message>
    <message>
        <source>The case has been erased, but the file could not be compacted afterwards: %1</source>
        <translation>Sagen er slettet, men filen kunne ikke komprimeres bagefter: %1</translation>
    </message>
    <message>
        <source>E&amp;rase citizen…</source>
        <translation>&amp;Slet borger…</translation>
    </message>
    <message>
        <source>Closed cases past the retention &amp;period…</source>
        <translation>Afsluttede sager ud over &amp;opbevaringsperioden…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenPage</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan fortryde med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenView</name>
    <message>
        <source>Support person: %1</source>
        <translation>Støtteperson: %1</translation>
    </message>
    <message>
        <source>Choose a citizen in the list to see their goals, stepping stones, household and journal.</source>
        <translation>Vælg en borger i listen for at se mål, trædesten, husstand og journal.</translation>
    </message>
    <message>
        <source>Edit the citizen&apos;s details (F2)</source>
        <translation>Ret borgerens oplysninger (F2)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; stepping stones</source>
        <translation>&amp;Mål og trædesten</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Edit citi&amp;zen…</source>
        <translation>Re&amp;t borger…</translation>
    </message>
    <message>
        <source>Househo&amp;ld</source>
        <translation>Hus&amp;stand</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>Famil&amp;y plan</source>
        <translation>Familieplan</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Who has seen or changed this?</source>
        <translation>Hvem har set eller ændret dette?</translation>
    </message>
    <message>
        <source>The citizen&apos;s access log: who opened, changed, printed or exported what, and when (%1)</source>
        <translation>Borgerens adgangs- og ændringslog: hvem der har åbnet, ændret, udskrevet eller eksporteret hvad, og hvornår (%1)</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ConflictModel</name>
    <message>
        <source>(not in this file)</source>
        <translation>(ikke i denne sagsfil)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of record: its title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (sent at the next synchronisation)</source>
        <translation>%1 (sendes ved næste synkronisering)</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ikke løst</translation>
    </message>
    <message>
        <source>Citizen or household</source>
        <translation>Borger eller husstand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Oplysning</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Changed on the server by</source>
        <translation>Ændret på serveren af</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Dit valg</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ConflictsDialog</name>
    <message>
        <source>%1 “%2”</source>
        <comment>kind of record, its title</comment>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>record — field</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>citizen — record — field</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Theirs (on the team server)</source>
        <translation>Deres ændring (på teamserveren)</translation>
    </message>
    <message>
        <source>Theirs (%1, %2)</source>
        <comment>who changed it on the server, when</comment>
        <translation>Deres ændring (%1, %2)</translation>
    </message>
    <message>
        <source>Only text and numbers can be merged: keep mine or theirs.</source>
        <translation>Kun tekst og tal kan flettes sammen: behold min eller deres.</translation>
    </message>
    <message>
        <source>Your choice: %1. It is sent to the team server at the next synchronisation; until then you can undo it (Ctrl+Z).</source>
        <translation>Dit valg: %1. Det sendes til teamserveren ved næste synkronisering; indtil da kan du fortryde det (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Not resolved yet. Until it is, the record shows their value.</source>
        <translation>Ikke løst endnu. Indtil da viser oplysningen deres værdi.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Skriv et helt tal.</translation>
    </message>
    <message>
        <source>merged value</source>
        <translation>sammenflettet værdi</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Beløbet skal være over nul.</translation>
    </message>
    <message>
        <source>That is more than the %1 left of the budget.</source>
        <translation>Det er mere end de %1, der er tilbage af budgettet.</translation>
    </message>
    <message>
        <source>new amount</source>
        <translation>nyt beløb</translation>
    </message>
    <message>
        <source>Write why the purchase is voided.</source>
        <translation>Skriv, hvorfor købet annulleres.</translation>
    </message>
    <message>
        <source>void the purchase</source>
        <translation>annullér købet</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Løs konflikter</translation>
    </message>
    <message>
        <source>These details were changed both here and by a colleague on the team server before either change reached the other. Choose what each should say. Your choice is sent at the next synchronisation, and you can undo it (Ctrl+Z) until then.</source>
        <translation>Disse oplysninger er ændret både her og af en kollega på teamserveren, før den ene ændring nåede frem til den anden. Vælg, hvad der skal stå i hver af dem. Dit valg sendes ved næste synkronisering, og indtil da kan du fortryde det (Ctrl+Z).</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Der er ingen konflikter at løse.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Den valgte konflikt</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Før begge ændringer</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Min ændring (denne computer)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>Mer&amp;ged value:</source>
        <translation>Sammen&amp;flettet værdi:</translation>
    </message>
    <message>
        <source>&amp;Use merged value</source>
        <translation>&amp;Brug sammenflettet værdi</translation>
    </message>
    <message>
        <source>New &amp;amount:</source>
        <translation>Nyt b&amp;eløb:</translation>
    </message>
    <message>
        <source>Use this amou&amp;nt</source>
        <translation>Brug de&amp;tte beløb</translation>
    </message>
    <message>
        <source>&amp;Reason for voiding:</source>
        <translation>Be&amp;grundelse for annullering:</translation>
    </message>
    <message>
        <source>&amp;Void with this reason</source>
        <translation>&amp;Annullér med denne begrundelse</translation>
    </message>
    <message>
        <source>Un&amp;do last choice</source>
        <translation>Fortr&amp;yd sidste valg</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>behold min</translation>
    </message>
    <message>
        <source>keep theirs</source>
        <translation>behold deres</translation>
    </message>
    <message>
        <source>resolve conflict: %1</source>
        <translation>løs konflikt: %1</translation>
    </message>
    <message>
        <source>Not resolved yet. Until it is, the record shows your value, on the team server too.</source>
        <translation>Ikke løst endnu. Indtil da viser oplysningen din værdi, også på teamserveren.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ConsentDialog</name>
    <message>
        <source>New consent</source>
        <translation>Nyt samtykke</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Ret samtykke</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Givet af:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Forvaltning:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <source>For example: sharing information about the children&apos;s schooling</source>
        <translation>For eksempel: deling af oplysninger om børnenes skolegang</translation>
    </message>
    <message>
        <source>G&amp;iven on:</source>
        <translation>G&amp;ivet den:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Udløber:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Trukket tilbage:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CostChart</name>
    <message>
        <source>Public cost a month, by department</source>
        <translation>Offentlige udgifter pr. måned, efter forvaltning</translation>
    </message>
    <message>
        <source>kr. a month</source>
        <translation>kr. pr. måned</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 days for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation>
            <numerusform>%1 af %2 dage for %n ydelse</numerusform>
            <numerusform>%1 af %2 dage for %n ydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>part of the month for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation>
            <numerusform>en del af måneden for %n ydelse</numerusform>
            <numerusform>en del af måneden for %n ydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the whole month for %n benefit(s)</source>
        <comment>a pro-rated month, continued</comment>
        <translation>
            <numerusform>, hele måneden for %n ydelse</numerusform>
            <numerusform>, hele måneden for %n ydelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: public cost</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pro-rated: %1; a full month: %2</source>
        <translation>Forholdsmæssigt: %1; en hel måned: %2</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <comment>placeholder of an empty date field: day, month, year</comment>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Vælg i kalenderen (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Åbn kalenderen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Ikke en dato</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DepartmentsDialog</name>
    <message>
        <source>add department</source>
        <translation>tilføj forvaltning</translation>
    </message>
    <message>
        <source>rename department</source>
        <translation>omdøb forvaltning</translation>
    </message>
    <message>
        <source>archive department</source>
        <translation>arkivér forvaltning</translation>
    </message>
    <message>
        <source>bring back department</source>
        <translation>genindsæt forvaltning</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Forvaltninger</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Ny forvaltning</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Omdøb forvaltning</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DueItemsModel</name>
    <message>
        <source>Stepping stone</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>of an intervention in the family plan</comment>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Samtykke udløber</translation>
    </message>
    <message>
        <source>Budget period ends</source>
        <translation>Budgetperiode slutter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>household (its citizen)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>intervention (department)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, given by %2</source>
        <comment>consent: department, household member</comment>
        <translation>%1, givet af %2</translation>
    </message>
    <message>
        <source>Personal budget %1 – %2</source>
        <translation>Personligt budget %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overskredet med %n dag</numerusform>
            <numerusform>Overskredet med %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of what is due</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Citizen or household</source>
        <translation>Borger eller husstand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::EntryDialog</name>
    <message>
        <source>For the &amp;stepping stone:</source>
        <translation>Til tr&amp;ædestenen:</translation>
    </message>
    <message>
        <source>&amp;Stepping stone (optional):</source>
        <translation>Tr&amp;ædesten (valgfri):</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>Ny postering</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Ret postering</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Beløb (%1):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Spending &amp;category:</source>
        <translation>&amp;Udgiftskategori:</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <source>For example: the driving school</source>
        <translation>For eksempel: køreskolen</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Bought by:</source>
        <translation>&amp;Købt af:</translation>
    </message>
    <message>
        <source>Decided t&amp;ogether with the citizen</source>
        <translation>Besluttet sammen med b&amp;orgeren</translation>
    </message>
    <message>
        <source>Remaining room: %1 of the cap of %2 · period %3 to %4</source>
        <translation>Restbeløb: %1 af beløbsgrænsen på %2 · periode %3 til %4</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::EraseCitizenDialog</name>
    <message numerus="yes">
        <source>%n long-term goal(s)</source>
        <translation>
            <numerusform>%n langsigtet mål</numerusform>
            <numerusform>%n langsigtede mål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stepping stone(s)</source>
        <translation>
            <numerusform>%n trædesten</numerusform>
            <numerusform>%n trædesten</numerusform>
        </translation>
    </message>
    <message>
        <source>the personal budget</source>
        <comment>erasure list</comment>
        <translation>det personlige budget</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(s)</source>
        <translation>
            <numerusform>%n postering</numerusform>
            <numerusform>%n posteringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n kvittering</numerusform>
            <numerusform>%n kvitteringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal note(s)</source>
        <translation>
            <numerusform>%n journalnotat</numerusform>
            <numerusform>%n journalnotater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n måling</numerusform>
            <numerusform>%n målinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s)</source>
        <translation>
            <numerusform>%n ydelse</numerusform>
            <numerusform>%n ydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family goal(s) concerning only them</source>
        <translation>
            <numerusform>%n familiemål, der kun angår borgeren</numerusform>
            <numerusform>%n familiemål, der kun angår borgeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) for them alone</source>
        <translation>
            <numerusform>%n indsats kun for borgeren</numerusform>
            <numerusform>%n indsatser kun for borgeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family plan version(s)</source>
        <translation>
            <numerusform>%n version af familieplanen</numerusform>
            <numerusform>%n versioner af familieplanen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n samtykke</numerusform>
            <numerusform>%n samtykker</numerusform>
        </translation>
    </message>
    <message>
        <source>their household membership</source>
        <comment>erasure list</comment>
        <translation>borgerens plads i husstanden</translation>
    </message>
    <message>
        <source>the household, as no one else is left in it</source>
        <comment>erasure list</comment>
        <translation>husstanden, da ingen andre er tilbage i den</translation>
    </message>
    <message>
        <source>the citizen&apos;s profile: name, CPR number, contact details, dates</source>
        <comment>erasure list</comment>
        <translation>borgerens stamdata: navn, CPR-nummer, kontaktoplysninger, datoer</translation>
    </message>
    <message>
        <source>Erase citizen</source>
        <translation>Slet borger</translation>
    </message>
    <message>
        <source>Erase %1 from the case file?</source>
        <translation>Slet %1 fra sagsfilen?</translation>
    </message>
    <message>
        <source>The case was closed on %1. This removes everything the case file holds about them:</source>
        <translation>Sagen blev afsluttet den %1. Dette fjerner alt, hvad sagsfilen indeholder om borgeren:</translation>
    </message>
    <message>
        <source>The case is closed. This removes everything the case file holds about them:</source>
        <translation>Sagen er afsluttet. Dette fjerner alt, hvad sagsfilen indeholder om borgeren:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The erasure is not in Undo, and the Undo history is cleared. Shared records of the household stay. The access log keeps a line that a case was erased, without the name. Backups made before today still hold the case until they are deleted.</source>
        <translation>&lt;b&gt;Det kan ikke fortrydes.&lt;/b&gt; Sletningen kan ikke fortrydes med Fortryd, og Fortryd-historikken ryddes. Husstandens fælles oplysninger bliver. Adgangsloggen beholder en linje om, at en sag er slettet, uden navnet. Sikkerhedskopier fra før i dag indeholder sagen, indtil de slettes.</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s &amp;name to confirm:</source>
        <translation>Skriv borgerens &amp;navn for at bekræfte:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slet endeligt</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FamilyGoalDialog</name>
    <message>
        <source>New family goal</source>
        <translation>Nyt familiemål</translation>
    </message>
    <message>
        <source>Edit family goal</source>
        <translation>Ret familiemål</translation>
    </message>
    <message>
        <source>&amp;Family goal:</source>
        <translation>&amp;Familiemål:</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>Med familiens egne ord</translation>
    </message>
    <message>
        <source>&amp;Builds on:</source>
        <translation>&amp;Bygger på:</translation>
    </message>
    <message>
        <source>The members&apos; own long-term goals this family goal builds on</source>
        <translation>De langsigtede mål, medlemmerne selv har, som familiemålet bygger på</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FamilyPlanPage</name>
    <message>
        <source>remove family goal</source>
        <translation>fjern familiemål</translation>
    </message>
    <message>
        <source>This citizen is not in a household.
A family plan belongs to a household: create one on the Household tab first.</source>
        <translation>Borgeren er ikke i en husstand.
En familieplan hører til en husstand: opret den først under fanen Husstand.</translation>
    </message>
    <message>
        <source>No family plan yet.
The family plan gathers every intervention for the adults and children across departments, prioritised, with who is responsible. Make it with the family.</source>
        <translation>Endnu ingen familieplan.
Familieplanen samler alle indsatser for de voksne og børnene på tværs af forvaltninger, prioriteret og med hvem der er ansvarlig. Lav den sammen med familien.</translation>
    </message>
    <message>
        <source>Version %1, signed %2</source>
        <translation>Version %1, underskrevet %2</translation>
    </message>
    <message>
        <source>Version %1 (draft)</source>
        <translation>Version %1 (udkast)</translation>
    </message>
    <message>
        <source>Being prepared with the family. Sign it at the meeting.</source>
        <translation>Udarbejdes sammen med familien. Underskriv den på mødet.</translation>
    </message>
    <message>
        <source>Kept as it was. Start a new version for the review.</source>
        <translation>Bevares, som den var. Start en ny version til opfølgningen.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Trukket tilbage %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Udløbet %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>create family plan</source>
        <translation>opret familieplan</translation>
    </message>
    <message>
        <source>add intervention</source>
        <translation>tilføj indsats</translation>
    </message>
    <message>
        <source>edit intervention</source>
        <translation>ret indsats</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the intervention “%1” from the plan?</source>
        <translation>Fjern indsatsen “%1” fra planen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>remove intervention</source>
        <translation>fjern indsats</translation>
    </message>
    <message>
        <source>reorder interventions</source>
        <translation>flyt indsatser</translation>
    </message>
    <message>
        <source>add family goal</source>
        <translation>tilføj familiemål</translation>
    </message>
    <message>
        <source>add consent</source>
        <translation>tilføj samtykke</translation>
    </message>
    <message>
        <source>sign family plan</source>
        <translation>underskriv familieplan</translation>
    </message>
    <message>
        <source>new version of the family plan</source>
        <translation>ny version af familieplanen</translation>
    </message>
    <message>
        <source>Save family plan as PDF</source>
        <translation>Gem familieplan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Create the &amp;family plan</source>
        <translation>Opret &amp;familieplanen</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Underskriv…</translation>
    </message>
    <message>
        <source>New version for review</source>
        <translation>Ny version til opfølgning</translation>
    </message>
    <message>
        <source>Café-safe print (first names only, no CPR number or address)</source>
        <translation>Caféudskrift (kun fornavne, intet CPR-nummer eller adresse)</translation>
    </message>
    <message>
        <source>Print family plan…</source>
        <translation>Udskriv familieplan…</translation>
    </message>
    <message>
        <source>Family plan as PDF…</source>
        <translation>Familieplan som PDF…</translation>
    </message>
    <message>
        <source>Print my plan…</source>
        <translation>Udskriv min plan…</translation>
    </message>
    <message>
        <source>The citizen&apos;s own plan in plain language</source>
        <translation>Borgerens egen plan i et enkelt sprog</translation>
    </message>
    <message>
        <source>Our goals as a family</source>
        <translation>Vores mål som familie</translation>
    </message>
    <message>
        <source>The members&apos; own goals</source>
        <translation>Medlemmernes egne mål</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Tilføj mål…</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Tilføj indsats…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Tilføj samtykke…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Forvaltning</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Udskriftens sprog</translation>
    </message>
    <message>
        <source>Interventions by department (drag, or Alt+Up / Alt+Down, sets the priority)</source>
        <translation>Indsatser efter forvaltning (træk, eller Alt+Pil op / Alt+Pil ned, sætter prioriteten)</translation>
    </message>
    <message>
        <source>edit consent</source>
        <translation>ret samtykke</translation>
    </message>
    <message>
        <source>edit family goal</source>
        <translation>ret familiemål</translation>
    </message>
    <message>
        <source>Double-click a consent to change it, for example when it is withdrawn</source>
        <translation>Dobbeltklik på et samtykke for at ændre det, for eksempel når det trækkes tilbage</translation>
    </message>
    <message>
        <source>Double-click a goal to change it</source>
        <translation>Dobbeltklik på et mål for at ændre det</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Forvaltninger…</translation>
    </message>
    <message>
        <source>The case file&apos;s list of departments: add your own, rename or archive them</source>
        <translation>Sagsfilens liste over forvaltninger: tilføj jeres egne, omdøb eller arkivér dem</translation>
    </message>
    <message>
        <source>Not a citizen in the caseload: no goals of their own here.</source>
        <translation>Ikke borger i sagsstammen: ingen egne mål her.</translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation>Ingen mål skrevet endnu.</translation>
    </message>
    <message>
        <source>Move the intervention up</source>
        <translation>Flyt indsatsen op</translation>
    </message>
    <message>
        <source>Move the intervention down</source>
        <translation>Flyt indsatsen ned</translation>
    </message>
    <message>
        <source>Remove the intervention</source>
        <translation>Fjern indsatsen</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FormDialog</name>
    <message>
        <source>“%1” is not a date. Type it like %2 or pick it in the calendar (Alt+Down).</source>
        <translation>“%1” er ikke en dato. Skriv den som %2, eller vælg den i kalenderen (Alt+Pil ned).</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalDialog</name>
    <message>
        <source>New long-term goal</source>
        <translation>Nyt langsigtet mål</translation>
    </message>
    <message>
        <source>Edit long-term goal</source>
        <translation>Ret langsigtet mål</translation>
    </message>
    <message>
        <source>In the citizen&apos;s &amp;own words:</source>
        <translation>Med borgerens &amp;egne ord:</translation>
    </message>
    <message>
        <source>For example: “I want a job, so I can take care of myself.”</source>
        <translation>For eksempel: “Jeg vil have et job, så jeg kan klare mig selv.”</translation>
    </message>
    <message>
        <source>The goal in the citizen&apos;s own words</source>
        <translation>Målet med borgerens egne ord</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalTreeModel</name>
    <message>
        <source>In the citizen&apos;s own words (%1)</source>
        <translation>Med borgerens egne ord (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <comment>goal status · stepping stones done of total</comment>
        <translation>%1 · %2 af %3 nået</translation>
    </message>
    <message>
        <source>Long-term goal / stepping stone</source>
        <translation>Langsigtet mål / trædesten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due / category</source>
        <translation>Frist / kategori</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brugt</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalsPage</name>
    <message>
        <source>add long-term goal</source>
        <translation>tilføj langsigtet mål</translation>
    </message>
    <message>
        <source>add stepping stone</source>
        <translation>tilføj trædesten</translation>
    </message>
    <message>
        <source>edit stepping stone</source>
        <translation>ret trædesten</translation>
    </message>
    <message>
        <source>edit long-term goal</source>
        <translation>ret langsigtet mål</translation>
    </message>
    <message>
        <source>reorder long-term goals</source>
        <translation>flyt langsigtede mål</translation>
    </message>
    <message>
        <source>reorder stepping stones</source>
        <translation>flyt trædesten</translation>
    </message>
    <message>
        <source>complete stepping stone</source>
        <translation>marker trædesten som nået</translation>
    </message>
    <message>
        <source>drop stepping stone</source>
        <translation>opgiv trædesten</translation>
    </message>
    <message>
        <source>change stepping stone status</source>
        <translation>skift status for trædesten</translation>
    </message>
    <message>
        <source>Delete the stepping stone “%1”?</source>
        <translation>Slet trædestenen “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the long-term goal “%1” and its %n stepping stone(s)?</source>
        <translation>
            <numerusform>Slet det langsigtede mål “%1” og dets %n trædesten?</numerusform>
            <numerusform>Slet det langsigtede mål “%1” og dets %n trædesten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>delete stepping stone</source>
        <translation>slet trædesten</translation>
    </message>
    <message>
        <source>delete long-term goal</source>
        <translation>slet langsigtet mål</translation>
    </message>
    <message>
        <source>New long-term goal, in the citizen&apos;s own words (Ctrl+Shift+G)</source>
        <translation>Nyt langsigtet mål, med borgerens egne ord (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>New stepping stone toward the selected goal (Insert)</source>
        <translation>Ny trædesten på vej mod det valgte mål (Insert)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt o&amp;p</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt ne&amp;d</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>N&amp;ået</translation>
    </message>
    <message>
        <source>Mark the stepping stone done (Ctrl+D)</source>
        <translation>Marker trædestenen som nået (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Opgi&amp;v</translation>
    </message>
    <message>
        <source>The citizen no longer wants this stepping stone</source>
        <translation>Borgeren vil ikke længere denne trædesten</translation>
    </message>
    <message>
        <source>No long-term goals yet.
Start from the citizen&apos;s own dreams and hopes: write a goal in their own words, then the stepping stones on the way.</source>
        <translation>Endnu ingen langsigtede mål.
Tag udgangspunkt i borgerens egne drømme og håb: skriv et mål med borgerens egne ord og derefter trædestenene på vejen.</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Double-click or press Enter to edit.</source>
        <translation>Træk for at ændre rækkefølgen, eller brug Alt+Pil op og Alt+Pil ned. Dobbeltklik eller tryk Enter for at rette.</translation>
    </message>
    <message>
        <source>Long-term goals and stepping stones</source>
        <translation>Langsigtede mål og trædesten</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Nyt mål…</translation>
    </message>
    <message>
        <source>Add stepping s&amp;tone…</source>
        <translation>Ny tr&amp;ædesten…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;et…</translation>
    </message>
    <message>
        <source>In p&amp;rogress</source>
        <translation>I &amp;gang</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Delete the selected goal or stepping stone (Del)</source>
        <translation>Slet det valgte mål eller den valgte trædesten (Delete)</translation>
    </message>
    <message>
        <source>Write the first goal…</source>
        <translation>Skriv det første mål…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>Ny husstand</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Ret husstand</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>For example: the Hansen family</source>
        <translation>For eksempel: Familien Hansen</translation>
    </message>
    <message>
        <source>&amp;Family coordinator:</source>
        <translation>&amp;Familiekoordinator:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::HouseholdPage</name>
    <message>
        <source>No family coordinator named.</source>
        <translation>Ingen familiekoordinator angivet.</translation>
    </message>
    <message>
        <source>Family coordinator: %1</source>
        <translation>Familiekoordinator: %1</translation>
    </message>
    <message>
        <source>add household</source>
        <translation>tilføj husstand</translation>
    </message>
    <message>
        <source>add household member</source>
        <translation>tilføj medlem af husstanden</translation>
    </message>
    <message>
        <source>edit household</source>
        <translation>ret husstand</translation>
    </message>
    <message>
        <source>edit household member</source>
        <translation>ret medlem af husstanden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Fjern %1 fra husstanden?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>remove household member</source>
        <translation>fjern medlem af husstanden</translation>
    </message>
    <message>
        <source>This citizen is not in a household.
Create one to note the adults and children the citizen lives with, or choose an existing household with Edit citizen (F2).</source>
        <translation>Borgeren er ikke i en husstand.
Opret en for at notere de voksne og børn, borgeren bor med, eller vælg en eksisterende husstand under Ret borger (F2).</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Ny husstand…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Tilf&amp;øj medlem…</translation>
    </message>
    <message>
        <source>&amp;Remove member…</source>
        <translation>Fjer&amp;n medlem…</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Husstandens medlemmer</translation>
    </message>
    <message>
        <source>Ed&amp;it household…</source>
        <translation>R&amp;et husstand…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>Ret me&amp;dlem…</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) they gave</source>
        <translation>
            <numerusform>%n samtykke, vedkommende har givet</numerusform>
            <numerusform>%n samtykker, vedkommende har givet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s)</source>
        <translation>
            <numerusform>%n ydelse</numerusform>
            <numerusform>%n ydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) for them alone</source>
        <translation>
            <numerusform>%n indsats kun for vedkommende</numerusform>
            <numerusform>%n indsatser kun for vedkommende</numerusform>
        </translation>
    </message>
    <message>
        <source>Also removed: %1.</source>
        <translation>Også fjernet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken off %n intervention(s) shared with others.</source>
        <translation>
            <numerusform>%1 fjernes fra %n indsats, som også gælder andre.</numerusform>
            <numerusform>%1 fjernes fra %n indsatser, som også gælder andre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorChart</name>
    <message>
        <source>%1: not measured yet</source>
        <translation>%1: ikke målt endnu</translation>
    </message>
    <message>
        <source>Poor well-being (50)</source>
        <translation>Dårlig trivsel (50)</translation>
    </message>
    <message>
        <source>High risk of depression (35)</source>
        <translation>Høj risiko for depression (35)</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Ret indikator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>&amp;Slags værdi:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>For example: kr., hours, days</source>
        <translation>For eksempel: kr., timer, dage</translation>
    </message>
    <message>
        <source>&amp;Lowest:</source>
        <translation>&amp;Laveste:</translation>
    </message>
    <message>
        <source>&amp;Highest (0: no limit):</source>
        <translation>&amp;Højeste (0: ingen grænse):</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Et tal</translation>
    </message>
    <message>
        <source>A scale of whole numbers</source>
        <translation>En skala af hele tal</translation>
    </message>
    <message>
        <source>One of some categories</source>
        <translation>En af nogle kategorier</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja eller nej</translation>
    </message>
    <message>
        <source>Higher is &amp;better</source>
        <translation>H&amp;øjere er bedre</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorSummaryModel</name>
    <message>
        <source>No change</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (meaningful)</source>
        <translation>%1 (betydende)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>value (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ikke målt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorsDialog</name>
    <message>
        <source>add indicator</source>
        <translation>tilføj indikator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>indicator (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rename indicator</source>
        <translation>omdøb indikator</translation>
    </message>
    <message>
        <source>archive indicator</source>
        <translation>arkivér indikator</translation>
    </message>
    <message>
        <source>bring back indicator</source>
        <translation>genindsæt indikator</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Rename indicator</source>
        <translation>Omdøb indikator</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::InterventionDialog</name>
    <message>
        <source>New intervention</source>
        <translation>Ny indsats</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Ret indsats</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>For example: family treatment, mentor, company internship</source>
        <translation>For eksempel: familiebehandling, mentor, virksomhedspraktik</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Forvaltning:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>For &amp;hvem:</translation>
    </message>
    <message>
        <source>Household members the intervention is for</source>
        <translation>Husstandsmedlemmer, indsatsen er for</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Fo&amp;rmål:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>For example: caseworker, contact person, teacher</source>
        <translation>For eksempel: sagsbehandler, kontaktperson, lærer</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Next fo&amp;llow-up:</source>
        <translation>Næste o&amp;pfølgning:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::InterventionModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::JournalPage</name>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagere: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>add meeting note</source>
        <translation>tilføj mødenotat</translation>
    </message>
    <message>
        <source>edit meeting note</source>
        <translation>ret mødenotat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the note from %1?</source>
        <translation>Slet notatet fra %1?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>delete meeting note</source>
        <translation>slet mødenotat</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nyt notat…</translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation>S&amp;let notat…</translation>
    </message>
    <message>
        <source>No meetings written down yet.
After each meeting, note where you met, who took part, what you talked about and what you agreed.</source>
        <translation>Endnu ingen møder skrevet ned.
Notér efter hvert møde, hvor I mødtes, hvem der deltog, hvad I talte om, og hvad I aftalte.</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Mødenotater</translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation>Det valgte notat</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>R&amp;et notat…</translation>
    </message>
    <message>
        <source>Write the first note…</source>
        <translation>Skriv det første notat…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::LedgerModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Annulleret: %1</translation>
    </message>
    <message>
        <source>Decided together with the citizen</source>
        <translation>Besluttet sammen med borgeren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Spending category</source>
        <translation>Udgiftskategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restbeløb</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MainWindow</name>
    <message>
        <source>Case file: %1</source>
        <translation>Sagsfil: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Låser efter %n minut uden brug</numerusform>
            <numerusform>Låser efter %n minutter uden brug</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Annuller fortryd %1</translation>
    </message>
    <message>
        <source>Trædesten</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Ny sagsfil…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Åbn sagsfil…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the case file now (%1)</source>
        <translation>Lås sagsfilen nu (%1)</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>L&amp;uk sagsfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemets sprog</translation>
    </message>
    <message>
        <source>&amp;About Trædesten</source>
        <translation>&amp;Om Trædesten</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Trædesten</source>
        <translation>Om Trædesten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trædesten %1&lt;/h3&gt;&lt;p&gt;Personal, citizen-directed budgets, stepping stones toward the citizen&apos;s own goals, and shared family plans, for support persons and family coordinators.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted case file (SQLCipher, Argon2id).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trædesten %1&lt;/h3&gt;&lt;p&gt;Personlige, borgerstyrede budgetter, trædesten mod borgerens egne mål og fælles familieplaner, til støttepersoner og familiekoordinatorer.&lt;/p&gt;&lt;p&gt;Alt opbevares i én krypteret sagsfil (SQLCipher, Argon2id).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>&amp;Edit citizen…</source>
        <translation>&amp;Ret borger…</translation>
    </message>
    <message>
        <source>Caseload &amp;report…</source>
        <translation>Sagsstamme&amp;rapport…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The caseload report: outcomes, spending, indicators and public cost (%1)</source>
        <translation>Rapporten over sagsstammen: resultater, forbrug, indikatorer og offentlige udgifter (%1)</translation>
    </message>
    <message>
        <source>This &amp;week…</source>
        <translation>Denne u&amp;ge…</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>What is due across the caseload: stepping stones, follow-ups, consents and budgets (%1)</source>
        <translation>Det, der forfalder i hele sagsstammen: trædesten, opfølgninger, samtykker og budgetter (%1)</translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation>&amp;Find borger</translation>
    </message>
    <message>
        <source>Search the caseload (%1)</source>
        <translation>Søg i sagsstammen (%1)</translation>
    </message>
    <message>
        <source>New long-term &amp;goal…</source>
        <translation>Nyt langsigtet &amp;mål…</translation>
    </message>
    <message>
        <source>New &amp;stepping stone…</source>
        <translation>Ny &amp;trædesten…</translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation>Nyt &amp;køb…</translation>
    </message>
    <message>
        <source>New &amp;intervention…</source>
        <translation>Ny &amp;indsats…</translation>
    </message>
    <message>
        <source>New &amp;measurement…</source>
        <translation>Ny må&amp;ling…</translation>
    </message>
    <message>
        <source>New &amp;benefit…</source>
        <translation>Ny &amp;ydelse…</translation>
    </message>
    <message>
        <source>New n&amp;ote…</source>
        <comment>journal</comment>
        <translation>Nyt n&amp;otat…</translation>
    </message>
    <message>
        <source>Go &amp;to</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>On the %1 tab</source>
        <translation>På fanebladet %1</translation>
    </message>
    <message>
        <source>&amp;Who has seen or changed this?…</source>
        <translation>&amp;Hvem har set eller ændret dette?…</translation>
    </message>
    <message>
        <source>E&amp;xport audit log…</source>
        <translation>Eks&amp;portér adgangs- og ændringslog…</translation>
    </message>
    <message>
        <source>The whole file&apos;s log of who did what, as CSV for the municipality&apos;s control</source>
        <translation>Hele sagsfilens log over, hvem der gjorde hvad, som CSV til kommunens kontrol</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <comment>file name</comment>
        <translation>adgangslog-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksportér adgangs- og ændringslog</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1</source>
        <translation>
            <numerusform>Eksporterede %n hændelse til %1</numerusform>
            <numerusform>Eksporterede %n hændelser til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Access export (GDPR art. 15)…</source>
        <translation>&amp;Udtræk til indsigt (GDPR art. 15)…</translation>
    </message>
    <message>
        <source>Everything the file holds about the citizen, as a PDF and a JSON file</source>
        <translation>Alt, hvad filen indeholder om borgeren, som PDF og som JSON-fil</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Tag sikkerheds&amp;kopi nu</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Gen&amp;dan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MeasurementDialog</name>
    <message>
        <source>Answered %1 of 5 statements.</source>
        <translation>Besvaret %1 af 5 udsagn.</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Ret måling</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Værdi:</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Målt &amp;af:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Optional; no sensitive details</source>
        <translation>Valgfri; ingen følsomme oplysninger</translation>
    </message>
    <message>
        <source>Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.</source>
        <translation>Angiv for hvert af de fem udsagn, hvad der passer bedst på, hvordan du har haft det i de sidste 2 uger.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Choose the answer</source>
        <translation>Vælg svaret</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MeasurementsPage</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Målinger af %1</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>add measurement</source>
        <translation>tilføj måling</translation>
    </message>
    <message>
        <source>edit measurement</source>
        <translation>ret måling</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the measurement of %1 from %2?</source>
        <translation>Slet målingen af %1 fra %2?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>delete measurement</source>
        <translation>slet måling</translation>
    </message>
    <message>
        <source>assess goal</source>
        <translation>vurdér mål</translation>
    </message>
    <message>
        <source>&amp;Add measurement…</source>
        <translation>&amp;Ny måling…</translation>
    </message>
    <message>
        <source>WHO-5 &amp;questionnaire…</source>
        <translation>WHO-5-s&amp;pørgeskema…</translation>
    </message>
    <message>
        <source>The five WHO-5 statements about well-being, answered by the citizen</source>
        <translation>De fem WHO-5-udsagn om trivsel, besvaret af borgeren</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>In&amp;dikatorer…</translation>
    </message>
    <message>
        <source>The case file&apos;s own indicators: add, rename or archive them</source>
        <translation>Sagsfilens egne indikatorer: tilføj, omdøb eller arkivér dem</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>End assessment of the goals: the citizen&apos;s own beside the support person&apos;s</source>
        <translation>Slutvurdering af målene: borgerens egen ved siden af støttepersonens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Målt af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The citizen&apos;s own</source>
        <translation>Borgerens egen</translation>
    </message>
    <message>
        <source>The support person&apos;s</source>
        <translation>Støttepersonens</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>End assessments</source>
        <translation>Slutvurderinger</translation>
    </message>
    <message>
        <source>Assess the goal…</source>
        <translation>Vurdér målet…</translation>
    </message>
    <message>
        <source>Remove the chosen measurement</source>
        <translation>Fjern den valgte måling</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MemberDialog</name>
    <message>
        <source>New household member</source>
        <translation>Nyt medlem af husstanden</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>Ret medlem af husstanden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Adult or &amp;child:</source>
        <translation>Voksen eller &amp;barn:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>The family&apos;s own word: mother, stepfather, son…</source>
        <translation>Familiens eget ord: mor, stedfar, søn…</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Fødsel&amp;sår:</translation>
    </message>
    <message>
        <source>Has &amp;parental responsibility</source>
        <translation>Har &amp;forældremyndighed</translation>
    </message>
    <message>
        <source>Also a c&amp;itizen:</source>
        <translation>Også b&amp;orger:</translation>
    </message>
    <message>
        <source>(not in the caseload)</source>
        <translation>(ikke i sagsstammen)</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MemberModel</name>
    <message>
        <source>%1 (age %2)</source>
        <comment>birth year (age)</comment>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>Voksen eller barn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Forældremyndighed</translation>
    </message>
    <message>
        <source>Citizen in the caseload</source>
        <translation>Borger i sagsstammen</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NamedListDialog</name>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Hent tilbage</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>&amp;Arkivér</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NewCaseFileDialog</name>
    <message>
        <source>New case file</source>
        <translation>Ny sagsfil</translation>
    </message>
    <message>
        <source>A case file holds a whole caseload, encrypted with a passphrase only you know. Without the passphrase nobody can read it — not even IT support, and not you.</source>
        <translation>En sagsfil rummer en hel sagsstamme, krypteret med en adgangsfrase, som kun du kender. Uden adgangsfrasen kan ingen læse den — heller ikke it-supporten, og heller ikke dig.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Gem som:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Gen&amp;tag adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Create case file</source>
        <translation>&amp;Opret sagsfil</translation>
    </message>
    <message>
        <source>Measuring this computer and encrypting the case file… this takes a few seconds.</source>
        <translation>Måler denne computer og krypterer sagsfilen… det tager et par sekunder.</translation>
    </message>
    <message>
        <source>Location of the new case file</source>
        <translation>Placering af den nye sagsfil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangsfrase</translation>
    </message>
    <message>
        <source>Browse for a location</source>
        <translation>Gennemse for at vælge en placering</translation>
    </message>
    <message>
        <source>Trædesten case files (*.traedesten)</source>
        <translation>Sagsfiler fra Trædesten (*.traedesten)</translation>
    </message>
    <message>
        <source>Choose where to save the case file.</source>
        <translation>Vælg, hvor sagsfilen skal gemmes.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Der findes allerede en fil med det navn. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another place for the case file.</source>
        <translation>Mappen findes ikke. Vælg et andet sted til sagsfilen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: choose a stronger one.</source>
        <translation>Denne adgangsfrase kan ikke bruges: vælg en stærkere.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prøv med demodata</translation>
    </message>
    <message numerus="yes">
        <source>Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</source>
        <translation>
            <numerusform>Trædesten opretter en ny sagsfil med %n opdigtet borger med husstand, mål, trædesten og møder, så du kan prøve det hele uden rigtige data. Den er krypteret som enhver anden sagsfil.</numerusform>
            <numerusform>Trædesten opretter en ny sagsfil med %n opdigtede borgere med husstande, mål, trædesten og møder, så du kan prøve det hele uden rigtige data. Den er krypteret som enhver anden sagsfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created. Choose another place for the case file.</source>
        <translation>Mappen kunne ikke oprettes. Vælg et andet sted til sagsfilen.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NoteDialog</name>
    <message>
        <source>New meeting note</source>
        <translation>Nyt mødenotat</translation>
    </message>
    <message>
        <source>Edit meeting note</source>
        <translation>Ret mødenotat</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>For example: café, home visit, job centre</source>
        <translation>For eksempel: café, hjemmebesøg, jobcenter</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Aftaler:</translation>
    </message>
    <message>
        <source>Who does what before the next meeting</source>
        <translation>Hvem gør hvad inden næste møde</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>D&amp;eltagere:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NoteModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::OverviewPage</name>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>CPR number:</source>
        <translation>CPR-nummer:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Født:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Målgrupper:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Support person:</source>
        <translation>Støtteperson:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Husstand:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Hide the CPR number</source>
        <translation>Skjul CPR-nummeret</translation>
    </message>
    <message>
        <source>Show the CPR number</source>
        <translation>Vis CPR-nummeret</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Progress toward: %1</source>
        <translation>Fremskridt mod: %1</translation>
    </message>
    <message>
        <source>No long-term goals yet. Write the first one with the citizen, in their own words, on the Goals &amp; stepping stones tab.</source>
        <translation>Endnu ingen langsigtede mål. Skriv det første sammen med borgeren, med borgerens egne ord, under fanen Mål og trædesten.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — toward “%4”</source>
        <comment>due date, stepping stone, status, goal</comment>
        <translation>%1  %2 (%3) — mod “%4”</translation>
    </message>
    <message>
        <source>No stepping stones waiting.</source>
        <translation>Ingen trædesten venter.</translation>
    </message>
    <message>
        <source>No meetings written down yet: add notes on the Journal tab.</source>
        <translation>Endnu ingen møder skrevet ned: tilføj notater under fanen Journal.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Aftalt: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Progress toward the long-term goals</source>
        <translation>Fremskridt mod de langsigtede mål</translation>
    </message>
    <message>
        <source>Next stepping stones</source>
        <translation>Næste trædesten</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Seneste møde</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>S&amp;kjul</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>due date</comment>
        <translation>%1 (overskredet)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n år)</numerusform>
            <numerusform>%1 (%n år)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stepping stone(s) done</source>
        <translation>
            <numerusform>%1 af %n trædesten nået</numerusform>
            <numerusform>%1 af %n trædesten nået</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::PassphraseField</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Skjul adgangsfrase</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Vis adgangsfrase</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::PassphraseStrengthMeter</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv en adgangsfrase.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>For kort: brug mindst %n tegn.</numerusform>
            <numerusform>For kort: brug mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: it is mostly a common word or name.</source>
        <translation>For let at gætte: den er mest et almindeligt ord eller navn.</translation>
    </message>
    <message>
        <source>Too easy to guess: it repeats characters or words.</source>
        <translation>For let at gætte: den gentager tegn eller ord.</translation>
    </message>
    <message>
        <source>Too easy to guess: it is a sequence such as &quot;abcd&quot; or &quot;1234&quot;.</source>
        <translation>For let at gætte: den er en række som &quot;abcd&quot; eller &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>Too easy to guess: it follows keys next to each other on the keyboard.</source>
        <translation>For let at gætte: den følger taster, der sidder ved siden af hinanden.</translation>
    </message>
    <message>
        <source>Too easy to guess: it contains a date or a year.</source>
        <translation>For let at gætte: den indeholder en dato eller et årstal.</translation>
    </message>
    <message>
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>For let at gætte: tilføj flere ord, der ikke hænger sammen.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>meget svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>rimelig</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>stærk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>meget stærk</translation>
    </message>
    <message>
        <source>Use four or more unrelated words. A forgotten passphrase cannot be recovered.</source>
        <translation>Brug fire eller flere ord, der ikke hænger sammen. En glemt adgangsfrase kan ikke genskabes.</translation>
    </message>
    <message>
        <source>Strength: %1. Good.</source>
        <translation>Styrke: %1. God.</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Styrke: %1. %2</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangsfrasens styrke</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ReceiptsDialog</name>
    <message>
        <source>No receipts yet. Add a photo or a scanned PDF of the receipt.</source>
        <translation>Endnu ingen kvitteringer. Tilføj et foto eller en scannet PDF af kvitteringen.</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Save a copy to open it in another program.</source>
        <translation>Filen kan ikke vises her. Gem en kopi for at åbne den i et andet program.</translation>
    </message>
    <message>
        <source>Receipt not added</source>
        <translation>Kvitteringen blev ikke tilføjet</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>add receipt</source>
        <translation>tilføj kvittering</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>Tilføj kvitteringer</translation>
    </message>
    <message>
        <source>Receipts (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Kvitteringer (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Kopien kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Save a copy of the receipt</source>
        <translation>Gem en kopi af kvitteringen</translation>
    </message>
    <message>
        <source>Remove receipt</source>
        <translation>Fjern kvittering</translation>
    </message>
    <message>
        <source>remove receipt</source>
        <translation>fjern kvittering</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>Receipts for: %1. They are kept inside the encrypted case file.</source>
        <translation>Kvitteringer for: %1. De opbevares i den krypterede sagsfil.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Gem en kopi…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Remove the receipt “%1”? You can undo this with Ctrl+Z after closing this window.</source>
        <translation>Fjern kvitteringen “%1”? Du kan fortryde med Ctrl+Z, når vinduet er lukket.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z after closing this window</source>
        <translation>Fortryd med Ctrl+Z, når vinduet er lukket</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ReportsWindow</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Gem rapporten som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Save the anonymised evaluation export</source>
        <translation>Gem det anonymiserede evalueringsudtræk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Evaluation export</source>
        <translation>Evalueringsudtræk</translation>
    </message>
    <message>
        <source>Caseload report — Trædesten</source>
        <translation>Sagsstammerapport — Trædesten</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Sagsstammerapport</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vis udskrift…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Evaluation export (anonymised)…</source>
        <translation>&amp;Evalueringsudtræk (anonymiseret)…</translation>
    </message>
    <message>
        <source>A CSV file for evaluators: one row per citizen under a random pseudonym, without names, CPR numbers, free text or exact dates</source>
        <translation>En CSV-fil til evaluatorer: én række pr. borger under et tilfældigt pseudonym, uden navne, CPR-numre, fritekst eller præcise datoer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Udskriftens sprog</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Beregnet på %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizen(s) are hidden.</source>
        <translation>
            <numerusform>Gemt som %1, med de samlede tabeller i %2.

Hver borger har et nyt tilfældigt pseudonym; der er ingen navne, CPR-numre, fritekst eller præcise datoer, og tabelceller med under %n borger er skjult.</numerusform>
            <numerusform>Gemt som %1, med de samlede tabeller i %2.

Hver borger har et nyt tilfældigt pseudonym; der er ingen navne, CPR-numre, fritekst eller præcise datoer, og tabelceller med under %n borgere er skjult.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The case file it replaces is not deleted: it is kept beside it, with &quot;before-restore&quot; and the time in its name.</source>
        <translation>Vælg den sikkerhedskopi, du vil gå tilbage til. Den sagsfil, den erstatter, slettes ikke: den gemmes ved siden af med &quot;before-restore&quot; og tidspunktet i navnet.</translation>
    </message>
    <message>
        <source>Backups in:</source>
        <translation>Sikkerhedskopier i:</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Vælg &amp;mappe…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Sagsfil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>There are no backups in this folder.</source>
        <translation>Der er ingen sikkerhedskopier i denne mappe.</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Gendan &amp;til:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>Sikkerhedskopiens &amp;adgangsfrase:</translation>
    </message>
    <message>
        <source>A backup opens with the passphrase the case file had when the backup was made.</source>
        <translation>En sikkerhedskopi åbnes med den adgangsfrase, sagsfilen havde, da kopien blev taget.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>%1 (this case file)</source>
        <translation>%1 (denne sagsfil)</translation>
    </message>
    <message>
        <source>%1 (another case file)</source>
        <translation>%1 (en anden sagsfil)</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>backup</comment>
        <translation>beskadiget</translation>
    </message>
    <message>
        <source>the current one</source>
        <translation>den nuværende</translation>
    </message>
    <message>
        <source>an earlier one</source>
        <translation>en tidligere</translation>
    </message>
    <message>
        <source>(choose the case file to restore)</source>
        <translation>(vælg den sagsfil, der skal gendannes)</translation>
    </message>
    <message>
        <source>Folder with backups</source>
        <translation>Mappe med sikkerhedskopier</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Gendan til</translation>
    </message>
    <message>
        <source>Trædesten case files (*.traedesten)</source>
        <translation>Sagsfiler fra Trædesten (*.traedesten)</translation>
    </message>
    <message>
        <source>Another case file</source>
        <translation>En anden sagsfil</translation>
    </message>
    <message>
        <source>This backup belongs to another case file (&quot;%1&quot;), not to the one at %2. Restore it in its place anyway? The current file is kept beside it.</source>
        <translation>Denne sikkerhedskopi hører til en anden sagsfil (&quot;%1&quot;), ikke til den i %2. Vil du alligevel gendanne den i dens sted? Den nuværende fil gemmes ved siden af.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. A backup keeps the passphrase the case file had when the backup was made: if the passphrase was changed since, use the earlier one.</source>
        <translation>Denne adgangsfrase åbner ikke sikkerhedskopien. En sikkerhedskopi beholder den adgangsfrase, sagsfilen havde, da kopien blev taget: er adgangsfrasen ændret siden, så brug den tidligere.</translation>
    </message>
    <message>
        <source>The case file is open, in this or another Trædesten window. Close it there first; a file in use is never replaced.</source>
        <translation>Sagsfilen er åben i dette eller et andet Trædesten-vindue. Luk den der først; en fil i brug erstattes aldrig.</translation>
    </message>
    <message>
        <source>This backup is damaged. Choose an older one.</source>
        <translation>Denne sikkerhedskopi er beskadiget. Vælg en ældre.</translation>
    </message>
    <message>
        <source>This backup belongs to another case file. Nothing was changed.</source>
        <translation>Denne sikkerhedskopi hører til en anden sagsfil. Intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::RetentionDialog</name>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Afsluttede sager ud over opbevaringsperioden</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases whose closing date is more than %n year(s) ago, the period set for this case file. Review each, and erase what need not be kept.</source>
        <translation>
            <numerusform>Afsluttede sager, der blev afsluttet for mere end %n år siden, den periode, der er sat for denne sagsfil. Gennemgå hver, og slet det, der ikke skal gemmes.</numerusform>
            <numerusform>Afsluttede sager, der blev afsluttet for mere end %n år siden, den periode, der er sat for denne sagsfil. Gennemgå hver, og slet det, der ikke skal gemmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Støtteperson</translation>
    </message>
    <message numerus="yes">
        <source>No closed case is older than the retention period of %n year(s).</source>
        <translation>
            <numerusform>Ingen afsluttet sag er ældre end opbevaringsperioden på %n år.</numerusform>
            <numerusform>Ingen afsluttet sag er ældre end opbevaringsperioden på %n år.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Slet…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Sagsfil</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min. uden brug</translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation>Lås, når s&amp;kærmen låses, eller computeren går i dvale</translation>
    </message>
    <message>
        <source>You can always lock at once with Ctrl+L. Locking closes the case file and clears the screen; the passphrase opens it again where you were.</source>
        <translation>Du kan altid låse med det samme med Ctrl+L. Låsning lukker sagsfilen og rydder skærmen; adgangsfrasen åbner den igen, hvor du var.</translation>
    </message>
    <message>
        <source>These settings are stored inside the encrypted case file and travel with it.</source>
        <translation>Disse indstillinger gemmes inde i den krypterede sagsfil og følger med den.</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>e.g. Furesø Kommune</source>
        <translation>f.eks. Furesø Kommune</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Minutes without use before locking</source>
        <translation>Minutter uden brug før låsning</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunens navn</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s logo</source>
        <translation>Vælg kommunens logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logoet blev ikke brugt</translation>
    </message>
    <message>
        <source>The file is not an image Trædesten can read.</source>
        <translation>Filen er ikke et billede, Trædesten kan læse.</translation>
    </message>
    <message>
        <source>The logo is too detailed to keep in the case file. Choose a simpler image.</source>
        <translation>Logoet er for detaljeret til at gemme i sagsfilen. Vælg et enklere billede.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Printed at the top of plans and statements</source>
        <translation>Udskrives øverst på planer og kontoudtog</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases:</source>
        <translation>&amp;Gem afsluttede sager:</translation>
    </message>
    <message>
        <source>Closed cases whose closing date is older than this are listed under File ▸ Closed cases past the retention period, for review and erasure.</source>
        <translation>Sager, der blev afsluttet før dette, vises under Fil ▸ Afsluttede sager ud over opbevaringsperioden, til gennemgang og sletning.</translation>
    </message>
    <message>
        <source>Years to keep a closed case</source>
        <translation>År en afsluttet sag gemmes</translation>
    </message>
    <message numerus="yes">
        <source> year(s) after closing</source>
        <comment>retention period; the number is in front</comment>
        <translation>
            <numerusform> år efter afslutning</numerusform>
            <numerusform> år efter afslutning</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Adgangsfrase:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangsfrase…</translation>
    </message>
    <message>
        <source>Encrypts the case file again under a new passphrase</source>
        <translation>Krypterer sagsfilen igen med en ny adgangsfrase</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ShareDialog</name>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>another department</source>
        <translation>en anden forvaltning</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>læse og skrive</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>kun læse</translation>
    </message>
    <message>
        <source>only %1&apos;s part</source>
        <translation>kun delen for %1</translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation>Ikke delt med nogen.</translation>
    </message>
    <message>
        <source>Choose the colleague or team to share with.</source>
        <translation>Vælg den kollega eller det team, der skal deles med.</translation>
    </message>
    <message>
        <source>The team server has not named any colleagues yet. Synchronise (Ctrl+Shift+S) and try again, or ask the server&apos;s administrator to add your colleagues.</source>
        <translation>Teamserveren har endnu ikke oplyst nogen kolleger. Synkronisér (Ctrl+Shift+S), og prøv igen, eller bed serverens administrator om at tilføje dine kolleger.</translation>
    </message>
    <message>
        <source>%1 sees the household %2, its members and its whole family plan, and can change them.</source>
        <translation>%1 ser husstanden %2, dens medlemmer og hele dens familieplan og kan ændre dem.</translation>
    </message>
    <message>
        <source>%1 sees the household %2, its members and its whole family plan, but cannot change them.</source>
        <translation>%1 ser husstanden %2, dens medlemmer og hele dens familieplan, men kan ikke ændre dem.</translation>
    </message>
    <message>
        <source>%1 takes part for %3: they see the household %2, its members, the family plan and its goals, and only the interventions, consents and benefits of %3 — and only while the family&apos;s consent for %3 is in force.</source>
        <translation>%1 deltager for %3 og ser husstanden %2, dens medlemmer, familieplanen og dens mål, men kun indsatser, samtykker og ydelser fra %3 — og kun så længe familiens samtykke til %3 er gældende.</translation>
    </message>
    <message>
        <source>They can add and update %1&apos;s interventions and follow-ups, nothing else.</source>
        <translation>Deltageren kan tilføje og opdatere indsatser og opfølgninger for %1, intet andet.</translation>
    </message>
    <message>
        <source>They cannot change anything.</source>
        <translation>Deltageren kan ikke ændre noget.</translation>
    </message>
    <message>
        <source>You can withdraw the share at any time; it then leaves their program.</source>
        <translation>Du kan til enhver tid trække delingen tilbage; så forsvinder den fra deres program.</translation>
    </message>
    <message>
        <source>Share with colleague or team</source>
        <translation>Del med kollega eller team</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Del:</translation>
    </message>
    <message>
        <source>The &amp;family plan of the household %1</source>
        <translation>Familie&amp;planen for husstanden %1</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Med:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>For&amp;valtning:</translation>
    </message>
    <message>
        <source>The whole family plan</source>
        <translation>Hele familieplanen</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Adgang:</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>Kun &amp;læse</translation>
    </message>
    <message>
        <source>Read and &amp;write</source>
        <translation>Læse og &amp;skrive</translation>
    </message>
    <message>
        <source>Shared &amp;now with:</source>
        <translation>Delt &amp;nu med:</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw share</source>
        <translation>&amp;Træk delingen tilbage</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Del</translation>
    </message>
    <message>
        <source>%1 sees %2&apos;s whole course (goals, stepping stones, budget and ledger, notes, receipts, indicators) and the family plan of the citizen&apos;s household, and can change them. Changes made on both sides meet at synchronisation; where the same detail was changed, you both choose in Resolve conflicts.</source>
        <translation>%1 ser hele forløbet for %2 (mål, trædesten, budget og regnskab, notater, kvitteringer, indikatorer) og familieplanen for borgerens husstand og kan ændre dem. Ændringer fra begge sider mødes ved synkroniseringen; hvor den samme oplysning er ændret begge steder, vælger I i Løs konflikter, hvad der skal stå.</translation>
    </message>
    <message>
        <source>%1 sees %2&apos;s whole course (goals, stepping stones, budget and ledger, notes, receipts, indicators) and the family plan of the citizen&apos;s household, but cannot change them.</source>
        <translation>%1 ser hele forløbet for %2 (mål, trædesten, budget og regnskab, notater, kvitteringer, indikatorer) og familieplanen for borgerens husstand, men kan ikke ændre dem.</translation>
    </message>
    <message>
        <source>The citizen&apos;s &amp;course (%1)</source>
        <translation>&amp;Forløbet for %1</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SharedPlansWindow</name>
    <message>
        <source>the whole plan</source>
        <translation>hele planen</translation>
    </message>
    <message>
        <source>for another department</source>
        <translation>for en anden forvaltning</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>household — its part</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shared family plans</source>
        <translation>Delte familieplaner</translation>
    </message>
    <message>
        <source>Family plans that a family coordinator shares with you as a participant from another department. You see the plan and its goals, and your department&apos;s interventions and consents; you add and update your department&apos;s interventions and follow-ups. The family&apos;s consent decides what your department may see.</source>
        <translation>Familieplaner, som en familiekoordinator deler med dig som deltager fra en anden forvaltning. Du ser planen og dens mål samt din forvaltnings indsatser og samtykker; du tilføjer og opdaterer din forvaltnings indsatser og opfølgninger. Familiens samtykke afgør, hvad din forvaltning må se.</translation>
    </message>
    <message>
        <source>No family plans are shared with you. When a family coordinator shares one with you, and the family&apos;s consent for your department is in force, it appears here at the next synchronisation.</source>
        <translation>Der er ikke delt nogen familieplaner med dig. Når en familiekoordinator deler en med dig, og familiens samtykke til din forvaltning er gældende, vises den her ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Who changed &amp;what</source>
        <translation>Hvem ændrede &amp;hvad</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <comment>between two keys</comment>
        <translation> eller </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Trædesten can be used with the keyboard alone. The shortcuts under the menus work from anywhere in the main window; the others work in the list they name.</source>
        <translation>Trædesten kan bruges med tastaturet alene. Genvejene under menuerne virker overalt i hovedvinduet; de andre virker i den liste, de nævner.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>In a date field: type the date (for example %1), or press Alt+Down or F4 for the calendar; Delete empties the field.</source>
        <translation>I et datofelt: skriv datoen (for eksempel %1), eller tryk Alt+Pil ned eller F4 for kalenderen; Delete tømmer feltet.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SignDialog</name>
    <message>
        <source>Sign the family plan</source>
        <translation>Underskriv familieplanen</translation>
    </message>
    <message>
        <source>Version %1 is marked as signed by the family and the support person. It is then kept as it is; changes go into a new version.</source>
        <translation>Version %1 markeres som underskrevet af familien og støttepersonen. Den bevares så, som den er; ændringer kommer i en ny version.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Underskriv</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Underskrevet &amp;den:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::StoneDialog</name>
    <message>
        <source>New stepping stone</source>
        <translation>Ny trædesten</translation>
    </message>
    <message>
        <source>Edit stepping stone</source>
        <translation>Ret trædesten</translation>
    </message>
    <message>
        <source>Toward:</source>
        <translation>På vej mod:</translation>
    </message>
    <message>
        <source>&amp;Stepping stone:</source>
        <translation>&amp;Trædesten:</translation>
    </message>
    <message>
        <source>For example: driving licence</source>
        <translation>For eksempel: kørekort</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SyncController</name>
    <message>
        <source>Team server: password needed (Settings ▸ Team server)</source>
        <translation>Teamserver: adgangskoden mangler (Indstillinger ▸ Teamserver)</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Synchronised at %1</source>
        <translation>Synkroniseret kl. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ændring venter på at blive sendt</numerusform>
            <numerusform>%n ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n ændring venter</numerusform>
            <numerusform>Offline: %n ændringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt skal løses</numerusform>
            <numerusform>%n konflikter skal løses</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Ikke synkroniseret: %1</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronisér nu</translation>
    </message>
    <message>
        <source>Send your changes to the team server and fetch your colleagues&apos;</source>
        <translation>Send dine ændringer til teamserveren, og hent dine kollegers</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::TeamController</name>
    <message>
        <source>This citizen has not reached the team server yet. Synchronise first (Ctrl+Shift+S).</source>
        <translation>Borgeren er endnu ikke nået frem til teamserveren. Synkronisér først (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Only the citizen&apos;s owner on the team server, %1, can transfer or share the course.</source>
        <translation>Kun borgerens ejer på teamserveren, %1, kan overdrage eller dele forløbet.</translation>
    </message>
    <message>
        <source>Transfer to colleague</source>
        <translation>Overdrag til kollega</translation>
    </message>
    <message>
        <source>Transferred to %1.</source>
        <translation>Overdraget til %1.</translation>
    </message>
    <message>
        <source>Share with colleague or team</source>
        <translation>Del med kollega eller team</translation>
    </message>
    <message>
        <source>Sharing on the team server…</source>
        <translation>Deler på teamserveren…</translation>
    </message>
    <message>
        <source>Shared. It reaches them at their next synchronisation.</source>
        <translation>Delt. Det når frem til dem ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>Withdrawing the share on the team server…</source>
        <translation>Trækker delingen tilbage på teamserveren…</translation>
    </message>
    <message>
        <source>Share withdrawn. It leaves their program at their next synchronisation.</source>
        <translation>Delingen er trukket tilbage. Den forsvinder fra deres program ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dig</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (kun læse)</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the owner of a citizen</comment>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Set up the team server first (Team ▸ Team server settings…).</source>
        <translation>Sæt teamserveren op først (Team ▸ Indstillinger for teamserveren…).</translation>
    </message>
    <message>
        <source>Select a citizen in the caseload first.</source>
        <translation>Vælg først en borger i sagsstammen.</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Løs &amp;konflikter…</translation>
    </message>
    <message>
        <source>Details changed both here and by a colleague: choose what they should say</source>
        <translation>Oplysninger, der er ændret både her og af en kollega: vælg, hvad der skal stå</translation>
    </message>
    <message>
        <source>&amp;Transfer to colleague…</source>
        <translation>&amp;Overdrag til kollega…</translation>
    </message>
    <message>
        <source>S&amp;hare with colleague or team…</source>
        <translation>&amp;Del med kollega eller team…</translation>
    </message>
    <message>
        <source>Team server &amp;settings…</source>
        <translation>&amp;Indstillinger for teamserveren…</translation>
    </message>
    <message>
        <source>Shared family &amp;plans…</source>
        <translation>Delte &amp;familieplaner…</translation>
    </message>
    <message>
        <source>Family plans shared with you as a participant from another department</source>
        <translation>Familieplaner, der er delt med dig som deltager fra en anden forvaltning</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::TeamServerPage</name>
    <message>
        <source>The municipality&apos;s CA certificate</source>
        <translation>Kommunens CA-certifikat</translation>
    </message>
    <message>
        <source>Your client certificate</source>
        <translation>Dit klientcertifikat</translation>
    </message>
    <message>
        <source>Your client certificate&apos;s key</source>
        <translation>Nøglen til dit klientcertifikat</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Forbinder til teamserveren…</translation>
    </message>
    <message>
        <source>Connected to the team server as %1. It is set up for this version of Trædesten.</source>
        <translation>Forbundet til teamserveren som %1. Den er sat op til denne version af Trædesten.</translation>
    </message>
    <message>
        <source>Certificates and keys (*.crt *.pem *.key);;All files (*)</source>
        <translation>Certifikater og nøgler (*.crt *.pem *.key);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Share caseloads with your team through the municipality&apos;s PostgreSQL server. Ask its administrator for these details. The case file stays your working copy and works without the server.</source>
        <translation>Del sagsstammer med dit team gennem kommunens PostgreSQL-server. Få oplysningerne her af serverens administrator. Sagsfilen er fortsat din arbejdskopi og virker også uden serveren.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>e.g. db.kommune.dk</source>
        <translation>f.eks. db.kommune.dk</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Not needed with a client certificate</source>
        <translation>Behøves ikke med et klientcertifikat</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Husk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>Without it, the password is asked for once each time the case file is unlocked</source>
        <translation>Ellers spørges der om adgangskoden én gang, hver gang sagsfilen låses op</translation>
    </message>
    <message>
        <source>Check the server&apos;s &amp;certificate (always, except for a test server)</source>
        <translation>Kontrollér serverens &amp;certifikat (altid, undtagen for en testserver)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-certifikat:</translation>
    </message>
    <message>
        <source>The municipality&apos;s CA (.crt)</source>
        <translation>Kommunens CA (.crt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>a CA certificate file</comment>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Client certif&amp;icate:</source>
        <translation>Klientcertif&amp;ikat:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>a client certificate file</comment>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Certificate &amp;key:</source>
        <translation>Certifikatets &amp;nøgle:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>a key file</comment>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Team server host name</source>
        <translation>Teamserverens værtsnavn</translation>
    </message>
    <message>
        <source>Team server port</source>
        <translation>Teamserverens port</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Adgangskode til teamserveren</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ThisWeekWindow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due within %n day(s), and nothing is overdue</source>
        <translation>
            <numerusform>Intet forfalder inden for %n dag, og intet er overskredet</numerusform>
            <numerusform>Intet forfalder inden for %n dage, og intet er overskredet</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due matches the search</source>
        <translation>Intet af det, der forfalder, passer til søgningen</translation>
    </message>
    <message numerus="yes">
        <source>Clear the search field to see all %n item(s).</source>
        <translation>
            <numerusform>Ryd søgefeltet for at se det %n punkt.</numerusform>
            <numerusform>Ryd søgefeltet for at se alle %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — Trædesten</source>
        <translation>Denne uge — Trædesten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <comment>show what is due within 7, 14 or 30 days</comment>
        <translation>&amp;Inden for:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is due within</source>
        <translation>Vis det, der forfalder inden for</translation>
    </message>
    <message>
        <source>Search citizens, households and what is due (Ctrl+F)</source>
        <translation>Søg i borgere, husstande og det, der forfalder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search what is due</source>
        <translation>Søg i det, der forfalder</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Det, der forfalder</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open the citizen where it is handled.</source>
        <translation>Dobbeltklik på en række, eller tryk Enter, for at åbne borgeren på den fane, hvor det klares.</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>&amp;Åbn borger</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>%n forfalder inden for de næste %1 dage</numerusform>
            <numerusform>%n forfalder inden for de næste %1 dage</numerusform>
        </translation>
    </message>
    <message>
        <source>To plan the weeks to come, give stepping stones a due date on the citizen&apos;s Goals tab and set the next follow-up of each intervention in the family plan; consents with an expiry date and budget periods that end show up here by themselves.</source>
        <translation>For at planlægge de kommende uger kan du give trædesten en frist på borgerens fane Mål og sætte næste opfølgning på hver indsats i familieplanen; samtykker med en udløbsdato og budgetperioder, der slutter, kommer selv med her.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a longer span above to look further ahead.</source>
        <translation>Vælg et længere tidsrum ovenfor for at se længere frem.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::TransferDialog</name>
    <message>
        <source>Transferring on the team server…</source>
        <translation>Overdrager på teamserveren…</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over.</source>
        <translation>Vælg den kollega, der skal overtage.</translation>
    </message>
    <message>
        <source>The team server has not named any colleagues yet. Synchronise (Ctrl+Shift+S) and try again, or ask the server&apos;s administrator to add your colleagues.</source>
        <translation>Teamserveren har endnu ikke oplyst nogen kolleger. Synkronisér (Ctrl+Shift+S), og prøv igen, eller bed serverens administrator om at tilføje dine kolleger.</translation>
    </message>
    <message>
        <source>%1 becomes the owner of %2&apos;s course: from then on %1 decides who else may see it. Your changes not yet sent go to the server first. At the synchronisation that follows, %2 leaves your caseload, with the goals, budget, notes and receipts kept about them in this case file. You will see the citizen again only if %1 shares the course with you or transfers it back.</source>
        <translation>%1 bliver ejer af forløbet for %2 og bestemmer derefter, hvem der ellers må se det. Dine ændringer, der endnu ikke er sendt, går først til serveren. Ved den efterfølgende synkronisering forsvinder %2 fra din sagsstamme, og de mål, det budget, de notater og de kvitteringer, der er gemt om borgeren, forsvinder fra denne sagsfil. Du ser kun borgeren igen, hvis %1 deler forløbet med dig eller overdrager det tilbage.</translation>
    </message>
    <message>
        <source>The household %1 and its family plan go to %2 as well.</source>
        <translation>Husstanden %1 og dens familieplan overgår også til %2.</translation>
    </message>
    <message>
        <source>You keep the household %1 and its family plan, and %2 sees them as the citizen&apos;s support person.</source>
        <translation>Du beholder husstanden %1 og dens familieplan, og %2 ser dem som borgerens støtteperson.</translation>
    </message>
    <message>
        <source>Transfer to colleague</source>
        <translation>Overdrag til kollega</translation>
    </message>
    <message>
        <source>Give %1&apos;s course to a colleague, for instance while you are away or when the citizen moves to another team.</source>
        <translation>Giv forløbet for %1 videre til en kollega, for eksempel mens du er væk, eller når borgeren flytter til et andet team.</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Kollega:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>Also transfer the &amp;household %1 and its family plan</source>
        <translation>Overdrag også &amp;husstanden %1 og dens familieplan</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Overdrag</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::UnlockDialog</name>
    <message>
        <source>Open case file</source>
        <translation>Åbn sagsfil</translation>
    </message>
    <message>
        <source>The case file is open on the computer &quot;%1&quot; (or was, when that computer stopped). Close it there first. If that computer crashed or was switched off, you can open the file here anyway.</source>
        <translation>Sagsfilen er åben på computeren &quot;%1&quot; (eller var det, da den computer stoppede). Luk den der først. Hvis den computer gik ned eller blev slukket, kan du åbne filen her alligevel.</translation>
    </message>
    <message>
        <source>Open anyway?</source>
        <translation>Åbn alligevel?</translation>
    </message>
    <message>
        <source>Only continue if Trædesten is not running on &quot;%1&quot; any more. If the case file is changed in two places at once, changes can be lost.</source>
        <translation>Fortsæt kun, hvis Trædesten ikke længere kører på &quot;%1&quot;. Hvis sagsfilen ændres to steder på én gang, kan ændringer gå tabt.</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Åbn alli&amp;gevel</translation>
    </message>
    <message>
        <source>The other computer&apos;s lock was removed. Enter the passphrase to open the case file.</source>
        <translation>Den anden computers lås er fjernet. Skriv adgangsfrasen for at åbne sagsfilen.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::UnlockWidget</name>
    <message>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation>Skriv sagsfilens adgangsfrase.</translation>
    </message>
    <message>
        <source>The case file is locked</source>
        <translation>Sagsfilen er låst</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>L&amp;uk sagsfil</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Åbn sagsfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second or two.</source>
        <translation>Låser op… det tager et sekund eller to.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Open &amp;anyway…</source>
        <translation>Åbn alli&amp;gevel…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::VoidDialog</name>
    <message>
        <source>Void ledger entry</source>
        <translation>Annullér postering</translation>
    </message>
    <message>
        <source>%1

A voided entry stays in the ledger, crossed out, with the reason; its amount no longer counts.</source>
        <translation>%1

En annulleret postering bliver stående i regnskabet, overstreget, med begrundelsen; beløbet tæller ikke længere med.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>For example: entered twice</source>
        <translation>For eksempel: bogført to gange</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Ja, annullér posteringen</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::WelcomeWindow</name>
    <message>
        <source>Welcome to Trædesten</source>
        <translation>Velkommen til Trædesten</translation>
    </message>
    <message>
        <source>Trædesten</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Personal budgets, stepping stones and family plans for the citizens you support — kept in one encrypted case file on this computer.</source>
        <translation>Personlige budgetter, trædesten og familieplaner for de borgere, du støtter — opbevaret i én krypteret sagsfil på denne computer.</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Ny sagsfil…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Åbn sagsfil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>&amp;Recent case files</source>
        <translation>S&amp;eneste sagsfiler</translation>
    </message>
    <message>
        <source>No case files opened yet. Create a new case file, or open one you have been given.</source>
        <translation>Ingen sagsfiler er åbnet endnu. Opret en ny sagsfil, eller åbn en, du har fået.</translation>
    </message>
    <message>
        <source>Only file locations are remembered here, never anything about citizens. Press Delete to remove a file from the list.</source>
        <translation>Her huskes kun filernes placering, aldrig noget om borgere. Tryk Delete for at fjerne en fil fra listen.</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Seneste sagsfiler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Try with demo data…</source>
        <translation>&amp;Prøv med demodata…</translation>
    </message>
    <message>
        <source>Creates a new case file with made-up citizens to try Trædesten with</source>
        <translation>Opretter en ny sagsfil med opdigtede borgere, så du kan prøve Trædesten</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
</context>
</TS>
