<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DepthLabPage</name>
        <message numerus="yes">
            <source>Measured on a random network of depth %1 and width %2 with %3 inputs, for %n configuration(s).</source>
            <translation>
                <numerusform>Measured on a random network of depth %1 and width %2 with %3 inputs, for %n configuration.</numerusform>
                <numerusform>Measured on a random network of depth %1 and width %2 with %3 inputs, for %n configurations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonBar</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Pinned %n activation(s).</source>
            <translation>
                <numerusform>Pinned %n activation.</numerusform>
                <numerusform>Pinned %n activations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetricsView</name>
        <message numerus="yes">
            <source>Actual class %1, predicted %2: %n point(s) (%3 of the class)</source>
            <translation>
                <numerusform>Actual class %1, predicted %2: %n point (%3 of the class)</numerusform>
                <numerusform>Actual class %1, predicted %2: %n points (%3 of the class)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagramView</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinBoard</name>
        <message numerus="yes">
            <source>pin %n activation(s)</source>
            <translation>
                <numerusform>pin %n activation</numerusform>
                <numerusform>pin %n activations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaygroundPage</name>
        <message numerus="yes">
            <source>%1 (%n points)</source>
            <translation>
                <numerusform>%1 (%n point)</numerusform>
                <numerusform>%1 (%n points)</numerusform>
            </translation>
        </message>
    </context>
</TS>
