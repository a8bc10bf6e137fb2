// SPDX-License-Identifier: GPL-3.0-or-later
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextDocumentFragment>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "explorer/activationresolver.h"
#include "explorer/formulatypesetter.h"
#include "explorer/infopanel.h"
#include "languagemanager.h"
#include "uiwords.h"

using namespace actlab;

namespace {

QString plain(const QString &html) {
    // A thin space before raised text keeps e<sup>x</sup> from reading as the word "ex".
    QString spaced = html;
    spaced.replace(QStringLiteral("<sup>"), QStringLiteral("<sup>\u2009"));
    return QTextDocumentFragment::fromHtml(spaced).toPlainText();
}

/// All visible label texts of the panel, as plain text, in layout order.
QStringList visibleTexts(const InfoPanel &panel) {
    QStringList texts;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        if (label->isVisibleTo(&panel) && !label->text().isEmpty())
            texts << (label->textFormat() == Qt::PlainText ? label->text() : plain(label->text()));
    for (const QGroupBox *box : panel.findChildren<QGroupBox *>())
        if (box->isVisibleTo(&panel))
            texts << box->title();
    return texts;
}

} // namespace

/** The info dock: formula, properties, texts, code with copy buttons, framework differences. */
class TestInfoPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reluInEnglish();
    void sigmoidInEnglish();
    void reluAndSigmoidInChinese();
    void copyButtonsCopyTheSnippets();
    void frameworkDifferencesForLeakyRelu();
    void kinksFollowTheParameters();
    void piecewiseFormulasAreTypesetAsCases();
    void noEnglishProseInAnyChineseFormula();
    void formulasAndVectorActivations();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestInfoPanel::initTestCase() {
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestInfoPanel::cleanup() {
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestInfoPanel::reluInEnglish() {
    InfoPanel panel;
    const ResolvedActivation relu = resolveActivation(QStringLiteral("relu"));
    panel.setActivation(relu, relu.entry->spec.defaultParams());
    const QStringList texts = visibleTexts(panel);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(texts.contains(activationName(relu.entry->spec)));
    QVERIFY2(plain(panel.formulaHtml()).contains(QStringLiteral("max(0, x)")),
             qPrintable(plain(panel.formulaHtml())));
    QVERIFY(all.contains(QStringLiteral("[0, ∞)")));
    QVERIFY(all.contains(QStringLiteral("Monotonic")));
    QVERIFY(all.contains(QStringLiteral("continuous, with kinks (C⁰)")));
    QVERIFY(all.contains(catalogText(relu.entry->spec.texts.traits)));
    QVERIFY(all.contains(catalogText(relu.entry->spec.texts.whenToUse)));
    QVERIFY(all.contains(catalogText(relu.entry->spec.texts.pitfalls)));
    QVERIFY(all.contains(QString::fromUtf8(relu.entry->spec.texts.paper)));
    QVERIFY(all.contains(QString::fromUtf8(relu.entry->spec.texts.kerasSnippet)));
    QVERIFY(all.contains(QString::fromUtf8(relu.entry->spec.texts.pytorchSnippet)));
    QVERIFY(texts.contains(QStringLiteral("Keras 3")));
    QVERIFY(texts.contains(QStringLiteral("PyTorch")));
}

void TestInfoPanel::sigmoidInEnglish() {
    InfoPanel panel;
    const ResolvedActivation sigmoid = resolveActivation(QStringLiteral("sigmoid"));
    panel.setActivation(sigmoid, {});
    const QString all = visibleTexts(panel).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("(0, 1)")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("smooth (C∞)")));
    QVERIFY(all.contains(QStringLiteral("No kinks or jumps")));
    QVERIFY(QTextDocumentFragment::fromHtml(panel.formulaHtml())
                .toPlainText()
                .contains(QStringLiteral("σ(x) = 1 / (1 + e")));
    // Variables are italic, exponents raised.
    QVERIFY(panel.formulaHtml().contains(QStringLiteral("<i>x</i>")));
}

void TestInfoPanel::reluAndSigmoidInChinese() {
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    const QSet<QString> allowed =
        UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
    for (const char *id : {"relu", "sigmoid"}) {
        InfoPanel panel;
        const ResolvedActivation a = resolveActivation(QString::fromLatin1(id));
        panel.setActivation(a, a.entry->spec.defaultParams());
        const QStringList texts = visibleTexts(panel);
        QVERIFY(texts.contains(activationName(a.entry->spec)));
        if (QLatin1String(id) == QLatin1String("relu"))
            QVERIFY(texts.contains(QStringLiteral("修正线性单元")));
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("单调")), qPrintable(all));
        QVERIFY(all.contains(catalogText(a.entry->spec.texts.traits)));
        QVERIFY(catalogText(a.entry->spec.texts.traits) !=
                QString::fromUtf8(a.entry->spec.texts.traits));
        // Nothing English but maths and code: snippets and the paper are skipped.
        const QString snippets = QString::fromUtf8(a.entry->spec.texts.kerasSnippet) +
                                 QString::fromUtf8(a.entry->spec.texts.pytorchSnippet) +
                                 QString::fromUtf8(a.entry->spec.texts.paper) +
                                 QString::fromStdString(a.entry->spec.id);
        for (const QString &text : texts) {
            if (snippets.contains(text) || text == QLatin1String("Keras 3"))
                continue;
            const QStringList english = UiWords::englishWordsIn(text, allowed);
            QVERIFY2(english.isEmpty(),
                     qPrintable(text + QStringLiteral(" ← ") + english.join(QLatin1Char(','))));
        }
    }
}

void TestInfoPanel::copyButtonsCopyTheSnippets() {
    InfoPanel panel;
    const ResolvedActivation relu = resolveActivation(QStringLiteral("relu"));
    panel.setActivation(relu, relu.entry->spec.defaultParams());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.kerasCopyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString::fromUtf8(relu.entry->spec.texts.kerasSnippet));
    QTest::mouseClick(panel.pytorchCopyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString::fromUtf8(relu.entry->spec.texts.pytorchSnippet));
}

void TestInfoPanel::frameworkDifferencesForLeakyRelu() {
    InfoPanel panel;
    const ResolvedActivation leaky = resolveActivation(QStringLiteral("leaky_relu"));
    panel.setActivation(leaky, leaky.entry->spec.defaultParams());
    const QString all = visibleTexts(panel).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Keras layer 0.3")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("PyTorch 0.01")));
    QVERIFY(all.contains(QStringLiteral("JAX 0.01")));
    // At the kink, PyTorch's derivative is the slope a, JAX's is 1 (activations.md §3).
    QVERIFY(all.contains(QStringLiteral("x = 0: kink; PyTorch's f′ there is 0.2")));
    QVERIFY(all.contains(QStringLiteral("JAX's is 1")));
}

void TestInfoPanel::kinksFollowTheParameters() {
    InfoPanel panel;
    const ResolvedActivation threshold = resolveActivation(QStringLiteral("threshold"));
    panel.setActivation(threshold, {1, 0});
    QVERIFY(visibleTexts(panel).join(QLatin1Char('\n')).contains(QStringLiteral("x = 1: jump")));
    panel.setParams({2.5, 0});
    QVERIFY(visibleTexts(panel).join(QLatin1Char('\n')).contains(QStringLiteral("x = 2.5: jump")));
}

void TestInfoPanel::piecewiseFormulasAreTypesetAsCases() {
    const QString html =
        FormulaTypesetter::toHtml(QStringLiteral("f(x) = x if x > 0, a·x otherwise"));
    QVERIFY(html.contains(QStringLiteral("<table")));
    QVERIFY(html.contains(QStringLiteral(">{<")));
    const QString text = plain(html);
    QVERIFY2(text.contains(QStringLiteral("if")) && text.contains(QStringLiteral("otherwise")),
             qPrintable(text));
    QVERIFY(html.contains(QStringLiteral("e<sup>")) ||
            FormulaTypesetter::toHtml(QStringLiteral("e^(x/α)")).contains(QStringLiteral("<sup>")));
    QVERIFY(FormulaTypesetter::toHtml(QStringLiteral("e^(x/α)")).contains(QStringLiteral("<sup>")));

    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    const QString zh =
        plain(FormulaTypesetter::toHtml(QStringLiteral("f(x) = x if x > 0, a·x otherwise")));
    QVERIFY2(!zh.contains(QStringLiteral("otherwise")) && !zh.contains(QStringLiteral("if")),
             qPrintable(zh));
}

void TestInfoPanel::noEnglishProseInAnyChineseFormula() {
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    const QSet<QString> allowed =
        UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        const QString text =
            plain(FormulaTypesetter::toHtml(QString::fromUtf8(e.spec.texts.formula)));
        const QStringList english = UiWords::englishWordsIn(text, allowed);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QString::fromStdString(e.spec.id) + QStringLiteral(": ") + text +
                            QStringLiteral(" ← ") + english.join(QLatin1Char(','))));
    }
}

void TestInfoPanel::formulasAndVectorActivations() {
    InfoPanel panel;
    const ResolvedActivation formula = resolveActivation(QStringLiteral("expr:x*tanh(x)"));
    QVERIFY(formula.isFormula());
    panel.setActivation(formula, {}, QStringLiteral("My unit"));
    QStringList texts = visibleTexts(panel);
    QVERIFY(texts.contains(QStringLiteral("My unit")));
    QVERIFY(plain(panel.formulaHtml()).contains(QStringLiteral("x*tanh(x)")));
    QVERIFY(!panel.kerasCopyButton()->isVisibleTo(&panel));

    const ResolvedActivation softmax = resolveActivation(QStringLiteral("softmax"));
    QVERIFY(softmax.isValid());
    panel.setActivation(softmax, softmax.entry->spec.defaultParams());
    texts = visibleTexts(panel);
    QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("(x, 0)")));
}

QTEST_MAIN(TestInfoPanel)
#include "tst_infopanel.moc"
