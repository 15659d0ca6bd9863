<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChipChooser</name>
    <message numerus="yes">
        <source>%n chip(s) chosen</source>
        <translation>
            <numerusform>%n chip chosen</numerusform>
            <numerusform>%n chips chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Dataset %1 · %n chip(s)</source>
        <translation>
            <numerusform>Dataset %1 · %n chip</numerusform>
            <numerusform>Dataset %1 · %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dataset version %1: %n chip(s)</source>
        <translation>
            <numerusform>Dataset version %1: %n chip</numerusform>
            <numerusform>Dataset version %1: %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s).</source>
        <translation>
            <numerusform>, %n source.</numerusform>
            <numerusform>, %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n chip figure(s)</source>
        <translation>
            <numerusform>%n chip figure</numerusform>
            <numerusform>%n chip figures</numerusform>
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
        <source>%n model preset(s)</source>
        <translation>
            <numerusform>%n model preset</numerusform>
            <numerusform>%n model presets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n money flow(s)</source>
        <translation>
            <numerusform>%n money flow</numerusform>
            <numerusform>%n money flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market-share figure(s)</source>
        <translation>
            <numerusform>%n market-share figure</numerusform>
            <numerusform>%n market-share figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one of these %n document(s). Select one to see what it backs; click an address to open it. How the dataset is kept (units, dense and sparse figures, projections) is described in data/dataset/README.md.</source>
        <translation>
            <numerusform>Every figure in Compute Atlas cites one of these %n document. Select one to see what it backs; click an address to open it. How the dataset is kept (units, dense and sparse figures, projections) is described in data/dataset/README.md.</numerusform>
            <numerusform>Every figure in Compute Atlas cites one of these %n documents. Select one to see what it backs; click an address to open it. How the dataset is kept (units, dense and sparse figures, projections) is described in data/dataset/README.md.</numerusform>
        </translation>
    </message>
</context>
</TS>
