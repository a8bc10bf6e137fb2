// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxlabpage.h"

#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "jacobianheatmap.h"
#include "logiteditor.h"
#include "settings.h"
#include "softmax/softmaxbreakdown.h"
#include "softmaxbarchart.h"
#include "softmaxerrortext.h"
#include "softmaxsteptable.h"
#include "uinumber.h"
#include "verticalscrollarea.h"

namespace {

const std::vector<double> kTutorialLogits{2.0, 1.0, 0.1};

QScrollArea *scrolling(QWidget *content) {
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QLabel *wrappingLabel() {
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

SoftmaxLabPage::SoftmaxLabPage(QWidget *parent)
    : QWidget(parent) {
    m_editor = new LogitEditor;
    m_tutorialButton = new QPushButton;
    m_hugeButton = new QPushButton;
    m_equalButton = new QPushButton;
    m_temperatureText = wrappingLabel();
    m_error = wrappingLabel();
    m_error->setStyleSheet(QStringLiteral("color: #c81e1e;"));
    m_error->hide();

    m_inputBox = new QGroupBox;
    auto *inputLayout = new QVBoxLayout(m_inputBox);
    inputLayout->addWidget(m_editor);
    auto *presets = new QGridLayout;
    presets->addWidget(m_tutorialButton, 0, 0, 1, 2);
    presets->addWidget(m_hugeButton, 1, 0);
    presets->addWidget(m_equalButton, 1, 1);
    inputLayout->addLayout(presets);
    inputLayout->addWidget(m_error);
    inputLayout->addWidget(m_temperatureText);

    // Left: the input and the Jacobian, which scroll together on a short screen.
    m_jacobian = new JacobianHeatMap;
    auto *leftContent = new QWidget;
    auto *leftLayout = new QVBoxLayout(leftContent);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_inputBox);
    leftLayout->addWidget(m_jacobian, 1);
    auto *left = new VerticalScrollArea(leftContent);

    // Right: everything computed from the input.
    using Scale = SoftmaxBarChart::Scale;
    m_charts[0] = new SoftmaxBarChart(0, Scale::Probability);
    m_charts[1] = new SoftmaxBarChart(1, Scale::Fit);
    m_charts[2] = new SoftmaxBarChart(2, Scale::Probability);
    m_charts[3] = new SoftmaxBarChart(3, Scale::Probability);
    auto *bars = new QGridLayout;
    for (int i = 0; i < 4; ++i)
        bars->addWidget(m_charts[i], i / 2, i % 2);

    m_table = new SoftmaxStepTable;
    m_stepsBox = new QGroupBox;
    auto *stepsLayout = new QVBoxLayout(m_stepsBox);
    stepsLayout->addWidget(m_table);

    m_naiveText = wrappingLabel();
    m_naiveBox = new QGroupBox;
    (new QVBoxLayout(m_naiveBox))->addWidget(m_naiveText);
    m_twoClassText = wrappingLabel();
    m_twoClassBox = new QGroupBox;
    (new QVBoxLayout(m_twoClassBox))->addWidget(m_twoClassText);
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_naiveBox, 1);
    texts->addWidget(m_twoClassBox, 1);

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(bars, 1);
    resultsLayout->addWidget(m_stepsBox);
    resultsLayout->addLayout(texts);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(left);
    layout->addWidget(scrolling(results), 1);

    connect(m_editor, &LogitEditor::changed, this, &SoftmaxLabPage::recompute);
    connect(m_tutorialButton, &QPushButton::clicked, this,
            [this] { setLogits(kTutorialLogits, 1.0); });
    connect(m_hugeButton, &QPushButton::clicked, this, [this] {
        setLogits({1000.0, 0.0, -1000.0}, m_editor->temperature());
    });
    connect(m_equalButton, &QPushButton::clicked, this, [this] {
        setLogits(std::vector<double>(m_editor->logits().size(), 1.0), m_editor->temperature());
    });

    std::vector<double> saved;
    for (const QVariant &v : SettingsKeys::softmaxLogits.get())
        saved.push_back(v.toDouble());
    const bool usable =
        actlab::breakDownSoftmax(saved, SettingsKeys::softmaxTemperature.get()).index() == 0;
    m_editor->setLogits(usable ? saved : kTutorialLogits);
    m_editor->setTemperature(usable ? SettingsKeys::softmaxTemperature.get() : 1.0);
    retranslateUi();
    recompute();
}

SoftmaxLabPage::~SoftmaxLabPage() = default;

void SoftmaxLabPage::setTheme(PlotTheme theme) {
    for (SoftmaxBarChart *chart : m_charts)
        chart->setTheme(theme);
    m_jacobian->setTheme(theme);
}

void SoftmaxLabPage::setLogits(const std::vector<double> &logits, double temperature) {
    m_editor->setLogits(logits);
    m_editor->setTemperature(temperature);
    recompute();
}

void SoftmaxLabPage::recompute() {
    const std::vector<double> logits = m_editor->logits();
    const double temperature = m_editor->temperature();
    const auto result = actlab::breakDownSoftmax(logits, temperature);
    if (const auto *bad = std::get_if<actlab::SoftmaxInputError>(&result)) {
        m_error->setText(softmaxInputErrorText(*bad)); // the last good picture stays
        m_error->show();
        return;
    }
    m_error->hide();
    const auto &b = std::get<actlab::SoftmaxBreakdown>(result);
    m_charts[0]->setValues(b.softmax);
    m_charts[1]->setValues(b.logSoftmax);
    m_charts[2]->setValues(b.softmin);
    m_charts[3]->setValues(b.sparsemax);
    m_table->setBreakdown(b);
    m_jacobian->setJacobian(b.jacobian, b.size());
    m_naiveFails = b.naiveFails();
    m_twoClassSoftmax = b.twoClassSoftmax;
    m_sigmoidOfDifference = b.sigmoidOfDifference;
    showTexts();

    QVariantList saved;
    for (double v : logits)
        saved << v;
    SettingsKeys::softmaxLogits.set(saved);
    SettingsKeys::softmaxTemperature.set(temperature);
}

void SoftmaxLabPage::showTexts() {
    m_naiveText->setText(
        m_naiveFails
            ? tr("Here the naive formula breaks down (red cells): an exponential overflows to "
                 "infinity or every one underflows to 0, and the division gives no number. The "
                 "shifted route never takes the exponential of a positive number, so its sum is "
                 "at least 1 and the answer is exact.")
            : tr("Here both routes agree. Try the huge logits [1000, 0, −1000]: e^1000 overflows "
                 "to infinity and infinity / infinity is not a number, while the shifted route "
                 "still gives the exact probabilities."));
    m_twoClassText->setText(
        tr("With two classes softmax is the sigmoid of the difference. For the first two "
           "logits, the first entry of softmax([x1, x2] / T) is %1 and σ((x1 − x2) / T) is %2: "
           "a difference of %3.")
            .arg(UiNumber::real(m_twoClassSoftmax, 'g', 10),
                 UiNumber::real(m_sigmoidOfDifference, 'g', 10),
                 UiNumber::real(std::fabs(m_twoClassSoftmax - m_sigmoidOfDifference), 'g', 2)));
}

void SoftmaxLabPage::retranslateUi() {
    m_inputBox->setTitle(tr("Logits and temperature"));
    m_tutorialButton->setText(tr("Tutorial example [2.0, 1.0, 0.1]"));
    m_tutorialButton->setToolTip(
        tr("The worked example: softmax turns it into about [0.659, 0.242, 0.099]."));
    m_hugeButton->setText(tr("Huge logits"));
    m_hugeButton->setToolTip(
        tr("[1000, 0, −1000]: the naive formula overflows, the stable one does not."));
    m_equalButton->setText(tr("All equal"));
    m_equalButton->setToolTip(tr("Equal logits give equal probabilities, 1/n each."));
    m_temperatureText->setText(
        tr("Temperature divides every logit: as T → 0 softmax approaches argmax (all "
           "probability on the largest logit), as T → ∞ it approaches the uniform "
           "distribution, 1/n each."));
    m_charts[0]->setTitle(tr("softmax: probabilities"));
    m_charts[1]->setTitle(tr("log_softmax: log-probabilities"));
    m_charts[2]->setTitle(tr("softmin: softmax of −x"));
    m_charts[3]->setTitle(tr("sparsemax: exact zeros"));
    m_stepsBox->setTitle(tr("Softmax step by step"));
    m_naiveBox->setTitle(tr("Why subtract the maximum"));
    m_twoClassBox->setTitle(tr("Two classes"));
    m_jacobian->setTitle(tr("Jacobian ∂pᵢ/∂xⱼ\n= (diag(p) − p pᵀ) / T"));
    showTexts();
}

void SoftmaxLabPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
