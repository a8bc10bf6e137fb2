// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "explorer/parametereditor.h"
#include "explorer/parameterpanel.h"
#include "languagemanager.h"

using namespace actlab;

namespace {

const ActivationSpec &spec(const char *id) {
    const CatalogEntry *entry = Catalog::builtin().find(id);
    Q_ASSERT(entry);
    return entry->spec;
}

/// Gives the test the style option QSlider uses to place its handle.
/// Reaches QSlider's protected initStyleOption through a member pointer named inside a
/// derived class: legal, unlike casting the slider to a class it is not (UBSan's vptr check).
class SliderProbe : public QSlider {
public:
    static void fill(const QSlider *slider, QStyleOptionSlider *option) {
        (slider->*(&SliderProbe::initStyleOption))(option);
    }
};

QPoint handleCentre(QSlider *slider) {
    QStyleOptionSlider option;
    SliderProbe::fill(slider, &option);
    return slider->style()
        ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
        .center();
}

void sendMouse(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Drags the slider's handle by `dx` pixels in `steps` moves, as a hand would.
void dragSlider(QSlider *slider, int dx, int steps = 5) {
    const QPoint start = handleCentre(slider);
    sendMouse(slider, QEvent::MouseButtonPress, start, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        sendMouse(slider, QEvent::MouseMove, start + QPoint(dx * i / steps, 0), Qt::LeftButton);
    sendMouse(slider, QEvent::MouseButtonRelease, start + QPoint(dx, 0), Qt::NoButton);
}

double lastValue(const QSignalSpy &spy, int index = 0) {
    return spy.last().at(0).value<std::vector<double>>().at(std::size_t(index));
}

} // namespace

/** The parameter dock: sliders, spin boxes, defaults, framework buttons, switches, undo. */
class TestParameterPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void editorsFollowTheSpec();
    void sliderDragChangesValueLive();
    void spinBoxEditsAreHardLimited();
    void typedValueWidensTheSlider();
    void resetRestoresTheDefault();
    void frameworkDefaultButtons();
    void integerSwitchIsACheckBox();
    void infinityAllowedHasANoneBox();
    void orderedParametersNeverCross();
    void undoAndRedo();
    void undoStacksArePerActivation();
    void noParameters();
    void retranslates();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestParameterPanel::initTestCase() {
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestParameterPanel::cleanup() {
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestParameterPanel::editorsFollowTheSpec() {
    ParameterPanel panel;
    const ActivationSpec &hardTanh = spec("hard_tanh");
    panel.setActivation(QStringLiteral("hard_tanh"), &hardTanh, hardTanh.defaultParams());
    QCOMPARE(panel.editors().size(), 2);
    for (int i = 0; i < 2; ++i) {
        // From the defaults each time: min_val at its slider's top (0) would otherwise stop
        // max_val's slider one step short of 0 (orderedParametersNeverCross covers that).
        panel.setActivation(QStringLiteral("hard_tanh"), &hardTanh, hardTanh.defaultParams());
        const ParamSpec &p = hardTanh.params[std::size_t(i)];
        ParameterEditor *editor = panel.editors()[i];
        QCOMPARE(editor->value(), p.defaultValue);
        // any finite value PyTorch's Hardtanh accepts; the spin box stops at ±1e6
        QCOMPARE(editor->spinBox()->minimum(), std::isfinite(p.min) ? p.min : -1e6);
        QCOMPARE(editor->spinBox()->maximum(), std::isfinite(p.max) ? p.max : 1e6);
        QCOMPARE(editor->spinBox()->singleStep(), p.step);
        QCOMPARE(editor->spinBox()->value(), p.defaultValue);
        QVERIFY(editor->slider()->toolTip().contains(catalogText(p.description)));
        // The slider's ends are the spec's slider range.
        editor->slider()->setValue(editor->slider()->minimum());
        QCOMPARE(editor->value(), p.sliderMin);
        editor->slider()->setValue(editor->slider()->maximum());
        QCOMPARE(editor->value(), p.sliderMax);
    }
    QCOMPARE(panel.values(), (std::vector<double>{-1, 3})); // min_val's default, max_val's end
}

void TestParameterPanel::sliderDragChangesValueLive() {
    ParameterPanel panel;
    const ActivationSpec &leaky = spec("leaky_relu");
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, leaky.defaultParams());
    panel.resize(380, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);

    QSlider *slider = panel.editors()[0]->slider();
    dragSlider(slider, slider->width() / 3, 6);
    QVERIFY2(spy.count() >= 3, "the curve must follow the drag, not wait for the release");
    const double after = panel.values()[0];
    QVERIFY2(after > 0.35 && after <= 1.0, qPrintable(QString::number(after)));
    QCOMPARE(lastValue(spy), after);
    QCOMPARE(panel.editors()[0]->spinBox()->value(), std::round(after * 1000) / 1000);
    // Every reported value sits on the step grid (0.01 for negative_slope).
    for (const QList<QVariant> &args : spy) {
        const double v = args.at(0).value<std::vector<double>>().at(0);
        QVERIFY(std::abs(v * 100 - std::round(v * 100)) < 1e-9);
    }
    // One drag is one undo step.
    QCOMPARE(panel.currentUndoStack()->count(), 1);
    panel.undoGroup()->undo();
    QCOMPARE(panel.values()[0], 0.2);
    QCOMPARE(slider->value(), 20);
}

void TestParameterPanel::spinBoxEditsAreHardLimited() {
    ParameterPanel panel;
    const ActivationSpec &softplus = spec("softplus");
    panel.setActivation(QStringLiteral("softplus"), &softplus, softplus.defaultParams());
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    QDoubleSpinBox *spin = panel.editors()[0]->spinBox();
    spin->setValue(50); // beyond the slider's 5: any β > 0 is allowed
    QCOMPARE(panel.values()[0], 50.0);
    QCOMPARE(panel.editors()[0]->slider()->value(), panel.editors()[0]->slider()->maximum());
    spin->setValue(1000);
    QCOMPARE(panel.values()[0], 1000.0);
    spin->setValue(-3); // β > 0: the spin box stops one step above the excluded 0
    QCOMPARE(panel.values()[0], 0.01);
    QCOMPARE(spy.count(), 3);
}

// A value typed outside the slider's teaching range widens the slider to reach it; the slider
// then moves over the wider range, and undo walks back through the typed values.
void TestParameterPanel::typedValueWidensTheSlider() {
    ParameterPanel panel;
    const ActivationSpec &leaky = spec("leaky_relu");
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, leaky.defaultParams());
    ParameterEditor *editor = panel.editors()[0];
    QSlider *slider = editor->slider();
    editor->spinBox()->setValue(1.5); // PyTorch accepts any slope; the slider ends at 1
    QCOMPARE(panel.values()[0], 1.5);
    QCOMPARE(slider->value(), slider->maximum());
    editor->spinBox()->setValue(-0.5);
    QCOMPARE(panel.values()[0], -0.5);
    QCOMPARE(slider->value(), slider->minimum());
    QVERIFY(slider->toolTip().contains(QStringLiteral("Slider: -0.5 to 1.5")));
    slider->setValue(slider->maximum()); // the slider now reaches both typed values
    QCOMPARE(panel.values()[0], 1.5);
    slider->setValue(slider->minimum());
    QCOMPARE(panel.values()[0], -0.5);
    // undo: −0.5 (slider) → 1.5 (slider) → −0.5 (typed) → 1.5 (typed) → 0.2 (default)
    QUndoGroup *group = panel.undoGroup();
    group->undo();
    QCOMPARE(panel.values()[0], 1.5);
    QCOMPARE(slider->value(), slider->maximum());
    group->undo();
    group->undo();
    QCOMPARE(panel.values()[0], 1.5);
    group->undo();
    QCOMPARE(panel.values()[0], 0.2);
    QVERIFY(!group->canUndo());
    group->redo();
    QCOMPARE(panel.values()[0], 1.5);
    QCOMPARE(editor->spinBox()->value(), 1.5);
}

void TestParameterPanel::resetRestoresTheDefault() {
    ParameterPanel panel;
    const ActivationSpec &elu = spec("elu");
    panel.setActivation(QStringLiteral("elu"), &elu, {2.5});
    ParameterEditor *editor = panel.editors()[0];
    QCOMPARE(editor->value(), 2.5);
    QVERIFY(editor->resetButton()->isEnabled());
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    QTest::mouseClick(editor->resetButton(), Qt::LeftButton);
    QCOMPARE(panel.values(), std::vector<double>{1.0});
    QCOMPARE(spy.count(), 1);
    QVERIFY(!editor->resetButton()->isEnabled());
    panel.undoGroup()->undo();
    QCOMPARE(panel.values(), std::vector<double>{2.5});

    // "Reset all" is one step for several parameters.
    const ActivationSpec &threshold = spec("threshold");
    panel.setActivation(QStringLiteral("threshold"), &threshold, {2, -1});
    panel.resetAll();
    QCOMPARE(panel.values(), (std::vector<double>{1, 0}));
    QCOMPARE(panel.currentUndoStack()->count(), 1);
    panel.undoGroup()->undo();
    QCOMPARE(panel.values(), (std::vector<double>{2, -1}));
}

void TestParameterPanel::frameworkDefaultButtons() {
    ParameterPanel panel;
    const ActivationSpec &leaky = spec("leaky_relu");
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, leaky.defaultParams());
    ParameterEditor *editor = panel.editors()[0];
    QStringList texts;
    for (QPushButton *button : editor->frameworkButtons())
        texts << button->text();
    QCOMPARE(texts, (QStringList{QStringLiteral("Keras layer 0.3"), QStringLiteral("PyTorch 0.01"),
                                 QStringLiteral("JAX 0.01")}));
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    QTest::mouseClick(editor->frameworkButtons()[1], Qt::LeftButton);
    QCOMPARE(panel.values()[0], 0.01);
    QTest::mouseClick(editor->frameworkButtons()[0], Qt::LeftButton);
    QCOMPARE(panel.values()[0], 0.3);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(editor->spinBox()->value(), 0.3);

    // PReLU's Keras layer starts at 0 while PyTorch's 0.25 is the default.
    const ActivationSpec &prelu = spec("prelu");
    panel.setActivation(QStringLiteral("prelu"), &prelu, prelu.defaultParams());
    QCOMPARE(panel.editors()[0]->frameworkButtons().size(), 1);
    QTest::mouseClick(panel.editors()[0]->frameworkButtons()[0], Qt::LeftButton);
    QCOMPARE(panel.values()[0], 0.0);
}

void TestParameterPanel::integerSwitchIsACheckBox() {
    ParameterPanel panel;
    const ActivationSpec &gelu = spec("gelu");
    panel.setActivation(QStringLiteral("gelu"), &gelu, gelu.defaultParams());
    ParameterEditor *editor = panel.editors()[0];
    QVERIFY(editor->switchBox());
    QVERIFY(!editor->slider());
    QVERIFY(!editor->switchBox()->isChecked());
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    editor->switchBox()->click();
    QCOMPARE(panel.values(), std::vector<double>{1.0});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(editor->frameworkButtons().size(), 2);
    QCOMPARE(editor->frameworkButtons()[0]->text(), QStringLiteral("JAX on"));
    editor->switchBox()->click();
    QCOMPARE(panel.values(), std::vector<double>{0.0});
    QTest::mouseClick(editor->frameworkButtons()[0], Qt::LeftButton);
    QVERIFY(editor->switchBox()->isChecked());
}

void TestParameterPanel::infinityAllowedHasANoneBox() {
    ParameterPanel panel;
    const ActivationSpec &relu = spec("relu");
    panel.setActivation(QStringLiteral("relu"), &relu, relu.defaultParams());
    const int maxIndex = relu.paramIndex("max_value");
    ParameterEditor *editor = panel.editors()[maxIndex];
    QVERIFY(editor->infinityBox());
    QVERIFY(editor->infinityBox()->isChecked());
    QVERIFY(!editor->slider()->isEnabled());
    QVERIFY(std::isinf(panel.values()[std::size_t(maxIndex)]));

    editor->infinityBox()->click();
    const double finite = panel.values()[std::size_t(maxIndex)];
    QVERIFY(std::isfinite(finite));
    QVERIFY(editor->slider()->isEnabled());
    editor->spinBox()->setValue(6);
    QCOMPARE(panel.values()[std::size_t(maxIndex)], 6.0);
    editor->infinityBox()->click();
    QVERIFY(std::isinf(panel.values()[std::size_t(maxIndex)]));
    editor->infinityBox()->click(); // back to the last finite value
    QCOMPARE(panel.values()[std::size_t(maxIndex)], 6.0);
    QCOMPARE(editor->formatValue(std::numeric_limits<double>::infinity()),
             QStringLiteral("None (∞)"));
}

void TestParameterPanel::orderedParametersNeverCross() {
    // hard_tanh's sliders overlap at 0 and its boxes take any value: min_val < max_val must hold.
    ParameterPanel panel;
    const ActivationSpec &hardTanh = spec("hard_tanh");
    panel.setActivation(QStringLiteral("hard_tanh"), &hardTanh, hardTanh.defaultParams());
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    ParameterEditor *minEditor = panel.editors()[0];
    ParameterEditor *maxEditor = panel.editors()[1];
    maxEditor->slider()->setValue(maxEditor->slider()->minimum()); // max_val to 0
    QCOMPARE(panel.values()[1], 0.0);
    minEditor->slider()->setValue(minEditor->slider()->maximum()); // min_val towards 0
    QCOMPARE(panel.values()[0], -0.01);                            // stops one step short
    QCOMPARE(minEditor->spinBox()->value(), -0.01);
    QCOMPARE(lastValue(spy), -0.01);
    QVERIFY(!checkParams(hardTanh, panel.values()));
    minEditor->spinBox()->setValue(5); // a typed value past max_val stops there too
    QCOMPARE(panel.values()[0], -0.01);
    QCOMPARE(minEditor->spinBox()->value(), -0.01);
    maxEditor->spinBox()->setValue(-4);
    QCOMPARE(panel.values()[1], 0.0); // -0.01 + one step
    QCOMPARE(maxEditor->spinBox()->value(), 0.0);
    QVERIFY(!checkParams(hardTanh, panel.values()));
    // Undo walks back through values that all held.
    panel.undoGroup()->undo();
    QCOMPARE(panel.values(), (std::vector<double>{-1.0, 0.0}));
}

void TestParameterPanel::undoAndRedo() {
    ParameterPanel panel;
    const ActivationSpec &celu = spec("celu");
    panel.setActivation(QStringLiteral("celu"), &celu, celu.defaultParams());
    QDoubleSpinBox *spin = panel.editors()[0]->spinBox();
    spin->setValue(2);
    spin->setValue(3);
    QSignalSpy spy(&panel, &ParameterPanel::parametersChanged);
    QUndoGroup *group = panel.undoGroup();
    QVERIFY(group->canUndo());
    group->undo();
    QCOMPARE(panel.values(), std::vector<double>{2.0});
    QCOMPARE(spin->value(), 2.0);
    group->undo();
    QCOMPARE(panel.values(), std::vector<double>{1.0});
    QVERIFY(!group->canUndo());
    group->redo();
    QCOMPARE(panel.values(), std::vector<double>{2.0});
    QCOMPARE(spy.count(), 3); // the plot follows undo and redo too
    QCOMPARE(lastValue(spy), 2.0);
}

void TestParameterPanel::undoStacksArePerActivation() {
    ParameterPanel panel;
    const ActivationSpec &leaky = spec("leaky_relu");
    const ActivationSpec &elu = spec("elu");
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, leaky.defaultParams());
    panel.editors()[0]->spinBox()->setValue(0.5);
    panel.setActivation(QStringLiteral("elu"), &elu, elu.defaultParams());
    QVERIFY(!panel.undoGroup()->canUndo()); // elu has no history yet
    panel.editors()[0]->spinBox()->setValue(2);
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, {0.5});
    panel.undoGroup()->undo();
    QCOMPARE(panel.values(), std::vector<double>{0.2});
    QVERIFY(!panel.undoGroup()->canUndo());
}

void TestParameterPanel::noParameters() {
    ParameterPanel panel;
    const ActivationSpec &sigmoid = spec("sigmoid");
    panel.setActivation(QStringLiteral("sigmoid"), &sigmoid, {});
    QVERIFY(panel.editors().isEmpty());
    QVERIFY(panel.values().empty());
    panel.resetAll(); // nothing to do, nothing on the stack
    QCOMPARE(panel.currentUndoStack()->count(), 0);
}

void TestParameterPanel::retranslates() {
    ParameterPanel panel;
    const ActivationSpec &leaky = spec("leaky_relu");
    panel.setActivation(QStringLiteral("leaky_relu"), &leaky, leaky.defaultParams());
    ParameterEditor *editor = panel.editors()[0];
    QCOMPARE(editor->resetButton()->text(), QStringLiteral("Reset"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
    QCOMPARE(editor->resetButton()->text(), QStringLiteral("重置"));
    QVERIFY(editor->slider()->toolTip().contains(catalogText(leaky.params[0].description)));
    QVERIFY(catalogText(leaky.params[0].description) !=
            QString::fromUtf8(leaky.params[0].description));
    QCOMPARE(editor->frameworkButtons()[1]->text(), QStringLiteral("PyTorch 0.01"));
    // The words are translated, the framework's name is kept.
    QCOMPARE(editor->frameworkButtons()[0]->text(), QStringLiteral("Keras 层 0.3"));
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
