<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <source>ReLU family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid and tanh family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential linear units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-gated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth ReLU approximations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic and periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU clipped at 6: identity between 0 and 6, flat outside. The cap keeps activations in a small fixed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile and quantised networks (MobileNet), where a bounded range maps well onto low-precision arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units stuck above 6 pass no gradient, just like units stuck below 0, so it can die from both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Malformed range &quot;%1&quot;: expected A:B:N, for example -5:5:101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point count in &quot;%1&quot; must be between 1 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed number &quot;%1&quot; in --x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed formula has no parameters; remove --param.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation &quot;%1&quot;. Did you mean: %2? (actlab list shows all.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed parameter &quot;%1&quot;: expected NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;: %2 has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; for %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed number &quot;%1&quot; for parameter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2 is out of range: it must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2 is out of range: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing activation: actlab eval ID (--range A:B:N | --x X1,X2,...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be 0, 1 or 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --range A:B:N or --x X1,X2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector activation has no second derivative here; use --order 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take an input of %2 elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaError</name>
    <message>
        <source>The formula is empty: type an expression in x, such as sin(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown name &quot;%1&quot; at column %2: use x, a function such as exp or sigmoid, or a constant such as _pi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing closing parenthesis for the one opened at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected parenthesis at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula ends too early, at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot; at column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula cannot be read at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ActLab — Activation Function Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for neural-network activation functions: their shapes, exact derivatives, and what they do to a network that learns.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), Eigen (MPL-2.0) and oneTBB (Apache-2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
