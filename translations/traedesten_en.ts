<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BudgetStatement</name>
    <message>
        <source>Budget statement</source>
        <translation>Budget statement</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Budget period</source>
        <translation>Budget period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Budget cap</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Decided together with the citizen</source>
        <translation>Decided together with the citizen</translation>
    </message>
    <message>
        <source>Signature, citizen</source>
        <translation>Signature, citizen</translation>
    </message>
    <message>
        <source>Signature, support person</source>
        <translation>Signature, support person</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
</context>
<context>
    <name>CaseloadReportPrint</name>
    <message>
        <source>Caseload report</source>
        <translation>Caseload report</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Figures for the whole caseload. No citizen can be recognised from them.</source>
        <translation>Figures for the whole caseload. No citizen can be recognised from them.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Did the citizens reach their goals?</source>
        <translation>Did the citizens reach their goals?</translation>
    </message>
    <message>
        <source>The citizen's own assessment</source>
        <translation>The citizen's own assessment</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Of those assessed</source>
        <translation>Of those assessed</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>The support person's assessment</source>
        <translation>The support person's assessment</translation>
    </message>
    <message>
        <source>What the goals are about</source>
        <translation>What the goals are about</translation>
    </message>
    <message>
        <source>Goal category</source>
        <translation>Goal category</translation>
    </message>
    <message>
        <source>Personal budgets</source>
        <translation>Personal budgets</translation>
    </message>
    <message>
        <source>Spending category</source>
        <translation>Spending category</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Indicators from baseline to latest</source>
        <translation>Indicators from baseline to latest</translation>
    </message>
    <message>
        <source>Citizens measured at least twice; the baseline is each citizen's first measurement. For WHO-5 only a change of 10 points or more counts.</source>
        <translation>Citizens measured at least twice; the baseline is each citizen's first measurement. For WHO-5 only a change of 10 points or more counts.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>Public cost of the families</source>
        <translation>Public cost of the families</translation>
    </message>
    <message>
        <source>No benefits or services recorded yet.</source>
        <translation>No benefits or services recorded yet.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s): %1 active, %2 closed.</source>
        <translation><numerusform>%n citizen: %1 active, %2 closed.</numerusform><numerusform>%n citizens: %1 active, %2 closed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n long-term goal(s). The citizen's own end assessment and the support person's are kept side by side: they often differ.</source>
        <translation><numerusform>%n long-term goal. The citizen's own end assessment and the support person's are kept side by side: they often differ.</numerusform><numerusform>%n long-term goals. The citizen's own end assessment and the support person's are kept side by side: they often differ.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) with caps of %1 in all; %2 used. On average %3 per budget, %4 of its cap.</source>
        <translation><numerusform>%n budget with a cap of %1; %2 used. On average %3 per budget, %4 of its cap.</numerusform><numerusform>%n budgets with caps of %1 in all; %2 used. On average %3 per budget, %4 of its cap.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) in another currency are left out.</source>
        <translation><numerusform>%n budget in another currency is left out.</numerusform><numerusform>%n budgets in another currency are left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with benefits or services. In their first month they cost %1 a month in all; now %2, a change of %3.</source>
        <translation><numerusform>%n household with benefits or services. In its first month it cost %1 a month; now %2, a change of %3.</numerusform><numerusform>%n households with benefits or services. In their first month they cost %1 a month in all; now %2, a change of %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Homelessness</source>
        <translation>Homelessness</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>Vulnerable family</source>
        <translation>Vulnerable family</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Mental well-being</source>
        <translation>Mental well-being</translation>
    </message>
    <message>
        <source>Relations and network</source>
        <translation>Relations and network</translation>
    </message>
    <message>
        <source>Finances and debt</source>
        <translation>Finances and debt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>goal status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Child / young person</source>
        <translation>Child / young person</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Transport and driving lessons</source>
        <translation>Transport and driving lessons</translation>
    </message>
    <message>
        <source>Health and dental</source>
        <translation>Health and dental</translation>
    </message>
    <message>
        <source>Clothing and hairdresser</source>
        <translation>Clothing and hairdresser</translation>
    </message>
    <message>
        <source>Housing and deposit</source>
        <translation>Housing and deposit</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Phone and IT</source>
        <translation>Phone and IT</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Education and courses</translation>
    </message>
    <message>
        <source>Documents and ID</source>
        <translation>Documents and ID</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Debt</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>Other spending</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <source>Family department</source>
        <translation>Family department</translation>
    </message>
    <message>
        <source>Housing social effort</source>
        <translation>Housing social effort</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Health and psychiatry</source>
        <translation>Health and psychiatry</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>intervention status</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>intervention status</comment>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>intervention status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>intervention status</comment>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not right. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>The passphrase is not right. Check Caps Lock and the keyboard layout, and try again.</translation>
    </message>
    <message>
        <source>The case file is damaged or is not a Trædesten case file. It has not been changed. Open your latest backup, or ask your IT support for help.</source>
        <translation>The case file is damaged or is not a Trædesten case file. It has not been changed. Open your latest backup, or ask your IT support for help.</translation>
    </message>
    <message>
        <source>This case file was saved by a newer version of Trædesten. Update Trædesten to open it. The file has not been changed.</source>
        <translation>This case file was saved by a newer version of Trædesten. Update Trædesten to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>The case file is already open in another Trædesten window, perhaps on another computer. Close it there first.</source>
        <translation>The case file is already open in another Trædesten window, perhaps on another computer. Close it there first.</translation>
    </message>
    <message>
        <source>The case file could not be found. It may have been moved, renamed or deleted, or the drive it is on is not connected.</source>
        <translation>The case file could not be found. It may have been moved, renamed or deleted, or the drive it is on is not connected.</translation>
    </message>
    <message>
        <source>Trædesten may not write to the case file or its folder. Check the file's permissions, or copy it to a folder you can write to.</source>
        <translation>Trædesten may not write to the case file or its folder. Check the file's permissions, or copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing has been lost.</source>
        <translation>The disk is full. Free some space and try again; nothing has been lost.</translation>
    </message>
    <message>
        <source>The case file could not be read or written. Check that its drive is connected and try again.</source>
        <translation>The case file could not be read or written. Check that its drive is connected and try again.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The case file is locked. Unlock it first.</source>
        <translation>The case file is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>This installation of Trædesten uses an encryption library that is too old (SQLCipher 4 or newer is needed). Ask your IT support to update it.</source>
        <translation>This installation of Trædesten uses an encryption library that is too old (SQLCipher 4 or newer is needed). Ask your IT support to update it.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the case file. Close other programs and try again.</source>
        <translation>There is not enough free memory to unlock the case file. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The value was not accepted.</source>
        <translation>The value was not accepted.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing has been changed. If it happens again, tell your IT support.</source>
        <translation>Something unexpected went wrong. Nothing has been changed. If it happens again, tell your IT support.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another place for the case file.</source>
        <translation>The folder does not exist. Choose another place for the case file.</translation>
    </message>
    <message>
        <source>Trædesten may not write in that folder. Choose another place for the case file.</source>
        <translation>Trædesten may not write in that folder. Choose another place for the case file.</translation>
    </message>
    <message>
        <source>The disk is full, so the case file was not created. Free some space and try again.</source>
        <translation>The disk is full, so the case file was not created. Free some space and try again.</translation>
    </message>
    <message>
        <source>You do not have permission to read this case file. Check the file's permissions, or ask the person who gave it to you.</source>
        <translation>You do not have permission to read this case file. Check the file's permissions, or ask the person who gave it to you.</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>This must be filled in.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This is not a possible date.</source>
        <translation>This is not a possible date.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>A CPR number has the form DDMMYY-SSSS and begins with a real date.</source>
        <translation>A CPR number has the form DDMMYY-SSSS and begins with a real date.</translation>
    </message>
    <message>
        <source>This number is outside the possible range.</source>
        <translation>This number is outside the possible range.</translation>
    </message>
    <message>
        <source>This no longer exists. It may have been deleted; choose again.</source>
        <translation>This no longer exists. It may have been deleted; choose again.</translation>
    </message>
    <message>
        <source>A refund cannot be larger than what has been spent (%1).</source>
        <translation>A refund cannot be larger than what has been spent (%1).</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>This amount is too large.</translation>
    </message>
    <message>
        <source>This is not an amount. Write it like %1.</source>
        <translation>This is not an amount. Write it like %1.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>The ledger already uses %1, more than a budget cap of %2.</source>
        <translation>The ledger already uses %1, more than a budget cap of %2.</translation>
    </message>
    <message>
        <source>This would take the budget below zero: only %1 is left of the cap of %2.</source>
        <translation>This would take the budget below zero: only %1 is left of the cap of %2.</translation>
    </message>
    <message>
        <source>The ledger has entries from %1 to %2: the budget period must include them.</source>
        <translation>The ledger has entries from %1 to %2: the budget period must include them.</translation>
    </message>
    <message>
        <source>The date must lie within the budget period, %1 to %2.</source>
        <translation>The date must lie within the budget period, %1 to %2.</translation>
    </message>
    <message>
        <source>This entry has been voided and can no longer change.</source>
        <translation>This entry has been voided and can no longer change.</translation>
    </message>
    <message>
        <source>This citizen already has a personal budget.</source>
        <translation>This citizen already has a personal budget.</translation>
    </message>
    <message>
        <source>Purchases are tied to this, so it cannot be deleted: the money must stay explained. Mark it dropped instead.</source>
        <translation>Purchases are tied to this, so it cannot be deleted: the money must stay explained. Mark it dropped instead.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a receipt may be.</source>
        <translation>The file is larger than %1 MB, the most a receipt may be.</translation>
    </message>
    <message>
        <source>Version %1 of the family plan is signed and stays as it was. Start a new version to make changes.</source>
        <translation>Version %1 of the family plan is signed and stays as it was. Start a new version to make changes.</translation>
    </message>
    <message>
        <source>This would give back more than has been spent (%1): void the refund first.</source>
        <translation>This would give back more than has been spent (%1): void the refund first.</translation>
    </message>
    <message>
        <source>This would take the budget below zero: %1 is left of the cap of %2.</source>
        <translation>This would take the budget below zero: %1 is left of the cap of %2.</translation>
    </message>
    <message>
        <source>The personal budget is closed: it takes no new entries. Open it again with Edit budget if needed.</source>
        <translation>The personal budget is closed: it takes no new entries. Open it again with Edit budget if needed.</translation>
    </message>
    <message>
        <source>This entry is paid: its amount, date, kind and stepping stone stay as they were. Void it with a reason and enter it again.</source>
        <translation>This entry is paid: its amount, date, kind and stepping stone stay as they were. Void it with a reason and enter it again.</translation>
    </message>
</context>
<context>
    <name>FamilyPlanPrint</name>
    <message>
        <source>My plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Our goals as a family</source>
        <translation>Our goals as a family</translation>
    </message>
    <message>
        <source>None written yet.</source>
        <translation>None written yet.</translation>
    </message>
    <message>
        <source>%1's own goals</source>
        <translation>%1's own goals</translation>
    </message>
    <message>
        <source>Stepping stones</source>
        <translation>Stepping stones</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>%1 to %2, given %3</source>
        <translation>%1 to %2, given %3</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>This is %1's plan.</source>
        <translation>This is %1's plan.</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>What I want</translation>
    </message>
    <message>
        <source>My stepping stones on the way:</source>
        <translation>My stepping stones on the way:</translation>
    </message>
    <message>
        <source>done!</source>
        <translation>done!</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>We will write my goals together.</source>
        <translation>We will write my goals together.</translation>
    </message>
    <message>
        <source>Who helps me</source>
        <translation>Who helps me</translation>
    </message>
    <message>
        <source>My support person is %1.</source>
        <translation>My support person is %1.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Consent missing: %1</source>
        <translation>Consent missing: %1</translation>
    </message>
    <message>
        <source>Missing consent: %1 to %2, for “%3”</source>
        <translation>Missing consent: %1 to %2, for “%3”</translation>
    </message>
    <message>
        <source>Family coordinator</source>
        <translation>Family coordinator</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Hours a week in work or education</source>
        <translation>Hours a week in work or education</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Well-being (WHO-5)</source>
        <translation>Well-being (WHO-5)</translation>
    </message>
    <message>
        <source>Self-rated health</source>
        <translation>Self-rated health</translation>
    </message>
    <message>
        <source>School absence</source>
        <translation>School absence</translation>
    </message>
    <message>
        <source>Leisure activity</source>
        <translation>Leisure activity</translation>
    </message>
    <message>
        <source>Functioning: self-care (FFB)</source>
        <translation>Functioning: self-care (FFB)</translation>
    </message>
    <message>
        <source>Functioning: practical tasks at home (FFB)</source>
        <translation>Functioning: practical tasks at home (FFB)</translation>
    </message>
    <message>
        <source>Functioning: mobility (FFB)</source>
        <translation>Functioning: mobility (FFB)</translation>
    </message>
    <message>
        <source>Functioning: community life (FFB)</source>
        <translation>Functioning: community life (FFB)</translation>
    </message>
    <message>
        <source>Functioning: social life (FFB)</source>
        <translation>Functioning: social life (FFB)</translation>
    </message>
    <message>
        <source>Functioning: health (FFB)</source>
        <translation>Functioning: health (FFB)</translation>
    </message>
    <message>
        <source>Functioning: communication (FFB)</source>
        <translation>Functioning: communication (FFB)</translation>
    </message>
    <message>
        <source>Functioning: mental functions (FFB)</source>
        <translation>Functioning: mental functions (FFB)</translation>
    </message>
    <message>
        <source>Dependence on cash benefit</source>
        <translation>Dependence on cash benefit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
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
        <translation>of 100</translation>
    </message>
    <message>
        <source>of 5</source>
        <translation>of 5</translation>
    </message>
    <message>
        <source>of 4</source>
        <translation>of 4</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinary job</translation>
    </message>
    <message>
        <source>Subsidised job (flex job, wage subsidy)</source>
        <translation>Subsidised job (flex job, wage subsidy)</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>In education</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>On sick leave</translation>
    </message>
    <message>
        <source>Disability pension</source>
        <translation>Disability pension</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Own or rented home</source>
        <translation>Own or rented home</translation>
    </message>
    <message>
        <source>Staying with family or friends</source>
        <translation>Staying with family or friends</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Supported housing</translation>
    </message>
    <message>
        <source>Hostel (shelter)</source>
        <translation>Hostel (shelter)</translation>
    </message>
    <message>
        <source>Sleeping rough</source>
        <translation>Sleeping rough</translation>
    </message>
    <message>
        <source>Institution or treatment</source>
        <translation>Institution or treatment</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Self-supporting</translation>
    </message>
    <message>
        <source>Partly on cash benefit</source>
        <translation>Partly on cash benefit</translation>
    </message>
    <message>
        <source>Fully on cash benefit</source>
        <translation>Fully on cash benefit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>I have felt cheerful and in good spirits</source>
        <translation>I have felt cheerful and in good spirits</translation>
    </message>
    <message>
        <source>I have felt calm and relaxed</source>
        <translation>I have felt calm and relaxed</translation>
    </message>
    <message>
        <source>I have felt active and vigorous</source>
        <translation>I have felt active and vigorous</translation>
    </message>
    <message>
        <source>I woke up feeling fresh and rested</source>
        <translation>I woke up feeling fresh and rested</translation>
    </message>
    <message>
        <source>My daily life has been filled with things that interest me</source>
        <translation>My daily life has been filled with things that interest me</translation>
    </message>
    <message>
        <source>5 – All of the time</source>
        <translation>5 – All of the time</translation>
    </message>
    <message>
        <source>4 – Most of the time</source>
        <translation>4 – Most of the time</translation>
    </message>
    <message>
        <source>3 – More than half of the time</source>
        <translation>3 – More than half of the time</translation>
    </message>
    <message>
        <source>2 – Less than half of the time</source>
        <translation>2 – Less than half of the time</translation>
    </message>
    <message>
        <source>1 – Some of the time</source>
        <translation>1 – Some of the time</translation>
    </message>
    <message>
        <source>0 – At no time</source>
        <translation>0 – At no time</translation>
    </message>
    <message>
        <source>%1 of 100: low; 35 or below suggests a high risk of depression. Talk about it, and consider referring to the doctor.</source>
        <translation>%1 of 100: low; 35 or below suggests a high risk of depression. Talk about it, and consider referring to the doctor.</translation>
    </message>
    <message>
        <source>%1 of 100: 50 or below suggests poor well-being.</source>
        <translation>%1 of 100: 50 or below suggests poor well-being.</translation>
    </message>
    <message>
        <source>%1 of 100: above 50, no sign of poor well-being.</source>
        <translation>%1 of 100: above 50, no sign of poor well-being.</translation>
    </message>
    <message>
        <source>Achieved the goal</source>
        <translation>Achieved the goal</translation>
    </message>
    <message>
        <source>Got closer to the goal</source>
        <translation>Got closer to the goal</translation>
    </message>
    <message>
        <source>Not closer to the goal</source>
        <translation>Not closer to the goal</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Not at all</translation>
    </message>
    <message>
        <source>To a small degree</source>
        <translation>To a small degree</translation>
    </message>
    <message>
        <source>To some degree</source>
        <translation>To some degree</translation>
    </message>
    <message>
        <source>To a high degree</source>
        <translation>To a high degree</translation>
    </message>
    <message>
        <source>To a very high degree</source>
        <translation>To a very high degree</translation>
    </message>
    <message>
        <source>Cash benefit</source>
        <translation>Cash benefit</translation>
    </message>
    <message>
        <source>Housing benefit</source>
        <translation>Housing benefit</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <source>Family treatment</source>
        <translation>Family treatment</translation>
    </message>
    <message>
        <source>Placement in care</source>
        <translation>Placement in care</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>Preventive measures</translation>
    </message>
    <message>
        <source>Psychiatric support</source>
        <translation>Psychiatric support</translation>
    </message>
    <message>
        <source>Other benefit or service</source>
        <translation>Other benefit or service</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>End assessment of the goals</source>
        <translation>End assessment of the goals</translation>
    </message>
    <message>
        <source>Citizens' own</source>
        <translation>Citizens' own</translation>
    </message>
    <message>
        <source>Support persons'</source>
        <translation>Support persons'</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Spending by category</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AppController</name>
    <message>
        <source>caseload</source>
        <comment>default file name of a new case file</comment>
        <translation>caseload</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Trædesten case files (*.traedesten)</source>
        <translation>Trædesten case files (*.traedesten)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>demo-caseload</source>
        <comment>default file name of a demo case file</comment>
        <translation>demo-caseload</translation>
    </message>
    <message>
        <source>edit citizen</source>
        <translation>edit citizen</translation>
    </message>
    <message>
        <source>add citizen</source>
        <translation>add citizen</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::AssessmentDialog</name>
    <message>
        <source>End assessment of the goal</source>
        <translation>End assessment of the goal</translation>
    </message>
    <message>
        <source>The &amp;citizen's own:</source>
        <translation>The &amp;citizen's own:</translation>
    </message>
    <message>
        <source>The &amp;support person's:</source>
        <translation>The &amp;support person's:</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitDialog</name>
    <message>
        <source>New benefit</source>
        <translation>New benefit</translation>
    </message>
    <message>
        <source>Edit benefit</source>
        <translation>Edit benefit</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Receiver:</translation>
    </message>
    <message>
        <source>&amp;Benefit or service:</source>
        <translation>&amp;Benefit or service:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Cost a month:</source>
        <translation>&amp;Cost a month:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>Leave empty while it is still running</source>
        <translation>Leave empty while it is still running</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Benefit or service</source>
        <translation>Benefit or service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>A month</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BenefitTypesDialog</name>
    <message>
        <source>add kind of benefit</source>
        <translation>add kind of benefit</translation>
    </message>
    <message>
        <source>rename kind of benefit</source>
        <translation>rename kind of benefit</translation>
    </message>
    <message>
        <source>archive kind of benefit</source>
        <translation>archive kind of benefit</translation>
    </message>
    <message>
        <source>bring back kind of benefit</source>
        <translation>bring back kind of benefit</translation>
    </message>
    <message>
        <source>Kinds of benefits and services</source>
        <translation>Kinds of benefits and services</translation>
    </message>
    <message>
        <source>New kind of benefit or service</source>
        <translation>New kind of benefit or service</translation>
    </message>
    <message>
        <source>Rename kind of benefit or service</source>
        <translation>Rename kind of benefit or service</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no department</comment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>The department that usually grants “%1”:</source>
        <translation>The department that usually grants “%1”:</translation>
    </message>
    <message>
        <source>set the department of a kind of benefit</source>
        <translation>set the department of a kind of benefit</translation>
    </message>
    <message>
        <source>&amp;Department…</source>
        <translation>&amp;Department…</translation>
    </message>
    <message>
        <source>The department that usually grants this kind: filled in for new benefits</source>
        <translation>The department that usually grants this kind: filled in for new benefits</translation>
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
        <translation>No benefits or services recorded for the household yet. Add what each member receives, with its monthly cost, to follow the public cost as the family gains independence.</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>edit benefit</source>
        <translation>edit benefit</translation>
    </message>
    <message>
        <source>add benefit</source>
        <translation>add benefit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1 for %2? To record that it has stopped, give it an end date instead.</source>
        <translation>Delete %1 for %2? To record that it has stopped, give it an end date instead.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>delete benefit</source>
        <translation>delete benefit</translation>
    </message>
    <message>
        <source>&amp;Add benefit…</source>
        <translation>&amp;Add benefit…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&amp;Kinds of benefits…</source>
        <translation>&amp;Kinds of benefits…</translation>
    </message>
    <message>
        <source>Benefits are followed per member of the household, so the family's whole public cost can be seen.
Put the citizen in a household on the Household tab first; a household of one is fine.</source>
        <translation>Benefits are followed per member of the household, so the family's whole public cost can be seen.
Put the citizen in a household on the Household tab first; a household of one is fine.</translation>
    </message>
    <message>
        <source>Benefits and services</source>
        <translation>Benefits and services</translation>
    </message>
    <message>
        <source>Public cost this month (%1): %2</source>
        <translation>Public cost this month (%1): %2</translation>
    </message>
    <message>
        <source> — no benefit runs this month.</source>
        <translation> — no benefit runs this month.</translation>
    </message>
    <message>
        <source> — %1; a full month: %2.</source>
        <translation> — %1; a full month: %2.</translation>
    </message>
    <message numerus="yes">
        <source> — a whole month of %n benefit(s).</source>
        <translation><numerusform> — a whole month of %n benefit.</numerusform><numerusform> — a whole month of %n benefits.</numerusform></translation>
    </message>
    <message>
        <source>In %1, the first month (pro-rated: %2): %3.</source>
        <translation>In %1, the first month (pro-rated: %2): %3.</translation>
    </message>
    <message>
        <source>In %1, the first month: %2.</source>
        <translation>In %1, the first month: %2.</translation>
    </message>
    <message>
        <source>Change: %1%2.</source>
        <translation>Change: %1%2.</translation>
    </message>
    <message>
        <source>Remove the chosen benefit</source>
        <translation>Remove the chosen benefit</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetCharts</name>
    <message>
        <source>Use of the budget over time</source>
        <translation>Use of the budget over time</translation>
    </message>
    <message>
        <source>Used (reserved and paid)</source>
        <translation>Used (reserved and paid)</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Budget cap</translation>
    </message>
    <message>
        <source>Use by spending category</source>
        <translation>Use by spending category</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
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
        <translation>New personal budget</translation>
    </message>
    <message>
        <source>Edit personal budget</source>
        <translation>Edit personal budget</translation>
    </message>
    <message>
        <source>Budget &amp;cap (%1):</source>
        <translation>Budget &amp;cap (%1):</translation>
    </message>
    <message>
        <source>The cap is a limit, not a target.</source>
        <translation>The cap is a limit, not a target.</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Period &amp;starts:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>15 months (2022 trial law)</source>
        <translation>15 months (2022 trial law)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>budget status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>budget status</comment>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::BudgetPage</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 left of %2</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>Reserved %1</source>
        <translation>Reserved %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Refunded %1</translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <translation>Period %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>budget status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>set up personal budget</source>
        <translation>set up personal budget</translation>
    </message>
    <message>
        <source>edit personal budget</source>
        <translation>edit personal budget</translation>
    </message>
    <message>
        <source>add purchase</source>
        <translation>add purchase</translation>
    </message>
    <message>
        <source>add refund</source>
        <translation>add refund</translation>
    </message>
    <message>
        <source>add adjustment</source>
        <translation>add adjustment</translation>
    </message>
    <message>
        <source>edit ledger entry</source>
        <translation>edit ledger entry</translation>
    </message>
    <message>
        <source>mark paid</source>
        <translation>mark paid</translation>
    </message>
    <message>
        <source>void entry</source>
        <translation>void entry</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>Save statement as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>No personal budget yet.
A personal budget is a drawing right of up to the cap for 12 or 15 months. The citizen decides with you what it is spent on; you make the purchases.</source>
        <translation>No personal budget yet.
A personal budget is a drawing right of up to the cap for 12 or 15 months. The citizen decides with you what it is spent on; you make the purchases.</translation>
    </message>
    <message>
        <source>Set up a &amp;personal budget…</source>
        <translation>Set up a &amp;personal budget…</translation>
    </message>
    <message>
        <source>Edit budget…</source>
        <translation>Edit budget…</translation>
    </message>
    <message>
        <source>Statement language:</source>
        <translation>Statement language:</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <source>Statement as PDF…</source>
        <translation>Statement as PDF…</translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation>New &amp;purchase…</translation>
    </message>
    <message>
        <source>A purchase for one of the citizen's stepping stones (Ctrl+Shift+P)</source>
        <translation>A purchase for one of the citizen's stepping stones (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Adjustment…</translation>
    </message>
    <message>
        <source>Ed&amp;it entry…</source>
        <translation>Ed&amp;it entry…</translation>
    </message>
    <message>
        <source>Mark p&amp;aid</source>
        <translation>Mark p&amp;aid</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Entries are never deleted: a voided entry stays, crossed out, with its reason</source>
        <translation>Entries are never deleted: a voided entry stays, crossed out, with its reason</translation>
    </message>
    <message>
        <source>Receip&amp;ts…</source>
        <translation>Receip&amp;ts…</translation>
    </message>
    <message>
        <source>Search descriptions, payees and stepping stones</source>
        <translation>Search descriptions, payees and stepping stones</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <translation>Search the ledger</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>All spending categories</source>
        <translation>All spending categories</translation>
    </message>
    <message>
        <source>Filter by spending category</source>
        <translation>Filter by spending category</translation>
    </message>
    <message>
        <source>Spending categories…</source>
        <translation>Spending categories…</translation>
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
        <translation>Not saved</translation>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Next stepping stone: %1, due %2</source>
        <translation>Next stepping stone: %1, due %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Next stepping stone</source>
        <translation>Next stepping stone</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Stones done</source>
        <translation>Stones done</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Next follow-up in the family plan: %1</source>
        <translation>Next follow-up in the family plan: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Caseload — %1</source>
        <translation>Caseload — %1</translation>
    </message>
    <message>
        <source>No citizens in this case file yet</source>
        <translation>No citizens in this case file yet</translation>
    </message>
    <message>
        <source>Each citizen you support will be listed here with their long-term goals, the next stepping stone and how much of the personal budget is used. Everything is kept encrypted in this case file. Press Ctrl+L to lock it whenever you step away.</source>
        <translation>Each citizen you support will be listed here with their long-term goals, the next stepping stone and how much of the personal budget is used. Everything is kept encrypted in this case file. Press Ctrl+L to lock it whenever you step away.</translation>
    </message>
    <message>
        <source>Enter &amp;municipality…</source>
        <translation>Enter &amp;municipality…</translation>
    </message>
    <message>
        <source>Plans and statements from this case file are printed for %1.</source>
        <translation>Plans and statements from this case file are printed for %1.</translation>
    </message>
    <message>
        <source>Case file &amp;settings…</source>
        <translation>Case file &amp;settings…</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation><numerusform>%n citizen</numerusform><numerusform>%n citizens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n citizen(s)</source>
        <translation><numerusform>Showing %1 of %n citizen</numerusform><numerusform>Showing %1 of %n citizens</numerusform></translation>
    </message>
    <message>
        <source>Search names, households and goals (Ctrl+F)</source>
        <translation>Search names, households and goals (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>No citizen matches the search and filters. Clear the search field or choose "All" in the filters.</source>
        <translation>No citizen matches the search and filters. Clear the search field or choose "All" in the filters.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Filter by target group</translation>
    </message>
    <message>
        <source>All support persons</source>
        <translation>All support persons</translation>
    </message>
    <message>
        <source>Filter by support person</source>
        <translation>Filter by support person</translation>
    </message>
    <message>
        <source>&amp;Add the first citizen…</source>
        <translation>&amp;Add the first citizen…</translation>
    </message>
    <message>
        <source>Start by adding the first citizen, and enter your municipality's name: it is printed at the top of plans and budget statements.</source>
        <translation>Start by adding the first citizen, and enter your municipality's name: it is printed at the top of plans and budget statements.</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Choose the columns of the caseload list (or right-click the list's header)</source>
        <translation>Choose the columns of the caseload list (or right-click the list's header)</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CategoriesDialog</name>
    <message>
        <source>New spending category</source>
        <translation>New spending category</translation>
    </message>
    <message>
        <source>add spending category</source>
        <translation>add spending category</translation>
    </message>
    <message>
        <source>Rename spending category</source>
        <translation>Rename spending category</translation>
    </message>
    <message>
        <source>rename spending category</source>
        <translation>rename spending category</translation>
    </message>
    <message>
        <source>archive spending category</source>
        <translation>archive spending category</translation>
    </message>
    <message>
        <source>bring back spending category</source>
        <translation>bring back spending category</translation>
    </message>
    <message>
        <source>Spending categories</source>
        <translation>Spending categories</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenDialog</name>
    <message>
        <source>Optional. Form: DDMMYY-SSSS.</source>
        <translation>Optional. Form: DDMMYY-SSSS.</translation>
    </message>
    <message>
        <source>Note: this number fails the old modulus-11 check. That is allowed (numbers from 2007 onwards may fail it), but check that it is typed correctly.</source>
        <translation>Note: this number fails the old modulus-11 check. That is allowed (numbers from 2007 onwards may fail it), but check that it is typed correctly.</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>Born %1.</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Edit citizen</source>
        <translation>Edit citizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Target groups:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>S&amp;upport person:</source>
        <translation>S&amp;upport person:</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation>(no household)</translation>
    </message>
    <message>
        <source>Hide the CPR number</source>
        <translation>Hide the CPR number</translation>
    </message>
    <message>
        <source>Show the CPR number</source>
        <translation>Show the CPR number</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenPage</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CitizenView</name>
    <message>
        <source>Support person: %1</source>
        <translation>Support person: %1</translation>
    </message>
    <message>
        <source>Choose a citizen in the list to see their goals, stepping stones, household and journal.</source>
        <translation>Choose a citizen in the list to see their goals, stepping stones, household and journal.</translation>
    </message>
    <message>
        <source>Edit the citizen's details (F2)</source>
        <translation>Edit the citizen's details (F2)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; stepping stones</source>
        <translation>&amp;Goals &amp;&amp; stepping stones</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Edit citi&amp;zen…</source>
        <translation>Edit citi&amp;zen…</translation>
    </message>
    <message>
        <source>Househo&amp;ld</source>
        <translation>Househo&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Famil&amp;y plan</source>
        <translation>Famil&amp;y plan</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ConsentDialog</name>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>For example: sharing information about the children's schooling</source>
        <translation>For example: sharing information about the children's schooling</translation>
    </message>
    <message>
        <source>G&amp;iven on:</source>
        <translation>G&amp;iven on:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expires:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::CostChart</name>
    <message>
        <source>Public cost a month, by department</source>
        <translation>Public cost a month, by department</translation>
    </message>
    <message>
        <source>kr. a month</source>
        <translation>kr. a month</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 days for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation><numerusform>%1 of %2 days for %n benefit</numerusform><numerusform>%1 of %2 days for %n benefits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>part of the month for %n benefit(s)</source>
        <comment>a pro-rated month</comment>
        <translation><numerusform>part of the month for %n benefit</numerusform><numerusform>part of the month for %n benefits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, the whole month for %n benefit(s)</source>
        <comment>a pro-rated month, continued</comment>
        <translation><numerusform>, the whole month for %n benefit</numerusform><numerusform>, the whole month for %n benefits</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: public cost</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pro-rated: %1; a full month: %2</source>
        <translation>Pro-rated: %1; a full month: %2</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <comment>placeholder of an empty date field: day, month, year</comment>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Choose in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Not a date</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DepartmentsDialog</name>
    <message>
        <source>add department</source>
        <translation>add department</translation>
    </message>
    <message>
        <source>rename department</source>
        <translation>rename department</translation>
    </message>
    <message>
        <source>archive department</source>
        <translation>archive department</translation>
    </message>
    <message>
        <source>bring back department</source>
        <translation>bring back department</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::DueItemsModel</name>
    <message>
        <source>Stepping stone</source>
        <translation>Stepping stone</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>of an intervention in the family plan</comment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Budget period ends</source>
        <translation>Budget period ends</translation>
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
        <translation>%1, given by %2</translation>
    </message>
    <message>
        <source>Personal budget %1 – %2</source>
        <translation>Personal budget %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of what is due</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Citizen or household</source>
        <translation>Citizen or household</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::EntryDialog</name>
    <message>
        <source>For the &amp;stepping stone:</source>
        <translation>For the &amp;stepping stone:</translation>
    </message>
    <message>
        <source>&amp;Stepping stone (optional):</source>
        <translation>&amp;Stepping stone (optional):</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>New ledger entry</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Edit ledger entry</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Amount (%1):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Stepping stone</translation>
    </message>
    <message>
        <source>Spending &amp;category:</source>
        <translation>Spending &amp;category:</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Payee:</translation>
    </message>
    <message>
        <source>For example: the driving school</source>
        <translation>For example: the driving school</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>&amp;Bought by:</source>
        <translation>&amp;Bought by:</translation>
    </message>
    <message>
        <source>Decided t&amp;ogether with the citizen</source>
        <translation>Decided t&amp;ogether with the citizen</translation>
    </message>
    <message>
        <source>Remaining room: %1 of the cap of %2 · period %3 to %4</source>
        <translation>Remaining room: %1 of the cap of %2 · period %3 to %4</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FamilyGoalDialog</name>
    <message>
        <source>New family goal</source>
        <translation>New family goal</translation>
    </message>
    <message>
        <source>Edit family goal</source>
        <translation>Edit family goal</translation>
    </message>
    <message>
        <source>&amp;Family goal:</source>
        <translation>&amp;Family goal:</translation>
    </message>
    <message>
        <source>In the family's own words</source>
        <translation>In the family's own words</translation>
    </message>
    <message>
        <source>&amp;Builds on:</source>
        <translation>&amp;Builds on:</translation>
    </message>
    <message>
        <source>The members' own long-term goals this family goal builds on</source>
        <translation>The members' own long-term goals this family goal builds on</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FamilyPlanPage</name>
    <message>
        <source>remove family goal</source>
        <translation>remove family goal</translation>
    </message>
    <message>
        <source>This citizen is not in a household.
A family plan belongs to a household: create one on the Household tab first.</source>
        <translation>This citizen is not in a household.
A family plan belongs to a household: create one on the Household tab first.</translation>
    </message>
    <message>
        <source>No family plan yet.
The family plan gathers every intervention for the adults and children across departments, prioritised, with who is responsible. Make it with the family.</source>
        <translation>No family plan yet.
The family plan gathers every intervention for the adults and children across departments, prioritised, with who is responsible. Make it with the family.</translation>
    </message>
    <message>
        <source>Version %1, signed %2</source>
        <translation>Version %1, signed %2</translation>
    </message>
    <message>
        <source>Version %1 (draft)</source>
        <translation>Version %1 (draft)</translation>
    </message>
    <message>
        <source>Being prepared with the family. Sign it at the meeting.</source>
        <translation>Being prepared with the family. Sign it at the meeting.</translation>
    </message>
    <message>
        <source>Kept as it was. Start a new version for the review.</source>
        <translation>Kept as it was. Start a new version for the review.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>create family plan</source>
        <translation>create family plan</translation>
    </message>
    <message>
        <source>add intervention</source>
        <translation>add intervention</translation>
    </message>
    <message>
        <source>edit intervention</source>
        <translation>edit intervention</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the intervention “%1” from the plan?</source>
        <translation>Remove the intervention “%1” from the plan?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>remove intervention</source>
        <translation>remove intervention</translation>
    </message>
    <message>
        <source>reorder interventions</source>
        <translation>reorder interventions</translation>
    </message>
    <message>
        <source>add family goal</source>
        <translation>add family goal</translation>
    </message>
    <message>
        <source>add consent</source>
        <translation>add consent</translation>
    </message>
    <message>
        <source>sign family plan</source>
        <translation>sign family plan</translation>
    </message>
    <message>
        <source>new version of the family plan</source>
        <translation>new version of the family plan</translation>
    </message>
    <message>
        <source>Save family plan as PDF</source>
        <translation>Save family plan as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Create the &amp;family plan</source>
        <translation>Create the &amp;family plan</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>New version for review</source>
        <translation>New version for review</translation>
    </message>
    <message>
        <source>Café-safe print (first names only, no CPR number or address)</source>
        <translation>Café-safe print (first names only, no CPR number or address)</translation>
    </message>
    <message>
        <source>Print family plan…</source>
        <translation>Print family plan…</translation>
    </message>
    <message>
        <source>Family plan as PDF…</source>
        <translation>Family plan as PDF…</translation>
    </message>
    <message>
        <source>Print my plan…</source>
        <translation>Print my plan…</translation>
    </message>
    <message>
        <source>The citizen's own plan in plain language</source>
        <translation>The citizen's own plan in plain language</translation>
    </message>
    <message>
        <source>Our goals as a family</source>
        <translation>Our goals as a family</translation>
    </message>
    <message>
        <source>The members' own goals</source>
        <translation>The members' own goals</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Add intervention…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Language of the print</translation>
    </message>
    <message>
        <source>Interventions by department (drag, or Alt+Up / Alt+Down, sets the priority)</source>
        <translation>Interventions by department (drag, or Alt+Up / Alt+Down, sets the priority)</translation>
    </message>
    <message>
        <source>edit consent</source>
        <translation>edit consent</translation>
    </message>
    <message>
        <source>edit family goal</source>
        <translation>edit family goal</translation>
    </message>
    <message>
        <source>Double-click a consent to change it, for example when it is withdrawn</source>
        <translation>Double-click a consent to change it, for example when it is withdrawn</translation>
    </message>
    <message>
        <source>Double-click a goal to change it</source>
        <translation>Double-click a goal to change it</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Departments…</translation>
    </message>
    <message>
        <source>The case file's list of departments: add your own, rename or archive them</source>
        <translation>The case file's list of departments: add your own, rename or archive them</translation>
    </message>
    <message>
        <source>Not a citizen in the caseload: no goals of their own here.</source>
        <translation>Not a citizen in the caseload: no goals of their own here.</translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation>No goals written yet.</translation>
    </message>
    <message>
        <source>Move the intervention up</source>
        <translation>Move the intervention up</translation>
    </message>
    <message>
        <source>Move the intervention down</source>
        <translation>Move the intervention down</translation>
    </message>
    <message>
        <source>Remove the intervention</source>
        <translation>Remove the intervention</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::FormDialog</name>
    <message>
        <source>“%1” is not a date. Type it like %2 or pick it in the calendar (Alt+Down).</source>
        <translation>“%1” is not a date. Type it like %2 or pick it in the calendar (Alt+Down).</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalDialog</name>
    <message>
        <source>New long-term goal</source>
        <translation>New long-term goal</translation>
    </message>
    <message>
        <source>Edit long-term goal</source>
        <translation>Edit long-term goal</translation>
    </message>
    <message>
        <source>In the citizen's &amp;own words:</source>
        <translation>In the citizen's &amp;own words:</translation>
    </message>
    <message>
        <source>For example: “I want a job, so I can take care of myself.”</source>
        <translation>For example: “I want a job, so I can take care of myself.”</translation>
    </message>
    <message>
        <source>The goal in the citizen's own words</source>
        <translation>The goal in the citizen's own words</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalTreeModel</name>
    <message>
        <source>In the citizen's own words (%1)</source>
        <translation>In the citizen's own words (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <comment>goal status · stepping stones done of total</comment>
        <translation>%1 · %2 of %3 done</translation>
    </message>
    <message>
        <source>Long-term goal / stepping stone</source>
        <translation>Long-term goal / stepping stone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due / category</source>
        <translation>Due / category</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::GoalsPage</name>
    <message>
        <source>add long-term goal</source>
        <translation>add long-term goal</translation>
    </message>
    <message>
        <source>add stepping stone</source>
        <translation>add stepping stone</translation>
    </message>
    <message>
        <source>edit stepping stone</source>
        <translation>edit stepping stone</translation>
    </message>
    <message>
        <source>edit long-term goal</source>
        <translation>edit long-term goal</translation>
    </message>
    <message>
        <source>reorder long-term goals</source>
        <translation>reorder long-term goals</translation>
    </message>
    <message>
        <source>reorder stepping stones</source>
        <translation>reorder stepping stones</translation>
    </message>
    <message>
        <source>complete stepping stone</source>
        <translation>complete stepping stone</translation>
    </message>
    <message>
        <source>drop stepping stone</source>
        <translation>drop stepping stone</translation>
    </message>
    <message>
        <source>change stepping stone status</source>
        <translation>change stepping stone status</translation>
    </message>
    <message>
        <source>Delete the stepping stone “%1”?</source>
        <translation>Delete the stepping stone “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the long-term goal “%1” and its %n stepping stone(s)?</source>
        <translation><numerusform>Delete the long-term goal “%1” and its %n stepping stone?</numerusform><numerusform>Delete the long-term goal “%1” and its %n stepping stones?</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>delete stepping stone</source>
        <translation>delete stepping stone</translation>
    </message>
    <message>
        <source>delete long-term goal</source>
        <translation>delete long-term goal</translation>
    </message>
    <message>
        <source>New long-term goal, in the citizen's own words (Ctrl+Shift+G)</source>
        <translation>New long-term goal, in the citizen's own words (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>New stepping stone toward the selected goal (Insert)</source>
        <translation>New stepping stone toward the selected goal (Insert)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Mark the stepping stone done (Ctrl+D)</source>
        <translation>Mark the stepping stone done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Dro&amp;p</translation>
    </message>
    <message>
        <source>The citizen no longer wants this stepping stone</source>
        <translation>The citizen no longer wants this stepping stone</translation>
    </message>
    <message>
        <source>No long-term goals yet.
Start from the citizen's own dreams and hopes: write a goal in their own words, then the stepping stones on the way.</source>
        <translation>No long-term goals yet.
Start from the citizen's own dreams and hopes: write a goal in their own words, then the stepping stones on the way.</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Double-click or press Enter to edit.</source>
        <translation>Drag to reorder, or use Alt+Up and Alt+Down. Double-click or press Enter to edit.</translation>
    </message>
    <message>
        <source>Long-term goals and stepping stones</source>
        <translation>Long-term goals and stepping stones</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <source>Add stepping s&amp;tone…</source>
        <translation>Add stepping s&amp;tone…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>In p&amp;rogress</source>
        <translation>In p&amp;rogress</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected goal or stepping stone (Del)</source>
        <translation>Delete the selected goal or stepping stone (Del)</translation>
    </message>
    <message>
        <source>Write the first goal…</source>
        <translation>Write the first goal…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: the Hansen family</source>
        <translation>For example: the Hansen family</translation>
    </message>
    <message>
        <source>&amp;Family coordinator:</source>
        <translation>&amp;Family coordinator:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::HouseholdPage</name>
    <message>
        <source>No family coordinator named.</source>
        <translation>No family coordinator named.</translation>
    </message>
    <message>
        <source>Family coordinator: %1</source>
        <translation>Family coordinator: %1</translation>
    </message>
    <message>
        <source>add household</source>
        <translation>add household</translation>
    </message>
    <message>
        <source>add household member</source>
        <translation>add household member</translation>
    </message>
    <message>
        <source>edit household</source>
        <translation>edit household</translation>
    </message>
    <message>
        <source>edit household member</source>
        <translation>edit household member</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Remove %1 from the household?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>remove household member</source>
        <translation>remove household member</translation>
    </message>
    <message>
        <source>This citizen is not in a household.
Create one to note the adults and children the citizen lives with, or choose an existing household with Edit citizen (F2).</source>
        <translation>This citizen is not in a household.
Create one to note the adults and children the citizen lives with, or choose an existing household with Edit citizen (F2).</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>&amp;Remove member…</source>
        <translation>&amp;Remove member…</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Ed&amp;it household…</source>
        <translation>Ed&amp;it household…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>Edit &amp;member…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorChart</name>
    <message>
        <source>%1: not measured yet</source>
        <translation>%1: not measured yet</translation>
    </message>
    <message>
        <source>Poor well-being (50)</source>
        <translation>Poor well-being (50)</translation>
    </message>
    <message>
        <source>High risk of depression (35)</source>
        <translation>High risk of depression (35)</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>&amp;Kind of value:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>For example: kr., hours, days</source>
        <translation>For example: kr., hours, days</translation>
    </message>
    <message>
        <source>&amp;Lowest:</source>
        <translation>&amp;Lowest:</translation>
    </message>
    <message>
        <source>&amp;Highest (0: no limit):</source>
        <translation>&amp;Highest (0: no limit):</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Categories:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>A number</translation>
    </message>
    <message>
        <source>A scale of whole numbers</source>
        <translation>A scale of whole numbers</translation>
    </message>
    <message>
        <source>One of some categories</source>
        <translation>One of some categories</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <source>Higher is &amp;better</source>
        <translation>Higher is &amp;better</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorSummaryModel</name>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (meaningful)</source>
        <translation>%1 (meaningful)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>value (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::IndicatorsDialog</name>
    <message>
        <source>add indicator</source>
        <translation>add indicator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>indicator (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rename indicator</source>
        <translation>rename indicator</translation>
    </message>
    <message>
        <source>archive indicator</source>
        <translation>archive indicator</translation>
    </message>
    <message>
        <source>bring back indicator</source>
        <translation>bring back indicator</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Rename indicator</source>
        <translation>Rename indicator</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::InterventionDialog</name>
    <message>
        <source>New intervention</source>
        <translation>New intervention</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Edit intervention</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervention:</translation>
    </message>
    <message>
        <source>For example: family treatment, mentor, company internship</source>
        <translation>For example: family treatment, mentor, company internship</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Household members the intervention is for</source>
        <translation>Household members the intervention is for</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>For example: caseworker, contact person, teacher</source>
        <translation>For example: caseworker, contact person, teacher</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Next fo&amp;llow-up:</source>
        <translation>Next fo&amp;llow-up:</translation>
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
        <translation>Given</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
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
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>add meeting note</source>
        <translation>add meeting note</translation>
    </message>
    <message>
        <source>edit meeting note</source>
        <translation>edit meeting note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the note from %1?</source>
        <translation>Delete the note from %1?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>delete meeting note</source>
        <translation>delete meeting note</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;New note…</translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation>&amp;Delete note…</translation>
    </message>
    <message>
        <source>No meetings written down yet.
After each meeting, note where you met, who took part, what you talked about and what you agreed.</source>
        <translation>No meetings written down yet.
After each meeting, note where you met, who took part, what you talked about and what you agreed.</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation>The selected note</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>Ed&amp;it note…</translation>
    </message>
    <message>
        <source>Write the first note…</source>
        <translation>Write the first note…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::LedgerModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Decided together with the citizen</source>
        <translation>Decided together with the citizen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Stepping stone</source>
        <translation>Stepping stone</translation>
    </message>
    <message>
        <source>Spending category</source>
        <translation>Spending category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MainWindow</name>
    <message>
        <source>Case file: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation><numerusform>Locks after %n minute without use</numerusform><numerusform>Locks after %n minutes without use</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Trædesten</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;New case file…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the case file now (%1)</source>
        <translation>Lock the case file now (%1)</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>&amp;Close case file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;About Trædesten</source>
        <translation>&amp;About Trædesten</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Trædesten</source>
        <translation>About Trædesten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trædesten %1&lt;/h3&gt;&lt;p&gt;Personal, citizen-directed budgets, stepping stones toward the citizen's own goals, and shared family plans, for support persons and family coordinators.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted case file (SQLCipher, Argon2id).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trædesten %1&lt;/h3&gt;&lt;p&gt;Personal, citizen-directed budgets, stepping stones toward the citizen's own goals, and shared family plans, for support persons and family coordinators.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted case file (SQLCipher, Argon2id).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;New citizen…</translation>
    </message>
    <message>
        <source>&amp;Edit citizen…</source>
        <translation>&amp;Edit citizen…</translation>
    </message>
    <message>
        <source>Caseload &amp;report…</source>
        <translation>Caseload &amp;report…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The caseload report: outcomes, spending, indicators and public cost (%1)</source>
        <translation>The caseload report: outcomes, spending, indicators and public cost (%1)</translation>
    </message>
    <message>
        <source>This &amp;week…</source>
        <translation>This &amp;week…</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>What is due across the caseload: stepping stones, follow-ups, consents and budgets (%1)</source>
        <translation>What is due across the caseload: stepping stones, follow-ups, consents and budgets (%1)</translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <source>Search the caseload (%1)</source>
        <translation>Search the caseload (%1)</translation>
    </message>
    <message>
        <source>New long-term &amp;goal…</source>
        <translation>New long-term &amp;goal…</translation>
    </message>
    <message>
        <source>New &amp;stepping stone…</source>
        <translation>New &amp;stepping stone…</translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation>New &amp;purchase…</translation>
    </message>
    <message>
        <source>New &amp;intervention…</source>
        <translation>New &amp;intervention…</translation>
    </message>
    <message>
        <source>New &amp;measurement…</source>
        <translation>New &amp;measurement…</translation>
    </message>
    <message>
        <source>New &amp;benefit…</source>
        <translation>New &amp;benefit…</translation>
    </message>
    <message>
        <source>New n&amp;ote…</source>
        <comment>journal</comment>
        <translation>New n&amp;ote…</translation>
    </message>
    <message>
        <source>Go &amp;to</source>
        <translation>Go &amp;to</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>On the %1 tab</source>
        <translation>On the %1 tab</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MeasurementDialog</name>
    <message>
        <source>Answered %1 of 5 statements.</source>
        <translation>Answered %1 of 5 statements.</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Edit measurement</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Measured &amp;by:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Optional; no sensitive details</source>
        <translation>Optional; no sensitive details</translation>
    </message>
    <message>
        <source>Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.</source>
        <translation>Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Choose the answer</source>
        <translation>Choose the answer</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MeasurementsPage</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Measurements of %1</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>add measurement</source>
        <translation>add measurement</translation>
    </message>
    <message>
        <source>edit measurement</source>
        <translation>edit measurement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the measurement of %1 from %2?</source>
        <translation>Delete the measurement of %1 from %2?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>delete measurement</source>
        <translation>delete measurement</translation>
    </message>
    <message>
        <source>assess goal</source>
        <translation>assess goal</translation>
    </message>
    <message>
        <source>&amp;Add measurement…</source>
        <translation>&amp;Add measurement…</translation>
    </message>
    <message>
        <source>WHO-5 &amp;questionnaire…</source>
        <translation>WHO-5 &amp;questionnaire…</translation>
    </message>
    <message>
        <source>The five WHO-5 statements about well-being, answered by the citizen</source>
        <translation>The five WHO-5 statements about well-being, answered by the citizen</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>The case file's own indicators: add, rename or archive them</source>
        <translation>The case file's own indicators: add, rename or archive them</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>End assessment of the goals: the citizen's own beside the support person's</source>
        <translation>End assessment of the goals: the citizen's own beside the support person's</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>The citizen's own</source>
        <translation>The citizen's own</translation>
    </message>
    <message>
        <source>The support person's</source>
        <translation>The support person's</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>End assessments</source>
        <translation>End assessments</translation>
    </message>
    <message>
        <source>Assess the goal…</source>
        <translation>Assess the goal…</translation>
    </message>
    <message>
        <source>Remove the chosen measurement</source>
        <translation>Remove the chosen measurement</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MemberDialog</name>
    <message>
        <source>New household member</source>
        <translation>New household member</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>Edit household member</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Adult or &amp;child:</source>
        <translation>Adult or &amp;child:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>The family's own word: mother, stepfather, son…</source>
        <translation>The family's own word: mother, stepfather, son…</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>Has &amp;parental responsibility</source>
        <translation>Has &amp;parental responsibility</translation>
    </message>
    <message>
        <source>Also a c&amp;itizen:</source>
        <translation>Also a c&amp;itizen:</translation>
    </message>
    <message>
        <source>(not in the caseload)</source>
        <translation>(not in the caseload)</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::MemberModel</name>
    <message>
        <source>%1 (age %2)</source>
        <comment>birth year (age)</comment>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adult or child</source>
        <translation>Adult or child</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Parental responsibility</translation>
    </message>
    <message>
        <source>Citizen in the caseload</source>
        <translation>Citizen in the caseload</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NamedListDialog</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NewCaseFileDialog</name>
    <message>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <source>A case file holds a whole caseload, encrypted with a passphrase only you know. Without the passphrase nobody can read it — not even IT support, and not you.</source>
        <translation>A case file holds a whole caseload, encrypted with a passphrase only you know. Without the passphrase nobody can read it — not even IT support, and not you.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>&amp;Create case file</source>
        <translation>&amp;Create case file</translation>
    </message>
    <message>
        <source>Measuring this computer and encrypting the case file… this takes a few seconds.</source>
        <translation>Measuring this computer and encrypting the case file… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Location of the new case file</source>
        <translation>Location of the new case file</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Browse for a location</source>
        <translation>Browse for a location</translation>
    </message>
    <message>
        <source>Trædesten case files (*.traedesten)</source>
        <translation>Trædesten case files (*.traedesten)</translation>
    </message>
    <message>
        <source>Choose where to save the case file.</source>
        <translation>Choose where to save the case file.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another place for the case file.</source>
        <translation>The folder does not exist. Choose another place for the case file.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: choose a stronger one.</source>
        <translation>This passphrase cannot be used: choose a stronger one.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message numerus="yes">
        <source>Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</source>
        <translation><numerusform>Trædesten creates a new case file with %n made-up citizen, their household, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</numerusform><numerusform>Trædesten creates a new case file with %n made-up citizens, their households, goals, stepping stones and meetings, so you can try everything without real data. It is encrypted like any other case file.</numerusform></translation>
    </message>
    <message>
        <source>The folder could not be created. Choose another place for the case file.</source>
        <translation>The folder could not be created. Choose another place for the case file.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NoteDialog</name>
    <message>
        <source>New meeting note</source>
        <translation>New meeting note</translation>
    </message>
    <message>
        <source>Edit meeting note</source>
        <translation>Edit meeting note</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>For example: café, home visit, job centre</source>
        <translation>For example: café, home visit, job centre</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Agreements:</translation>
    </message>
    <message>
        <source>Who does what before the next meeting</source>
        <translation>Who does what before the next meeting</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>Pa&amp;rticipants:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::NoteModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::OverviewPage</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>CPR number:</source>
        <translation>CPR number:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Target groups:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Support person:</source>
        <translation>Support person:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Hide the CPR number</source>
        <translation>Hide the CPR number</translation>
    </message>
    <message>
        <source>Show the CPR number</source>
        <translation>Show the CPR number</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Progress toward: %1</source>
        <translation>Progress toward: %1</translation>
    </message>
    <message>
        <source>No long-term goals yet. Write the first one with the citizen, in their own words, on the Goals &amp; stepping stones tab.</source>
        <translation>No long-term goals yet. Write the first one with the citizen, in their own words, on the Goals &amp; stepping stones tab.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — toward “%4”</source>
        <comment>due date, stepping stone, status, goal</comment>
        <translation>%1  %2 (%3) — toward “%4”</translation>
    </message>
    <message>
        <source>No stepping stones waiting.</source>
        <translation>No stepping stones waiting.</translation>
    </message>
    <message>
        <source>No meetings written down yet: add notes on the Journal tab.</source>
        <translation>No meetings written down yet: add notes on the Journal tab.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Agreed: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Progress toward the long-term goals</source>
        <translation>Progress toward the long-term goals</translation>
    </message>
    <message>
        <source>Next stepping stones</source>
        <translation>Next stepping stones</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Hi&amp;de</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>due date</comment>
        <translation>%1 (overdue)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation><numerusform>%1 (%n year)</numerusform><numerusform>%1 (%n years)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stepping stone(s) done</source>
        <translation><numerusform>%1 of %n stepping stone done</numerusform><numerusform>%1 of %n stepping stones done</numerusform></translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::PassphraseField</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::PassphraseStrengthMeter</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation><numerusform>Too short: use at least %n character.</numerusform><numerusform>Too short: use at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>Too easy to guess: it is mostly a common word or name.</source>
        <translation>Too easy to guess: it is mostly a common word or name.</translation>
    </message>
    <message>
        <source>Too easy to guess: it repeats characters or words.</source>
        <translation>Too easy to guess: it repeats characters or words.</translation>
    </message>
    <message>
        <source>Too easy to guess: it is a sequence such as "abcd" or "1234".</source>
        <translation>Too easy to guess: it is a sequence such as "abcd" or "1234".</translation>
    </message>
    <message>
        <source>Too easy to guess: it follows keys next to each other on the keyboard.</source>
        <translation>Too easy to guess: it follows keys next to each other on the keyboard.</translation>
    </message>
    <message>
        <source>Too easy to guess: it contains a date or a year.</source>
        <translation>Too easy to guess: it contains a date or a year.</translation>
    </message>
    <message>
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>Too easy to guess: add more unrelated words.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Use four or more unrelated words. A forgotten passphrase cannot be recovered.</source>
        <translation>Use four or more unrelated words. A forgotten passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>Strength: %1. Good.</source>
        <translation>Strength: %1. Good.</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Strength: %1. %2</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ReceiptsDialog</name>
    <message>
        <source>No receipts yet. Add a photo or a scanned PDF of the receipt.</source>
        <translation>No receipts yet. Add a photo or a scanned PDF of the receipt.</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Save a copy to open it in another program.</source>
        <translation>This file cannot be shown here. Save a copy to open it in another program.</translation>
    </message>
    <message>
        <source>Receipt not added</source>
        <translation>Receipt not added</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>add receipt</source>
        <translation>add receipt</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>Add receipts</translation>
    </message>
    <message>
        <source>Receipts (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Receipts (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Save a copy of the receipt</source>
        <translation>Save a copy of the receipt</translation>
    </message>
    <message>
        <source>Remove receipt</source>
        <translation>Remove receipt</translation>
    </message>
    <message>
        <source>remove receipt</source>
        <translation>remove receipt</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Receipts for: %1. They are kept inside the encrypted case file.</source>
        <translation>Receipts for: %1. They are kept inside the encrypted case file.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Remove the receipt “%1”? You can undo this with Ctrl+Z after closing this window.</source>
        <translation>Remove the receipt “%1”? You can undo this with Ctrl+Z after closing this window.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z after closing this window</source>
        <translation>Undo with Ctrl+Z after closing this window</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ReportsWindow</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save the anonymised evaluation export</source>
        <translation>Save the anonymised evaluation export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Evaluation export</source>
        <translation>Evaluation export</translation>
    </message>
    <message>
        <source>Caseload report — Trædesten</source>
        <translation>Caseload report — Trædesten</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Caseload report</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Evaluation export (anonymised)…</source>
        <translation>&amp;Evaluation export (anonymised)…</translation>
    </message>
    <message>
        <source>A CSV file for evaluators: one row per citizen under a random pseudonym, without names, CPR numbers, free text or exact dates</source>
        <translation>A CSV file for evaluators: one row per citizen under a random pseudonym, without names, CPR numbers, free text or exact dates</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Language of the print</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Computed in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizen(s) are hidden.</source>
        <translation><numerusform>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizen are hidden.</numerusform><numerusform>Saved as %1, with the aggregate tables in %2.

Each citizen has a new random pseudonym; there are no names, CPR numbers, free text or exact dates, and table cells under %n citizens are hidden.</numerusform></translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation>Lock when the &amp;screen locks or the computer sleeps</translation>
    </message>
    <message>
        <source>You can always lock at once with Ctrl+L. Locking closes the case file and clears the screen; the passphrase opens it again where you were.</source>
        <translation>You can always lock at once with Ctrl+L. Locking closes the case file and clears the screen; the passphrase opens it again where you were.</translation>
    </message>
    <message>
        <source>These settings are stored inside the encrypted case file and travel with it.</source>
        <translation>These settings are stored inside the encrypted case file and travel with it.</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>e.g. Furesø Kommune</source>
        <translation>e.g. Furesø Kommune</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Minutes without use before locking</source>
        <translation>Minutes without use before locking</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Municipality name</translation>
    </message>
    <message>
        <source>Choose the municipality's logo</source>
        <translation>Choose the municipality's logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <source>The file is not an image Trædesten can read.</source>
        <translation>The file is not an image Trædesten can read.</translation>
    </message>
    <message>
        <source>The logo is too detailed to keep in the case file. Choose a simpler image.</source>
        <translation>The logo is too detailed to keep in the case file. Choose a simpler image.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Printed at the top of plans and statements</source>
        <translation>Printed at the top of plans and statements</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <comment>between two keys</comment>
        <translation> or </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Trædesten can be used with the keyboard alone. The shortcuts under the menus work from anywhere in the main window; the others work in the list they name.</source>
        <translation>Trædesten can be used with the keyboard alone. The shortcuts under the menus work from anywhere in the main window; the others work in the list they name.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In a date field: type the date (for example %1), or press Alt+Down or F4 for the calendar; Delete empties the field.</source>
        <translation>In a date field: type the date (for example %1), or press Alt+Down or F4 for the calendar; Delete empties the field.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::SignDialog</name>
    <message>
        <source>Sign the family plan</source>
        <translation>Sign the family plan</translation>
    </message>
    <message>
        <source>Version %1 is marked as signed by the family and the support person. It is then kept as it is; changes go into a new version.</source>
        <translation>Version %1 is marked as signed by the family and the support person. It is then kept as it is; changes go into a new version.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::StoneDialog</name>
    <message>
        <source>New stepping stone</source>
        <translation>New stepping stone</translation>
    </message>
    <message>
        <source>Edit stepping stone</source>
        <translation>Edit stepping stone</translation>
    </message>
    <message>
        <source>Toward:</source>
        <translation>Toward:</translation>
    </message>
    <message>
        <source>&amp;Stepping stone:</source>
        <translation>&amp;Stepping stone:</translation>
    </message>
    <message>
        <source>For example: driving licence</source>
        <translation>For example: driving licence</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
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
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due within %n day(s), and nothing is overdue</source>
        <translation><numerusform>Nothing is due within %n day, and nothing is overdue</numerusform><numerusform>Nothing is due within %n days, and nothing is overdue</numerusform></translation>
    </message>
    <message>
        <source>Nothing due matches the search</source>
        <translation>Nothing due matches the search</translation>
    </message>
    <message numerus="yes">
        <source>Clear the search field to see all %n item(s).</source>
        <translation><numerusform>Clear the search field to see the %n item.</numerusform><numerusform>Clear the search field to see all %n items.</numerusform></translation>
    </message>
    <message>
        <source>This week — Trædesten</source>
        <translation>This week — Trædesten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <comment>show what is due within 7, 14 or 30 days</comment>
        <translation>&amp;Within:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Show what is due within</source>
        <translation>Show what is due within</translation>
    </message>
    <message>
        <source>Search citizens, households and what is due (Ctrl+F)</source>
        <translation>Search citizens, households and what is due (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search what is due</source>
        <translation>Search what is due</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open the citizen where it is handled.</source>
        <translation>Double-click a row or press Enter to open the citizen where it is handled.</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>&amp;Open citizen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next %1 days</source>
        <translation><numerusform>%n due in the next %1 days</numerusform><numerusform>%n due in the next %1 days</numerusform></translation>
    </message>
    <message>
        <source>To plan the weeks to come, give stepping stones a due date on the citizen's Goals tab and set the next follow-up of each intervention in the family plan; consents with an expiry date and budget periods that end show up here by themselves.</source>
        <translation>To plan the weeks to come, give stepping stones a due date on the citizen's Goals tab and set the next follow-up of each intervention in the family plan; consents with an expiry date and budget periods that end show up here by themselves.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a longer span above to look further ahead.</source>
        <translation>Choose a longer span above to look further ahead.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::UnlockDialog</name>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>The case file is open on the computer "%1" (or was, when that computer stopped). Close it there first. If that computer crashed or was switched off, you can open the file here anyway.</source>
        <translation>The case file is open on the computer "%1" (or was, when that computer stopped). Close it there first. If that computer crashed or was switched off, you can open the file here anyway.</translation>
    </message>
    <message>
        <source>Open anyway?</source>
        <translation>Open anyway?</translation>
    </message>
    <message>
        <source>Only continue if Trædesten is not running on "%1" any more. If the case file is changed in two places at once, changes can be lost.</source>
        <translation>Only continue if Trædesten is not running on "%1" any more. If the case file is changed in two places at once, changes can be lost.</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Open &amp;anyway</translation>
    </message>
    <message>
        <source>The other computer's lock was removed. Enter the passphrase to open the case file.</source>
        <translation>The other computer's lock was removed. Enter the passphrase to open the case file.</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::UnlockWidget</name>
    <message>
        <source>Enter the case file's passphrase.</source>
        <translation>Enter the case file's passphrase.</translation>
    </message>
    <message>
        <source>The case file is locked</source>
        <translation>The case file is locked</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>&amp;Close case file</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second or two.</source>
        <translation>Unlocking… this takes a second or two.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Open &amp;anyway…</source>
        <translation>Open &amp;anyway…</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::VoidDialog</name>
    <message>
        <source>Void ledger entry</source>
        <translation>Void ledger entry</translation>
    </message>
    <message>
        <source>%1

A voided entry stays in the ledger, crossed out, with the reason; its amount no longer counts.</source>
        <translation>%1

A voided entry stays in the ledger, crossed out, with the reason; its amount no longer counts.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>For example: entered twice</source>
        <translation>For example: entered twice</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Void</translation>
    </message>
</context>
<context>
    <name>Traedesten::Ui::WelcomeWindow</name>
    <message>
        <source>Welcome to Trædesten</source>
        <translation>Welcome to Trædesten</translation>
    </message>
    <message>
        <source>Trædesten</source>
        <translation>Trædesten</translation>
    </message>
    <message>
        <source>Personal budgets, stepping stones and family plans for the citizens you support — kept in one encrypted case file on this computer.</source>
        <translation>Personal budgets, stepping stones and family plans for the citizens you support — kept in one encrypted case file on this computer.</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;New case file…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Recent case files</source>
        <translation>&amp;Recent case files</translation>
    </message>
    <message>
        <source>No case files opened yet. Create a new case file, or open one you have been given.</source>
        <translation>No case files opened yet. Create a new case file, or open one you have been given.</translation>
    </message>
    <message>
        <source>Only file locations are remembered here, never anything about citizens. Press Delete to remove a file from the list.</source>
        <translation>Only file locations are remembered here, never anything about citizens. Press Delete to remove a file from the list.</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Try with demo data…</source>
        <translation>&amp;Try with demo data…</translation>
    </message>
    <message>
        <source>Creates a new case file with made-up citizens to try Trædesten with</source>
        <translation>Creates a new case file with made-up citizens to try Trædesten with</translation>
    </message>
</context>
</TS>