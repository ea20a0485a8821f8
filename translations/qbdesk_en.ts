<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalsView</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) approved and synced.</source>
        <translation>
            <numerusform>%n change approved and synced.</numerusform>
            <numerusform>%n changes approved and synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) kept for next time.</source>
        <translation>
            <numerusform>%n unchecked change kept for next time.</numerusform>
            <numerusform>%n unchecked changes kept for next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchecked change(s) cleared.</source>
        <translation>
            <numerusform>%n unchecked change cleared.</numerusform>
            <numerusform>%n unchecked changes cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not sync: see Problems.</source>
        <translation>
            <numerusform>%n could not sync: see Problems.</numerusform>
            <numerusform>%n could not sync: see Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this connection too.</source>
        <translation>
            <numerusform>%n other company file on this computer uses this connection too.</numerusform>
            <numerusform>%n other company files on this computer use this connection too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other company file(s) on this computer use this QuickBooks connection. Disconnecting revokes it for them too.</source>
        <translation>
            <numerusform>%n other company file on this computer uses this QuickBooks connection. Disconnecting revokes it for that file too.</numerusform>
            <numerusform>%n other company files on this computer use this QuickBooks connection. Disconnecting revokes it for them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message numerus="yes">
        <source>QuickBooks ends every sign-in after five years: this one ends in %n day(s). Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>QuickBooks ends every sign-in after five years: this one ends in %n day. Reconnect before then to keep syncing.</numerusform>
            <numerusform>QuickBooks ends every sign-in after five years: this one ends in %n days. Reconnect before then to keep syncing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message numerus="yes">
        <source>%Ln record(s) to create, update or remove.</source>
        <translation>
            <numerusform>%Ln record to create, update or remove.</numerusform>
            <numerusform>%Ln records to create, update or remove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed on both sides: you decide.</source>
        <translation>
            <numerusform>%Ln changed on both sides: you decide.</numerusform>
            <numerusform>%Ln changed on both sides: you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for your approval.</source>
        <translation>
            <numerusform>%Ln waiting for your approval.</numerusform>
            <numerusform>%Ln waiting for your approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Imported %Ln row.</numerusform>
            <numerusform>Imported %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); the rows below were left out.</source>
        <translation>
            <numerusform>Imported %Ln row; the rows below were left out.</numerusform>
            <numerusform>Imported %Ln rows; the rows below were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem found.</numerusform>
            <numerusform>Nothing was imported: %Ln problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) start like a spreadsheet formula: they are kept as text, exactly as written. Check them below.</source>
        <translation>
            <numerusform>%n cell starts like a spreadsheet formula: it is kept as text, exactly as written. Check it below.</numerusform>
            <numerusform>%n cells start like a spreadsheet formula: they are kept as text, exactly as written. Check them below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message numerus="yes">
        <source>%n customer(s) found in QuickBooks.</source>
        <translation>
            <numerusform>%n customer found in QuickBooks.</numerusform>
            <numerusform>%n customers found in QuickBooks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopDialog</name>
    <message numerus="yes">
        <source>%n change(s) made here</source>
        <translation>
            <numerusform>%n change made here</numerusform>
            <numerusform>%n changes made here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from the problem list or approvals</source>
        <translation>
            <numerusform>%n request from the problem list or approvals</numerusform>
            <numerusform>%n requests from the problem list or approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more wait(s) on a problem.</source>
        <translation>
            <numerusform>%n more waits on a problem.</numerusform>
            <numerusform>%n more wait on a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for your approval first.</source>
        <translation>
            <numerusform>%n change waits for your approval first.</numerusform>
            <numerusform>%n changes wait for your approval first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message numerus="yes">
        <source>%n request(s) waiting for the sync host.</source>
        <translation>
            <numerusform>%n request waiting for the sync host.</numerusform>
            <numerusform>%n requests waiting for the sync host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log.</source>
        <translation>
            <numerusform>%n more error happened since; it is in the log.</numerusform>
            <numerusform>%n more errors happened since; they are in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%Ln record(s) in this company file.</source>
        <translation>
            <numerusform>%Ln record in this company file.</numerusform>
            <numerusform>%Ln records in this company file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) withdrawn.</source>
        <translation>
            <numerusform>%n request withdrawn.</numerusform>
            <numerusform>%n requests withdrawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message numerus="yes">
        <source>%n pair(s) answered</source>
        <translation>
            <numerusform>%n pair answered</numerusform>
            <numerusform>%n pairs answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to answer</source>
        <translation>
            <numerusform>%n to answer</numerusform>
            <numerusform>%n to answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message numerus="yes">
        <source>%n payment(s) here</source>
        <translation>
            <numerusform>%n payment here</numerusform>
            <numerusform>%n payments here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in QuickBooks</source>
        <translation>
            <numerusform>%n in QuickBooks</numerusform>
            <numerusform>%n in QuickBooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message numerus="yes">
        <source>%n sales form(s) blocked: turn QuickBooks&apos; custom transaction numbers on, then click Count again — or let QuickBooks number them.</source>
        <translation>
            <numerusform>%n sales form blocked: turn QuickBooks&apos; custom transaction numbers on, then click Count again — or let QuickBooks number it.</numerusform>
            <numerusform>%n sales forms blocked: turn QuickBooks&apos; custom transaction numbers on, then click Count again — or let QuickBooks number them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) use a number QuickBooks already has and are blocked; the next free number is {number}.</source>
        <translation>
            <numerusform>%n sales form uses a number QuickBooks already has and is blocked; the next free number is {number}.</numerusform>
            <numerusform>%n sales forms use a number QuickBooks already has and are blocked; the next free number is {number}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) keep their numbers.</source>
        <translation>
            <numerusform>%n sales form keeps its number.</numerusform>
            <numerusform>%n sales forms keep their numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) will be numbered by QuickBooks; the numbers come back here.</source>
        <translation>
            <numerusform>%n sales form will be numbered by QuickBooks; the number comes back here.</numerusform>
            <numerusform>%n sales forms will be numbered by QuickBooks; the numbers come back here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDetail</name>
    <message numerus="yes">
        <source>%n problem(s) selected. Resync or skip them together with the buttons above.</source>
        <translation>
            <numerusform>%n problem selected. Resync or skip it with the buttons above.</numerusform>
            <numerusform>%n problems selected. Resync or skip them together with the buttons above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First seen {first} · last seen {last} · %n attempt(s)</source>
        <translation>
            <numerusform>First seen {first} · last seen {last} · %n attempt</numerusform>
            <numerusform>First seen {first} · last seen {last} · %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <source>%n problem(s), of which {skipped} skipped</source>
        <translation>
            <numerusform>%n problem, of which {skipped} skipped</numerusform>
            <numerusform>%n problems, of which {skipped} skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>%n open problem</numerusform>
            <numerusform>%n open problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be changed: {message}</source>
        <translation>
            <numerusform>%n could not be changed: {message}</numerusform>
            <numerusform>%n could not be changed: {message}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) queued: sent again at the next sync.</source>
        <translation>
            <numerusform>%n problem queued: sent again at the next sync.</numerusform>
            <numerusform>%n problems queued: sent again at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) skipped: no more retries or notifications for them.</source>
        <translation>
            <numerusform>%n problem skipped: no more retries or notifications for them.</numerusform>
            <numerusform>%n problems skipped: no more retries or notifications for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) no longer skipped.</source>
        <translation>
            <numerusform>%n problem no longer skipped.</numerusform>
            <numerusform>%n problems no longer skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileText</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the books here and in QuickBooks, each listed below with the records behind it.</source>
        <translation>
            <numerusform>%n difference between the books here and in QuickBooks, listed below with the records behind it.</numerusform>
            <numerusform>%n differences between the books here and in QuickBooks, each listed below with the records behind it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) agree</source>
        <translation>
            <numerusform>%n check agrees</numerusform>
            <numerusform>%n checks agree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) differ</source>
        <translation>
            <numerusform>%n check differs</numerusform>
            <numerusform>%n checks differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>QuickBooks allows at most %Ln character(s) here.</source>
        <translation>
            <numerusform>QuickBooks allows at most %Ln character here.</numerusform>
            <numerusform>QuickBooks allows at most %Ln characters here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Use at most %n decimal place.</numerusform>
            <numerusform>Use at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <source>%Ln record(s) match</source>
        <translation>
            <numerusform>%Ln record matches</numerusform>
            <numerusform>%Ln records match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n unchecked</source>
        <translation>
            <numerusform>%n unchecked</numerusform>
            <numerusform>%n unchecked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es) not answered: both records of each pair will be created.</source>
        <translation>
            <numerusform>%n possible match not answered: both records of the pair will be created.</numerusform>
            <numerusform>%n possible matches not answered: both records of each pair will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund receipt(s) blocked: no refund account.</source>
        <translation>
            <numerusform>%n refund receipt blocked: no refund account.</numerusform>
            <numerusform>%n refund receipts blocked: no refund account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales form(s) blocked by their numbers.</source>
        <translation>
            <numerusform>%n sales form blocked by its number.</numerusform>
            <numerusform>%n sales forms blocked by their numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) blocked by a problem QuickBooks would refuse; they are listed under Problems after the sync.</source>
        <translation>
            <numerusform>%n record blocked by a problem QuickBooks would refuse; it is listed under Problems after the sync.</numerusform>
            <numerusform>%n records blocked by a problem QuickBooks would refuse; they are listed under Problems after the sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message numerus="yes">
        <source>Problems: %n open</source>
        <translation>
            <numerusform>Problems: %n open</numerusform>
            <numerusform>Problems: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n waiting</source>
        <translation>
            <numerusform>Approvals: %n waiting</numerusform>
            <numerusform>Approvals: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s)</source>
        <translation>
            <numerusform>%n credit memo</numerusform>
            <numerusform>%n credit memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s)</source>
        <translation>
            <numerusform>%n expense</numerusform>
            <numerusform>%n expenses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s)</source>
        <translation>
            <numerusform>%n estimate</numerusform>
            <numerusform>%n estimates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales receipt(s)</source>
        <translation>
            <numerusform>%n sales receipt</numerusform>
            <numerusform>%n sales receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n deposit</numerusform>
            <numerusform>%n deposits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor credit(s)</source>
        <translation>
            <numerusform>%n vendor credit</numerusform>
            <numerusform>%n vendor credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill payment(s)</source>
        <translation>
            <numerusform>%n bill payment</numerusform>
            <numerusform>%n bill payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n purchase order</numerusform>
            <numerusform>%n purchase orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) or service(s)</source>
        <translation>
            <numerusform>%n product or service</numerusform>
            <numerusform>%n products or services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list entry(s)</source>
        <translation>
            <numerusform>%n list entry</numerusform>
            <numerusform>%n list entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{records} could not sync</source>
        <translation>
            <numerusform>{records} could not sync</numerusform>
            <numerusform>{records} could not sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLogView</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) match</source>
        <translation>
            <numerusform>%Ln entry match</numerusform>
            <numerusform>%Ln entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln entry exported to {path}</numerusform>
            <numerusform>%Ln entries exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>The last run was an undo, completed in {time}: %n record(s) or link(s) taken back.</source>
        <translation>
            <numerusform>The last run was an undo, completed in {time}: %n record or link taken back.</numerusform>
            <numerusform>The last run was an undo, completed in {time}: %n records or links taken back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>%n new sync problem(s)</source>
        <translation>
            <numerusform>%n new sync problem</numerusform>
            <numerusform>%n new sync problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message numerus="yes">
        <source>%n record(s) deleted, made inactive or restored in QuickBooks</source>
        <translation>
            <numerusform>%n record deleted, made inactive or restored in QuickBooks</numerusform>
            <numerusform>%n records deleted, made inactive or restored in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted or restored here</source>
        <translation>
            <numerusform>%n record deleted or restored here</numerusform>
            <numerusform>%n records deleted or restored here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) undone</source>
        <translation>
            <numerusform>%n link undone</numerusform>
            <numerusform>%n links undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left as they are: see Problems, where you choose Undo anyway or Keep it for each.</source>
        <translation>
            <numerusform>%n record was left as it is: see Problems, where you choose Undo anyway or Keep it.</numerusform>
            <numerusform>%n records were left as they are: see Problems, where you choose Undo anyway or Keep it for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run was undone, except %n record(s).</source>
        <translation>
            <numerusform>The run was undone, except %n record.</numerusform>
            <numerusform>The run was undone, except %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
