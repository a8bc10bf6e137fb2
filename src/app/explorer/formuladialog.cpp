// SPDX-License-Identifier: GPL-3.0-or-later
#include "formuladialog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>
#include <QTextDocumentFragment>

#include "formula/formula.h"
#include "formulaerrortext.h"
#include "ui_formuladialog.h"

namespace {
bool isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

FormulaDialog::FormulaDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FormulaDialog>()) {
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->expressionEdit->setFont(mono);
    connect(m_ui->expressionEdit, &QLineEdit::textChanged, this, &FormulaDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

FormulaDialog::~FormulaDialog() = default;

void FormulaDialog::setFormula(const UserFormula &formula) {
    m_ui->nameEdit->setText(formula.name);
    m_ui->expressionEdit->setText(formula.expression);
    validate();
}

UserFormula FormulaDialog::formula() const {
    return {m_ui->nameEdit->text().trimmed(), m_ui->expressionEdit->text().trimmed()};
}

QString FormulaDialog::messageText() const {
    return QTextDocumentFragment::fromHtml(m_ui->errorLabel->text()).toPlainText();
}

void FormulaDialog::validate() {
    const QString text = m_ui->expressionEdit->text();
    const auto result = actlab::FormulaFunction::compile(text.toStdString());
    m_valid = std::holds_alternative<std::shared_ptr<const actlab::FormulaFunction>>(result);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_valid);

    const bool dark = isDarkPalette(palette());
    if (m_valid) {
        m_ui->errorLabel->setText(
            QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
                .arg(dark ? QStringLiteral("#8fd694") : QStringLiteral("#1b6e2a"),
                     tr("The formula is valid.").toHtmlEscaped()));
        return;
    }
    if (text.trimmed().isEmpty()) { // an untouched field is not an error worth shouting about
        m_ui->errorLabel->setText(formulaErrorText(std::get<actlab::FormulaError>(result)));
        return;
    }
    const actlab::FormulaError &error = std::get<actlab::FormulaError>(result);
    // The core counts bytes of the UTF-8 text; convert to a character column for the caret.
    const QByteArray utf8 = text.toUtf8();
    const qsizetype column =
        QString::fromUtf8(utf8.left(qsizetype(std::min<std::size_t>(error.position, utf8.size()))))
            .size();
    const QString caretLine = QString(column, QLatin1Char(' ')) + QLatin1Char('^');
    const QString colour = dark ? QStringLiteral("#ff9a8f") : QStringLiteral("#b3261e");
    m_ui->errorLabel->setText(
        QStringLiteral("<pre style=\"margin:0\">%1\n<b style=\"color:%2\">%3</b></pre>"
                       "<span style=\"color:%2\">%4</span>")
            .arg(text.toHtmlEscaped(), colour, caretLine, formulaErrorText(error).toHtmlEscaped()));
}

void FormulaDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        validate();
    } else if (event->type() == QEvent::PaletteChange) {
        validate();
    }
    QDialog::changeEvent(event);
}
