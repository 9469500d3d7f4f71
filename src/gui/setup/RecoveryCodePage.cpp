#include "gui/setup/RecoveryCodePage.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "printing/RecoveryCodeDocument.h"

#include <QDir>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

namespace {

constexpr int kGroupsPerRow = 3;

// "K7QM" -> "K 7 Q M", so a screen reader spells the group instead of guessing a word.
QString spelled(const QString& group) {
    QStringList letters;
    for (QChar c : group) letters.append(QString(c));
    return letters.join(u' ');
}

}  // namespace

RecoveryCodePage::RecoveryCodePage(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_note(new MessageBanner(this)), m_done(new QPushButton(this)) {
    setObjectName(QStringLiteral("recoveryCodePage"));
    auto* heading = new QLabel(tr("Your recovery code"), this);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("If you ever forget your passphrase, this code lets you back in. It is shown only "
                                "this once, so please write it down or print it, and keep it somewhere private, "
                                "away from this computer."),
                             this);
    intro->setWordWrap(true);

    auto* codeBox = new QFrame(this);
    codeBox->setObjectName(QStringLiteral("codeBox"));
    codeBox->setFrameShape(QFrame::StyledPanel);
    codeBox->setBackgroundRole(QPalette::Base);
    codeBox->setAutoFillBackground(true);
    auto* boxLayout = new QVBoxLayout(codeBox);
    boxLayout->setContentsMargins(16, 16, 16, 16);
    boxLayout->addLayout(m_grid);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(2);

    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto* pdfButton = new QPushButton(tr("&Save as PDF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_done->setText(tr("I've &written it down"));
    m_done->setObjectName(QStringLiteral("writtenDownButton"));
    m_note->setObjectName(QStringLiteral("recoveryNote"));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(m_done);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(codeBox);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    setTabOrder(m_done, printButton);
    setTabOrder(printButton, pdfButton);
    setFocusProxy(m_done);
    DefaultButton::install(this, m_done);
    Appearance::makeLargeTargets(this);

    connect(printButton, &QPushButton::clicked, this, &RecoveryCodePage::print);
    connect(pdfButton, &QPushButton::clicked, this, &RecoveryCodePage::savePdf);
    connect(m_done, &QPushButton::clicked, this, &RecoveryCodePage::writtenDown);
}

void RecoveryCodePage::setGroups(const QStringList& groups) {
    forget();
    m_groups = groups;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < groups.size(); ++i) {
        auto* label = new QLabel(groups.at(i), this);
        label->setObjectName(QStringLiteral("group%1").arg(i + 1));
        label->setFont(fixed);
        Appearance::setRelativeFontSize(label, 1.9, true);
        label->setAlignment(Qt::AlignCenter);
        label->setAccessibleName(tr("Group %1 of %2: %3").arg(i + 1).arg(groups.size()).arg(spelled(groups.at(i))));
        auto* number = new QLabel(tr("group %1").arg(i + 1), this);
        number->setAlignment(Qt::AlignCenter);
        number->setForegroundRole(QPalette::PlaceholderText);
        number->setContentsMargins(0, 0, 0, 10);  // rows apart more than a code from its number
        const int row = (i / kGroupsPerRow) * 2;
        m_grid->addWidget(label, row, i % kGroupsPerRow);
        m_grid->addWidget(number, row + 1, i % kGroupsPerRow);
        // Added after the page may already be showing: children then start hidden.
        label->show();
        number->show();
        m_groupLabels << label << number;
    }
    m_done->setFocus();
}

void RecoveryCodePage::forget() {
    for (QLabel* label : std::as_const(m_groupLabels)) delete label;
    m_groupLabels.clear();
    for (QString& group : m_groups) group.fill(QChar(u' '));
    m_groups.clear();
    m_note->clearMessage();
}

void RecoveryCodePage::print() {
    m_note->clearMessage();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Mooring recovery code"));
    if (!DialogHooks::choosePrinter(printer, this)) return;
    try {
        RecoveryCodeDocument(m_groups).print(printer);
        m_note->showMessage(tr("The page has gone to the printer."), MessageBanner::Tone::Info);
    } catch (const Error& error) {
        m_note->showMessage(error.message());
    }
}

void RecoveryCodePage::savePdf() {
    m_note->clearMessage();
    const QString fileName =
        DialogHooks::saveFileName(this, tr("Save the recovery code as a PDF"),
                                  QDir::home().filePath(tr("Mooring recovery code.pdf")), tr("PDF files (*.pdf)"));
    if (fileName.isEmpty()) return;
    try {
        RecoveryCodeDocument(m_groups).savePdf(fileName);
        m_note->showMessage(tr("Saved as %1. Once it is printed or copied somewhere safe, you may want to delete "
                               "that file.")
                                .arg(QDir::toNativeSeparators(fileName)),
                            MessageBanner::Tone::Info);
    } catch (const Error& error) {
        m_note->showMessage(error.message());
    }
}

}  // namespace mooring
