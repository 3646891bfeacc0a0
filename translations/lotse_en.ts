<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lotse::DatabaseListView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisPdf</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::DiagnosisReport</name>
    <message numerus="yes">
        <source>Verdict: %n finding(s).</source>
        <translation>
            <numerusform>Verdict: %n finding.</numerusform>
            <numerusform>Verdict: %n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::FindingsPage</name>
    <message numerus="yes">
        <source>The diagnosis found %n problem(s).</source>
        <translation>
            <numerusform>The diagnosis found %n problem.</numerusform>
            <numerusform>The diagnosis found %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) were made on the way.</source>
        <translation>
            <numerusform>%n finding was made on the way.</numerusform>
            <numerusform>%n findings were made on the way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::PostgresPrivileges</name>
    <message numerus="yes">
        <source>may write %n table(s), such as %1</source>
        <translation>
            <numerusform>may write %n table, such as %1</numerusform>
            <numerusform>may write %n tables, such as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::QueryCommand</name>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::ReportChartPainter</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::StepPage</name>
    <message numerus="yes">
        <source>The engine cannot decide this step: %n check(s) could not be read (%1).</source>
        <translation>
            <numerusform>The engine cannot decide this step: %n check could not be read (%1).</numerusform>
            <numerusform>The engine cannot decide this step: %n checks could not be read (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::ReportText</name>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>the last week</numerusform>
            <numerusform>the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>the last day</numerusform>
            <numerusform>the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n hour(s)</source>
        <translation>
            <numerusform>the last hour</numerusform>
            <numerusform>the last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>the last minute</numerusform>
            <numerusform>the last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n second(s)</source>
        <translation>
            <numerusform>the last second</numerusform>
            <numerusform>the last %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotse::ChecklistView</name>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked by hand</source>
        <translation>
            <numerusform>%1 of %n item ticked by hand</numerusform>
            <numerusform>%1 of %n items ticked by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) need attention</source>
        <translation>
            <numerusform>%n live check needs attention</numerusform>
            <numerusform>%n live checks need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) not read (yet)</source>
        <translation>
            <numerusform>%n live check not read (yet)</numerusform>
            <numerusform>%n live checks not read (yet)</numerusform>
        </translation>
    </message>
</context>
</TS>
