<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Catalog</name>
        <message>
            <source>ReLU family</source>
            <translation>ReLU 家族</translation>
        </message>
        <message>
            <source>Sigmoid and tanh family</source>
            <translation>Sigmoid 与 tanh 家族</translation>
        </message>
        <message>
            <source>Exponential linear units</source>
            <translation>指数线性单元</translation>
        </message>
        <message>
            <source>Self-gated units</source>
            <translation>自门控单元</translation>
        </message>
        <message>
            <source>Smooth ReLU approximations</source>
            <translation>平滑的 ReLU 近似</translation>
        </message>
        <message>
            <source>Shrinkage functions</source>
            <translation>收缩函数</translation>
        </message>
        <message>
            <source>Classic and periodic</source>
            <translation>经典与周期函数</translation>
        </message>
        <message>
            <source>Vector activations</source>
            <translation>向量激活函数</translation>
        </message>
        <message>
            <source>My formulas</source>
            <translation>我的公式</translation>
        </message>
        <message>
            <source>ReLU clipped at 6: identity between 0 and 6, flat outside. The cap keeps activations in a small fixed range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile and quantised networks (MobileNet), where a bounded range maps well onto low-precision arithmetic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units stuck above 6 pass no gradient, just like units stuck below 0, so it can die from both sides.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Malformed range "%1": expected A:B:N, for example -5:5:101.</source>
            <translation>范围“%1”格式错误：应为 A:B:N，例如 -5:5:101。</translation>
        </message>
        <message>
            <source>The point count in "%1" must be between 1 and 10000000.</source>
            <translation>“%1”中的点数必须在 1 到 10000000 之间。</translation>
        </message>
        <message>
            <source>Malformed number "%1" in --x.</source>
            <translation>--x 中的数字“%1”格式错误。</translation>
        </message>
        <message>
            <source>Formula error: %1</source>
            <translation>公式错误：%1</translation>
        </message>
        <message>
            <source>A typed formula has no parameters; remove --param.</source>
            <translation>自定义公式没有参数，请去掉 --param。</translation>
        </message>
        <message>
            <source>Unknown activation "%1". Did you mean: %2? (actlab list shows all.)</source>
            <translation>未知的激活函数“%1”。您是否想输入：%2？（actlab list 可列出全部。）</translation>
        </message>
        <message>
            <source>Malformed parameter "%1": expected NAME=VALUE.</source>
            <translation>参数“%1”格式错误：应为 名称=数值。</translation>
        </message>
        <message>
            <source>Unknown parameter "%1": %2 has no parameters.</source>
            <translation>未知参数“%1”：%2 没有参数。</translation>
        </message>
        <message>
            <source>Unknown parameter "%1" for %2; it has: %3.</source>
            <translation>%2 没有参数“%1”；它的参数有：%3。</translation>
        </message>
        <message>
            <source>Malformed number "%1" for parameter %2.</source>
            <translation>参数 %2 的数值“%1”格式错误。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be a whole number from %3 to %4.</source>
            <translation>参数 %1 = %2 超出范围：必须是 %3 到 %4 之间的整数。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be from %3 to %4.</source>
            <translation>参数 %1 = %2 超出范围：必须在 %3 到 %4 之间。</translation>
        </message>
        <message>
            <source>Missing activation: actlab eval ID (--range A:B:N | --x X1,X2,...).</source>
            <translation>缺少激活函数：actlab eval ID (--range A:B:N | --x X1,X2,...)。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <source>--order must be 0, 1 or 2, not "%1".</source>
            <translation>--order 必须是 0、1 或 2，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown format "%1": use csv or json.</source>
            <translation>未知格式“%1”：请使用 csv 或 json。</translation>
        </message>
        <message>
            <source>Give exactly one of --range A:B:N or --x X1,X2,...</source>
            <translation>请在 --range A:B:N 与 --x X1,X2,... 中恰好指定一个。</translation>
        </message>
        <message>
            <source>A vector activation has no second derivative here; use --order 0 or 1.</source>
            <translation>向量激活函数在此不提供二阶导数；请使用 --order 0 或 1。</translation>
        </message>
        <message>
            <source>%1 cannot take an input of %2 elements.</source>
            <translation>%1 不能接受 %2 个元素的输入。</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>向量</translation>
        </message>
        <message>
            <source>Unknown format "%1": use text or json.</source>
            <translation>未知格式“%1”：请使用 text 或 json。</translation>
        </message>
    </context>
    <context>
        <name>FormulaError</name>
        <message>
            <source>The formula is empty: type an expression in x, such as sin(x).</source>
            <translation>公式为空：请输入一个关于 x 的表达式，例如 sin(x)。</translation>
        </message>
        <message>
            <source>Unknown name "%1" at column %2: use x, a function such as exp or sigmoid, or a constant such as _pi.</source>
            <translation>第 %2 列有未知名称“%1”：请使用 x、exp 或 sigmoid 等函数，或 _pi 等常数。</translation>
        </message>
        <message>
            <source>Unexpected "%1" at column %2.</source>
            <translation>第 %2 列出现了意外的“%1”。</translation>
        </message>
        <message>
            <source>Missing closing parenthesis for the one opened at column %1.</source>
            <translation>第 %1 列打开的括号缺少右括号。</translation>
        </message>
        <message>
            <source>Unexpected parenthesis at column %1.</source>
            <translation>第 %1 列出现了多余的括号。</translation>
        </message>
        <message>
            <source>The formula ends too early, at column %1.</source>
            <translation>公式在第 %1 列提前结束。</translation>
        </message>
        <message>
            <source>Wrong number of arguments for "%1" at column %2.</source>
            <translation>第 %2 列的“%1”参数个数不正确。</translation>
        </message>
        <message>
            <source>The formula cannot be read at column %1.</source>
            <translation>无法解析公式第 %1 列处的内容。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ActLab — Activation Function Lab</source>
            <translation>ActLab — 激活函数实验室</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About ActLab</source>
            <translation>关于 ActLab(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Choose an activation from the catalog.</source>
            <translation>请从目录中选择一个激活函数。</translation>
        </message>
        <message>
            <source>About ActLab</source>
            <translation>关于 ActLab</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for neural-network activation functions: their shapes, exact derivatives, and what they do to a network that learns.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), Eigen (MPL-2.0) and oneTBB (Apache-2.0).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;神经网络激活函数实验室：观察它们的形状、精确导数，以及它们对学习中的网络有何影响。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）、QCustomPlot（GPL-3.0）、muParser（BSD-2-Clause）、Eigen（MPL-2.0）和 oneTBB（Apache-2.0）构建。&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
