#include "widgets/error_dialog.h"

#include <QApplication>
#include <QDebug>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/error_text.h"

ErrorDialog::ErrorDialog(const QString& headline, const clue::Error& error, QWidget* parent)
    : QDialog(parent), m_details(new QPlainTextEdit(this)), m_toggle(new QToolButton(this)) {
    setWindowTitle(tr("CLUE Studio — Error"));
    m_message = ErrorText::message(error.code);

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(headline, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    auto* message = new QLabel(m_message, this);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_toggle->setText(tr("Details…"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("Show the technical details of this error"));
    const QString code = tr("Error code %1 (%2)").arg(static_cast<int>(error.code)).arg(QLatin1String(clue::errc_area(error.code)));
    m_details->setPlainText(code + QLatin1Char('\n') + QString::fromStdString(error.detail));
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_details->setMinimumHeight(120);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    auto* close = new QPushButton(tr("Close"), this);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(message);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    setMinimumWidth(420);
}

ErrorDialog* ErrorDialog::showError(QWidget* parent, const QString& headline, const clue::Error& error) {
    qWarning().noquote() << headline << "-" << static_cast<int>(error.code) << QString::fromStdString(error.detail);
    auto* dialog = new ErrorDialog(headline, error, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ErrorDialog::messageText() const { return m_message; }

QString ErrorDialog::detailText() const { return m_details->toPlainText(); }

bool ErrorDialog::detailsVisible() const { return m_details->isVisible(); }
