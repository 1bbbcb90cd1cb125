<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/documents/panel.py" line="133"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/excerpts/panel.py" line="258"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/excerpts/export_dialog.py" line="297"/>
        <source>%n excerpt(s) to export</source>
        <translation>
            <numerusform>%n excerpt to export</numerusform>
            <numerusform>%n excerpts to export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingController</name>
    <message numerus="yes">
        <location filename="../../desktop/session/indexing.py" line="92"/>
        <source>Indexing stopped: %n document(s) indexed before stopping.</source>
        <translation>
            <numerusform>Indexing stopped: %n document indexed before stopping.</numerusform>
            <numerusform>Indexing stopped: %n documents indexed before stopping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session/indexing.py" line="94"/>
        <source>Index up to date: %n new or changed document(s).</source>
        <translation>
            <numerusform>Index up to date: %n new or changed document.</numerusform>
            <numerusform>Index up to date: %n new or changed documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message numerus="yes">
        <location filename="../../desktop/reader/margin.py" line="359"/>
        <source>%n annotation(s) lost their passage</source>
        <translation>
            <numerusform>%n annotation lost its passage</numerusform>
            <numerusform>%n annotations lost their passage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/problems_dialog.py" line="85"/>
        <source>%n file(s) were skipped by the last indexing. They stay in the folder untouched; double-click one to open its folder.</source>
        <translation>
            <numerusform>%n file was skipped by the last indexing. It stays in the folder untouched; double-click it to open its folder.</numerusform>
            <numerusform>%n files were skipped by the last indexing. They stay in the folder untouched; double-click one to open its folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/reader/panel.py" line="401"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="284"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document found</numerusform>
            <numerusform>%n documents found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="286"/>
        <source>(showing the first %n)</source>
        <translation>
            <numerusform>(showing the first %n)</numerusform>
            <numerusform>(showing the first %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="288"/>
        <source>Type to search %n document(s)</source>
        <translation>
            <numerusform>Type to search %n document</numerusform>
            <numerusform>Type to search %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/status_bar.py" line="102"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/status_bar.py" line="105"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeOverviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/overview/dialog.py" line="216"/>
        <source>%1, %2: %n passage(s)</source>
        <translation>
            <numerusform>%1, %2: %n passage</numerusform>
            <numerusform>%1, %2: %n passages</numerusform>
        </translation>
    </message>
</context>
</TS>
