// SPDX-License-Identifier: GPL-3.0-or-later
#include "infopanel.h"

#include <cmath>
#include <utility>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include "activations/vectorslice.h"
#include "catalogtext.h"
#include "formulatypesetter.h"

namespace {

QString number(double value) {
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QString text = QLocale().toString(value, 'g', 6);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QString rangeText(const actlab::OutputRange &r) {
    const bool loClosed = r.loClosed && std::isfinite(r.lo);
    const bool hiClosed = r.hiClosed && std::isfinite(r.hi);
    return QStringLiteral("%1%2, %3%4")
        .arg(loClosed ? QLatin1Char('[') : QLatin1Char('('))
        .arg(number(r.lo), number(r.hi))
        .arg(hiClosed ? QLatin1Char(']') : QLatin1Char(')'));
}

QLabel *wrappingLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setMinimumWidth(1); // wrap to the dock's width instead of widening the page
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InfoPanel::InfoPanel(QWidget *parent)
    : QWidget(parent) {
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(150);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (std::exchange(m_paramsPending, false)) {
            fillFrameworks();
            m_throttle.start();
        }
    });
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_title = wrappingLabel(m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = wrappingLabel(m_content);
    m_subtitle->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_subtitle->setTextFormat(Qt::PlainText);

    m_formula = new QLabel(m_content);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setMinimumWidth(1); // a wide formula is cut inside its box, not the whole page
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.3);
    m_formula->setFont(formulaFont);
    m_formula->setFrameShape(QFrame::StyledPanel);
    m_formula->setMargin(8);
    m_formula->setBackgroundRole(QPalette::Base);
    m_formula->setAutoFillBackground(true);

    m_note = wrappingLabel(m_content);

    m_propertiesBox = new QGroupBox(m_content);
    m_propertiesGrid = new QGridLayout(m_propertiesBox);
    m_propertiesGrid->setColumnStretch(1, 1);
    m_propertiesGrid->setHorizontalSpacing(12);
    for (int row = 0; row < 7; ++row) {
        auto *key = new QLabel(m_propertiesBox);
        auto *value = wrappingLabel(m_propertiesBox);
        key->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QFont keyFont = key->font();
        keyFont.setBold(true);
        key->setFont(keyFont);
        m_propertiesGrid->addWidget(key, row, 0);
        m_propertiesGrid->addWidget(value, row, 1);
        m_propertyKeys << key;
        m_propertyValues << value;
    }

    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_formula);
    layout->addWidget(m_note);
    layout->addWidget(m_propertiesBox);
    m_traits = addTextSection(&m_traitsBox);
    m_when = addTextSection(&m_whenBox);
    m_pitfalls = addTextSection(&m_pitfallsBox);
    m_paper = addTextSection(&m_paperBox);
    m_keras = addCodeSection(&m_kerasBox, &m_kerasCopy);
    m_pytorch = addCodeSection(&m_pytorchBox, &m_pytorchCopy);
    m_frameworks = addTextSection(&m_frameworksBox);
    m_frameworks->setTextFormat(Qt::RichText);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    retranslateUi();
}

InfoPanel::~InfoPanel() = default;

QLabel *InfoPanel::addTextSection(QGroupBox **box) {
    *box = new QGroupBox(m_content);
    auto *label = wrappingLabel(*box);
    auto *layout = new QVBoxLayout(*box);
    layout->addWidget(label);
    m_content->layout()->addWidget(*box);
    return label;
}

QLabel *InfoPanel::addCodeSection(QGroupBox **box, QPushButton **copy) {
    *box = new QGroupBox(m_content);
    auto *code = new QLabel(*box);
    code->setTextFormat(Qt::PlainText);
    code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code->setWordWrap(true);
    code->setMinimumWidth(1);
    code->setFrameShape(QFrame::StyledPanel);
    code->setMargin(6);
    code->setBackgroundRole(QPalette::Base);
    code->setAutoFillBackground(true);
    *copy = new QPushButton(*box);
    (*copy)->setAutoDefault(false);
    QPushButton *button = *copy;
    connect(button, &QPushButton::clicked, this, [code, button] {
        QApplication::clipboard()->setText(code->text());
        button->setText(tr("Copied ✓"));
        QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    });
    auto *layout = new QHBoxLayout(*box);
    layout->addWidget(code, 1);
    layout->addWidget(button, 0, Qt::AlignTop);
    m_content->layout()->addWidget(*box);
    return code;
}

void InfoPanel::setActivation(const ResolvedActivation &activation,
                              const std::vector<double> &params, const QString &formulaName) {
    m_activation = activation;
    m_params = params;
    m_formulaName = formulaName;
    m_paramsPending = false;
    retranslateUi();
}

void InfoPanel::setParams(const std::vector<double> &params) {
    m_params = params;
    if (m_throttle.isActive()) {
        m_paramsPending = true;
        return;
    }
    fillFrameworks();
    m_throttle.start();
}

QString InfoPanel::formulaHtml() const {
    return m_formula->text();
}

void InfoPanel::fillProperties() {
    const actlab::ActivationSpec *spec = m_activation.spec();
    m_propertiesBox->setVisible(spec != nullptr);
    if (!spec)
        return;
    const actlab::Properties &p = spec->properties;
    const auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    QString smoothness;
    switch (p.smoothness) {
    case actlab::Smoothness::Discontinuous:
        smoothness = tr("discontinuous (has jumps)");
        break;
    case actlab::Smoothness::C0:
        smoothness = tr("continuous, with kinks (C⁰)");
        break;
    case actlab::Smoothness::C1:
        smoothness = tr("continuously differentiable (C¹)");
        break;
    case actlab::Smoothness::C2:
        smoothness = tr("twice continuously differentiable (C²)");
        break;
    case actlab::Smoothness::CInfinity:
        smoothness = tr("smooth (C∞)");
        break;
    }
    const QList<std::pair<QString, QString>> rows{
        {tr("Output range"), rangeText(p.range)},
        {tr("Monotonic"), yesNo(p.monotonic)},
        {tr("Smoothness"), smoothness},
        {tr("Zero-centred"), yesNo(p.zeroCentred)},
        {tr("Bounded below"), yesNo(p.boundedBelow)},
        {tr("Bounded above"), yesNo(p.boundedAbove)},
        {tr("Self-normalising"), yesNo(p.selfNormalising)},
    };
    for (int i = 0; i < rows.size(); ++i) {
        m_propertyKeys[i]->setText(rows[i].first);
        m_propertyValues[i]->setText(rows[i].second);
    }
}

void InfoPanel::fillFrameworks() {
    const actlab::ActivationSpec *spec = m_activation.spec();
    QStringList parts;
    if (m_activation.isFormula()) {
        parts << tr("f′ and f″ of a formula are computed numerically by the core, so they are "
                    "approximations near kinks and jumps.")
                     .toHtmlEscaped();
    }
    if (spec) {
        QStringList defaults;
        for (const actlab::ParamSpec &param : spec->params) {
            if (param.frameworkDefaults.empty())
                continue;
            QStringList values{tr("keras.activations %1").arg(number(param.defaultValue))};
            for (const actlab::FrameworkDefault &fd : param.frameworkDefaults)
                values << QStringLiteral("%1 %2").arg(catalogText(fd.framework), number(fd.value));
            defaults << QStringLiteral("<li><code>%1</code>: %2</li>")
                            .arg(QString::fromStdString(param.name).toHtmlEscaped(),
                                 values.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
        if (!defaults.isEmpty())
            parts << tr("Defaults that differ between frameworks:").toHtmlEscaped() +
                         QStringLiteral("<ul style=\"margin:0;\">%1</ul>")
                             .arg(defaults.join(QString()));
    }
    if (m_activation.isValid() && !m_activation.isFormula() && !spec->isVector) {
        const std::vector<actlab::Kink> kinks = m_activation.function->kinks(m_params);
        if (kinks.empty()) {
            parts << tr("No kinks or jumps for these parameters: every framework returns the "
                        "same derivative everywhere.")
                         .toHtmlEscaped();
        } else {
            QStringList items;
            for (const actlab::Kink &kink : kinks) {
                QString item = kink.jump ? tr("x = %1: jump in f; PyTorch's f′ there is %2")
                                         : tr("x = %1: kink; PyTorch's f′ there is %2");
                item = item.arg(number(kink.x), number(kink.derivativeUsed));
                item = kink.derivativeJax
                           ? tr("%1; JAX's is %2").arg(item, number(*kink.derivativeJax))
                           : tr("%1; JAX agrees").arg(item);
                items << QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            }
            parts
                << tr("Derivative at the non-differentiable points (current parameters):")
                           .toHtmlEscaped() +
                       QStringLiteral("<ul style=\"margin:0;\">%1</ul>").arg(items.join(QString()));
        }
    }
    m_frameworks->setText(parts.join(QStringLiteral("<br>")));
    m_frameworksBox->setVisible(!parts.isEmpty());
}

void InfoPanel::retranslateUi() {
    const actlab::ActivationSpec *shown = m_activation.spec();
    m_propertiesBox->setTitle(shown && shown->isVector
                                  ? tr("Properties of the plotted slice (default parameters)")
                                  : tr("Properties (default parameters)"));
    m_traitsBox->setTitle(tr("What it does"));
    m_whenBox->setTitle(tr("When to use it"));
    m_pitfallsBox->setTitle(tr("Pitfalls"));
    m_paperBox->setTitle(tr("Introduced in"));
    m_kerasBox->setTitle(QStringLiteral("Keras 3"));
    m_pytorchBox->setTitle(QStringLiteral("PyTorch"));
    m_frameworksBox->setTitle(tr("Frameworks compared"));
    m_kerasCopy->setText(tr("Copy"));
    m_kerasCopy->setToolTip(tr("Copy the Keras 3 code to the clipboard"));
    m_pytorchCopy->setText(tr("Copy"));
    m_pytorchCopy->setToolTip(tr("Copy the PyTorch code to the clipboard"));

    const actlab::ActivationSpec *spec = m_activation.spec();
    const bool builtin = spec != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_traitsBox, m_whenBox, m_pitfallsBox,
                                                       m_paperBox, m_kerasBox, m_pytorchBox})
        w->setVisible(builtin);

    if (!m_activation.isValid()) {
        m_title->setText(tr("No activation selected"));
        m_subtitle->clear();
        m_formula->clear();
        m_formula->hide();
        m_note->setText(tr("Choose an activation from the catalog."));
        m_note->show();
        m_propertiesBox->hide();
        m_frameworksBox->hide();
        return;
    }
    m_formula->show();

    if (!builtin) {
        const QString expression =
            m_activation.id.mid(m_activation.id.indexOf(QLatin1Char(':')) + 1);
        m_title->setText(m_formulaName.isEmpty() ? tr("Formula") : m_formulaName);
        m_subtitle->setText(tr("Your formula"));
        m_formula->setText(FormulaTypesetter::userFormulaHtml(expression));
        m_note->setText(tr("A formula you typed. Every built-in activation can be used in it "
                           "by its id, e.g. relu(x)."));
        m_note->show();
    } else {
        m_title->setText(activationName(*spec));
        QStringList ids{QString::fromStdString(spec->id)};
        for (const std::string &alias : spec->aliases)
            ids << QString::fromStdString(alias);
        m_subtitle->setText(ids.join(QStringLiteral(" · ")));
        m_formula->setText(FormulaTypesetter::toHtml(QString::fromUtf8(spec->texts.formula),
                                                     m_formula->font().pointSizeF()));
        if (spec->isVector) {
            const auto *slice =
                dynamic_cast<const actlab::VectorSliceFunction *>(m_activation.function.get());
            m_note->setText(slice && slice->feedsBothInputs()
                                ? tr("A vector activation. The plot shows its output for the "
                                     "input (x, x), i.e. both halves equal to x.")
                                : tr("A vector activation. The plot shows the first output for "
                                     "the two-element input (x, 0); for softmax that is σ(x/T)."));
            m_note->show();
        } else {
            m_note->hide();
        }
        m_traits->setText(catalogText(spec->texts.traits));
        m_when->setText(catalogText(spec->texts.whenToUse));
        m_pitfalls->setText(catalogText(spec->texts.pitfalls));
        const QString paper = QString::fromUtf8(spec->texts.paper);
        m_paper->setText(paper);
        m_paperBox->setVisible(!paper.isEmpty());
        m_keras->setText(QString::fromUtf8(spec->texts.kerasSnippet));
        m_pytorch->setText(QString::fromUtf8(spec->texts.pytorchSnippet));
        m_kerasBox->setVisible(!m_keras->text().isEmpty());
        m_pytorchBox->setVisible(!m_pytorch->text().isEmpty());
    }
    fillProperties();
    fillFrameworks();
}

void InfoPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
