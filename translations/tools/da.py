# Danish translations for traedesten_da.ts, keyed by English source text.
# Words follow shared/GLOSSARY.md. Applied by translations/tools/fill_ts.py.
DA = {
 'The passphrase is not right. Check Caps Lock and the keyboard layout, and try again.':
  'Adgangsfrasen er ikke rigtig. Tjek Caps Lock og tastaturlayoutet, og prøv igen.',
 'The case file is damaged or is not a Trædesten case file. It has not been changed. Open your latest backup, or ask your IT support for help.':
  'Sagsfilen er beskadiget eller er ikke en sagsfil fra Trædesten. Den er ikke blevet ændret. Åbn din seneste sikkerhedskopi, eller bed din it-support om hjælp.',
 'This case file was saved by a newer version of Trædesten. Update Trædesten to open it. The file has not been changed.':
  'Sagsfilen er gemt af en nyere version af Trædesten. Opdatér Trædesten for at åbne den. Filen er ikke blevet ændret.',
 'The case file is already open in another Trædesten window, perhaps on another computer. Close it there first.':
  'Sagsfilen er allerede åben i et andet Trædesten-vindue, måske på en anden computer. Luk den der først.',
 'The case file could not be found. It may have been moved, renamed or deleted, or the drive it is on is not connected.':
  'Sagsfilen blev ikke fundet. Den kan være flyttet, omdøbt eller slettet, eller drevet den ligger på er ikke tilsluttet.',
 "Trædesten may not write to the case file or its folder. Check the file's permissions, or copy it to a folder you can write to.":
  'Trædesten må ikke skrive i sagsfilen eller dens mappe. Tjek filens rettigheder, eller kopiér den til en mappe, du kan skrive i.',
 'The disk is full. Free some space and try again; nothing has been lost.':
  'Disken er fuld. Frigør noget plads, og prøv igen; intet er gået tabt.',
 'The case file could not be read or written. Check that its drive is connected and try again.':
  'Sagsfilen kunne ikke læses eller skrives. Tjek at drevet er tilsluttet, og prøv igen.',
 'A file with that name already exists. Choose another name.':
  'Der findes allerede en fil med det navn. Vælg et andet navn.',
 'The case file is locked. Unlock it first.':
  'Sagsfilen er låst. Lås den op først.',
 'This installation of Trædesten uses an encryption library that is too old (SQLCipher 4 or newer is needed). Ask your IT support to update it.':
  'Denne installation af Trædesten bruger et krypteringsbibliotek, der er for gammelt (SQLCipher 4 eller nyere kræves). Bed din it-support om at opdatere det.',
 'There is not enough free memory to unlock the case file. Close other programs and try again.':
  'Der er ikke nok ledig hukommelse til at låse sagsfilen op. Luk andre programmer, og prøv igen.',
 'The value was not accepted.': 'Værdien blev ikke accepteret.',
 'Something unexpected went wrong. Nothing has been changed. If it happens again, tell your IT support.':
  'Noget uventet gik galt. Intet er blevet ændret. Hvis det sker igen, så fortæl det til din it-support.',
 'The folder does not exist. Choose another place for the case file.':
  'Mappen findes ikke. Vælg et andet sted til sagsfilen.',
 'Trædesten may not write in that folder. Choose another place for the case file.':
  'Trædesten må ikke skrive i den mappe. Vælg et andet sted til sagsfilen.',
 'The disk is full, so the case file was not created. Free some space and try again.':
  'Disken er fuld, så sagsfilen blev ikke oprettet. Frigør noget plads, og prøv igen.',
 'caseload': 'sagsstamme',
 'Open case file': 'Åbn sagsfil',
 'Trædesten case files (*.traedesten)': 'Sagsfiler fra Trædesten (*.traedesten)',
 'Settings not saved': 'Indstillingerne blev ikke gemt',
 'Caseload': 'Sagsstamme',
 'Caseload — %1': 'Sagsstamme — %1',
 'No citizens in this case file yet': 'Der er endnu ingen borgere i denne sagsfil',
 'Each citizen you support will be listed here with their long-term goals, the next stepping stone and how much of the personal budget is used. Everything is kept encrypted in this case file. Press Ctrl+L to lock it whenever you step away.':
  'Hver borger, du støtter, vises her med sine langsigtede mål, den næste trædesten og hvor meget af det personlige budget der er brugt. Alt opbevares krypteret i denne sagsfil. Tryk Ctrl+L for at låse den, hver gang du går fra.',
 "Start by entering your municipality's name: it is printed at the top of plans and budget statements.":
  'Begynd med at skrive kommunens navn: det står øverst på planer og kontoudtog.',
 'Enter &municipality…': 'Skriv &kommunens navn…',
 'Plans and statements from this case file are printed for %1.': 'Planer og kontoudtog fra denne sagsfil udskrives for %1.',
 'Case file &settings…': '&Indstillinger for sagsfilen…',
 'Case file: %1': 'Sagsfil: %1',
 'Locked': 'Låst',
 '&Undo': '&Fortryd',
 '&Undo %1': '&Fortryd %1',
 '&Redo': '&Annuller fortryd',
 '&Redo %1': '&Annuller fortryd %1',
 'Trædesten': 'Trædesten',
 '&File': '&Fil',
 '&Edit': '&Rediger',
 '&Settings': '&Indstillinger',
 '&Language': '&Sprog',
 '&Help': '&Hjælp',
 'Main toolbar': 'Hovedværktøjslinje',
 '&New case file…': '&Ny sagsfil…',
 '&Open case file…': '&Åbn sagsfil…',
 '&Lock': '&Lås',
 'Lock the case file now (%1)': 'Lås sagsfilen nu (%1)',
 '&Close case file': 'L&uk sagsfil',
 '&Quit': '&Afslut',
 '&Preferences…': '&Indstillinger…',
 '&System language': '&Systemets sprog',
 '&About Trædesten': '&Om Trædesten',
 'About &Qt': 'Om &Qt',
 'About Trædesten': 'Om Trædesten',
 "<h3>Trædesten %1</h3><p>Personal, citizen-directed budgets, stepping stones toward the citizen's own goals, and shared family plans, for support persons and family coordinators.</p><p>Everything is kept in one encrypted case file (SQLCipher, Argon2id).</p>":
  '<h3>Trædesten %1</h3><p>Personlige, borgerstyrede budgetter, trædesten mod borgerens egne mål og fælles familieplaner, til støttepersoner og familiekoordinatorer.</p><p>Alt opbevares i én krypteret sagsfil (SQLCipher, Argon2id).</p>',
 'New case file': 'Ny sagsfil',
 'A case file holds a whole caseload, encrypted with a passphrase only you know. Without the passphrase nobody can read it — not even IT support, and not you.':
  'En sagsfil rummer en hel sagsstamme, krypteret med en adgangsfrase, som kun du kender. Uden adgangsfrasen kan ingen læse den — heller ikke it-supporten, og heller ikke dig.',
 '&Save as:': '&Gem som:',
 '&Browse…': 'Gennem&se…',
 '&Passphrase:': '&Adgangsfrase:',
 '&Repeat passphrase:': 'Gen&tag adgangsfrase:',
 '&Create case file': '&Opret sagsfil',
 'Measuring this computer and encrypting the case file… this takes a few seconds.':
  'Måler denne computer og krypterer sagsfilen… det tager et par sekunder.',
 'Location of the new case file': 'Placering af den nye sagsfil',
 'Passphrase': 'Adgangsfrase',
 'Repeat passphrase': 'Gentag adgangsfrase',
 'Browse for a location': 'Gennemse for at vælge en placering',
 'Choose where to save the case file.': 'Vælg, hvor sagsfilen skal gemmes.',
 'This passphrase cannot be used: choose a stronger one.': 'Denne adgangsfrase kan ikke bruges: vælg en stærkere.',
 'The two passphrases are not the same.': 'De to adgangsfraser er ikke ens.',
 'Hide passphrase': 'Skjul adgangsfrase',
 'Show passphrase': 'Vis adgangsfrase',
 'Enter a passphrase.': 'Skriv en adgangsfrase.',
 'Too easy to guess: it is mostly a common word or name.': 'For let at gætte: den er mest et almindeligt ord eller navn.',
 'Too easy to guess: it repeats characters or words.': 'For let at gætte: den gentager tegn eller ord.',
 'Too easy to guess: it is a sequence such as "abcd" or "1234".': 'For let at gætte: den er en række som "abcd" eller "1234".',
 'Too easy to guess: it follows keys next to each other on the keyboard.': 'For let at gætte: den følger taster, der sidder ved siden af hinanden.',
 'Too easy to guess: it contains a date or a year.': 'For let at gætte: den indeholder en dato eller et årstal.',
 'Too easy to guess: add more unrelated words.': 'For let at gætte: tilføj flere ord, der ikke hænger sammen.',
 'Very weak': 'meget svag',
 'Weak': 'svag',
 'Fair': 'rimelig',
 'Strong': 'stærk',
 'Very strong': 'meget stærk',
 'Use four or more unrelated words. A forgotten passphrase cannot be recovered.':
  'Brug fire eller flere ord, der ikke hænger sammen. En glemt adgangsfrase kan ikke genskabes.',
 'Strength: %1. Good.': 'Styrke: %1. God.',
 'Strength: %1. %2': 'Styrke: %1. %2',
 'Passphrase strength': 'Adgangsfrasens styrke',
 'Settings': 'Indstillinger',
 'General': 'Generelt',
 'Case file': 'Sagsfil',
 'System language': 'Systemets sprog',
 '&Language:': '&Sprog:',
 'Locking': 'Låsning',
 'Lock &after:': 'Lås &efter:',
 ' min without use': ' min. uden brug',
 'Lock when the &screen locks or the computer sleeps': 'Lås, når s&kærmen låses, eller computeren går i dvale',
 'You can always lock at once with Ctrl+L. Locking closes the case file and clears the screen; the passphrase opens it again where you were.':
  'Du kan altid låse med det samme med Ctrl+L. Låsning lukker sagsfilen og rydder skærmen; adgangsfrasen åbner den igen, hvor du var.',
 'These settings are stored inside the encrypted case file and travel with it.':
  'Disse indstillinger gemmes inde i den krypterede sagsfil og følger med den.',
 '&Municipality:': '&Kommune:',
 'e.g. Furesø Kommune': 'f.eks. Furesø Kommune',
 'Language': 'Sprog',
 'Minutes without use before locking': 'Minutter uden brug før låsning',
 'Municipality name': 'Kommunens navn',
 "Enter the case file's passphrase.": 'Skriv sagsfilens adgangsfrase.',
 'The case file is locked': 'Sagsfilen er låst',
 'Cancel': 'Annuller',
 '&Unlock': '&Lås op',
 'Unlocking… this takes a second or two.': 'Låser op… det tager et sekund eller to.',
 'Unlock': 'Lås op',
 'Welcome to Trædesten': 'Velkommen til Trædesten',
 'Personal budgets, stepping stones and family plans for the citizens you support — kept in one encrypted case file on this computer.':
  'Personlige budgetter, trædesten og familieplaner for de borgere, du støtter — opbevaret i én krypteret sagsfil på denne computer.',
 '&Settings…': '&Indstillinger…',
 '&Recent case files': 'S&eneste sagsfiler',
 'No case files opened yet. Create a new case file, or open one you have been given.':
  'Ingen sagsfiler er åbnet endnu. Opret en ny sagsfil, eller åbn en, du har fået.',
 'Only file locations are remembered here, never anything about citizens. Press Delete to remove a file from the list.':
  'Her huskes kun filernes placering, aldrig noget om borgere. Tryk Delete for at fjerne en fil fra listen.',
 'Recent case files': 'Seneste sagsfiler',

 'You do not have permission to read this case file. Check the file\'s permissions, or ask the person who gave it to you.':
  'Du har ikke tilladelse til at læse denne sagsfil. Tjek filens rettigheder, eller spørg den, der gav dig den.',
 'Open &anyway…': 'Åbn alli&gevel…',
 'The case file is open on the computer "%1" (or was, when that computer stopped). Close it there first. If that computer crashed or was switched off, you can open the file here anyway.':
  'Sagsfilen er åben på computeren "%1" (eller var det, da den computer stoppede). Luk den der først. Hvis den computer gik ned eller blev slukket, kan du åbne filen her alligevel.',
 'Open anyway?': 'Åbn alligevel?',
 'Only continue if Trædesten is not running on "%1" any more. If the case file is changed in two places at once, changes can be lost.':
  'Fortsæt kun, hvis Trædesten ikke længere kører på "%1". Hvis sagsfilen ændres to steder på én gang, kan ændringer gå tabt.',
 'Open &anyway': 'Åbn alli&gevel',
 "The other computer's lock was removed. Enter the passphrase to open the case file.":
  'Den anden computers lås er fjernet. Skriv adgangsfrasen for at åbne sagsfilen.',

 'Active': 'Aktiv',
 'Closed': 'Afsluttet',
 'Homelessness': 'Hjemløshed',
 'Substance use': 'Misbrug',
 'Mental illness': 'Psykisk sygdom',
 'Vulnerable family': 'Udsat familie',
 'Young people': 'Unge',
 'Education': 'Uddannelse',
 'Employment': 'Beskæftigelse',
 'Housing': 'Bolig',
 'Health': 'Helbred',
 'Mental well-being': 'Psykisk trivsel',
 'Relations and network': 'Relationer og netværk',
 'Finances and debt': 'Økonomi og gæld',
 'Family': 'Familie',
 'Leisure': 'Fritid',
 'Other': 'Andet',
 'Planned': 'Planlagt',
 'In progress': 'I gang',
 'Done': 'Nået',
 'Dropped': 'Opgivet',
 'demo-caseload': 'demo-sagsstamme',
 '%1 (%2)': '%1 (%2)',
 '%1 of %2': '%1 af %2',
 'Next stepping stone: %1, due %2': 'Næste trædesten: %1, senest %2',
 'Citizen': 'Borger',
 'Household': 'Husstand',
 'Status': 'Status',
 'Target groups': 'Målgrupper',
 'Next stepping stone': 'Næste trædesten',
 'Last meeting': 'Seneste møde',
 'Stones done': 'Trædesten nået',
 'Search names, households and goals (Ctrl+F)': 'Søg i navne, husstande og mål (Ctrl+F)',
 'Search the caseload': 'Søg i sagsstammen',
 'No citizen matches the search and filters. Clear the search field or choose "All" in the filters.':
  'Ingen borger passer til søgningen og filtrene. Ryd søgefeltet, eller vælg "Alle" i filtrene.',
 'All statuses': 'Alle statusser',
 'Filter by status': 'Filtrér efter status',
 'All target groups': 'Alle målgrupper',
 'Filter by target group': 'Filtrér efter målgruppe',
 'All support persons': 'Alle støttepersoner',
 'Filter by support person': 'Filtrér efter støtteperson',
 'Try with demo data': 'Prøv med demodata',
 '&Try with demo data…': '&Prøv med demodata…',
 'Creates a new case file with made-up citizens to try Trædesten with': 'Opretter en ny sagsfil med opdigtede borgere, så du kan prøve Trædesten',
}

# Plural forms: Danish has two (one, other).
DA_PLURAL = {
 '%n citizen(s)': ['%n borger', '%n borgere'],
 'Showing %1 of %n citizen(s)': ['Viser %1 af %n borger', 'Viser %1 af %n borgere'],
 'Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.':
  ['Trædesten opretter en ny sagsfil med %n opdigtet borger med husstand, mål, trædesten og møder, så du kan prøve det hele uden rigtige data. Den er krypteret som enhver anden sagsfil.',
   'Trædesten opretter en ny sagsfil med %n opdigtede borgere med husstande, mål, trædesten og møder, så du kan prøve det hele uden rigtige data. Den er krypteret som enhver anden sagsfil.'],
 'Locks after %n minute(s) without use': ['Låser efter %n minut uden brug', 'Låser efter %n minutter uden brug'],
 'Too short: use at least %n characters.': ['For kort: brug mindst %n tegn.', 'For kort: brug mindst %n tegn.'],
}
EN_PLURAL = {
 '%n citizen(s)': ['%n citizen', '%n citizens'],
 'Showing %1 of %n citizen(s)': ['Showing %1 of %n citizen', 'Showing %1 of %n citizens'],
 'Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.':
  ['Trædesten creates a new case file with %n made-up citizen, their household, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.',
   'Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.'],
 'Locks after %n minute(s) without use': ['Locks after %n minute without use', 'Locks after %n minutes without use'],
 'Too short: use at least %n characters.': ['Too short: use at least %n character.', 'Too short: use at least %n characters.'],
}
