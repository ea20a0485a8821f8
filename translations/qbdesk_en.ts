<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
