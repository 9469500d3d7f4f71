#include "gui/crisis/HelplineCard.h"

#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/crisis/QrCodeWidget.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QWidget* codeWithCaption(const QString& uri, const QString& caption, const QString& spoken, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* code = new QrCodeWidget(box);
    code->setObjectName(u"helplineQr"_s);
    code->setUri(uri, spoken);
    layout->addWidget(code, 0, Qt::AlignHCenter);
    auto* label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    return box;
}

}  // namespace

HelplineCard::HelplineCard(const Helpline& helpline, bool editable, QWidget* parent)
    : QFrame(parent), m_helpline(helpline) {
    setObjectName(u"helplineCard"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);

    auto* name = crisis::wrappedLabel(helpline.name, this, u"helplineCardName"_s);
    crisis::setFontScale(name, 1.3, true);
    layout->addWidget(name);
    if (helpline.youth)
        layout->addWidget(crisis::wrappedLabel(tr("For children and young people"), this, u"helplineCardYouth"_s));
    if (!helpline.note.isEmpty()) layout->addWidget(crisis::wrappedLabel(helpline.note, this, u"helplineCardNote"_s));

    QString spokenCall;
    QString spokenText;
    if (!helpline.call.isEmpty()) {
        spokenCall = tr("call %1").arg(helpline.call);
        auto* call = crisis::wrappedLabel(tr("Call %1").arg(helpline.call), this, u"helplineCardCall"_s);
        call->setTextInteractionFlags(Qt::TextSelectableByMouse);
        crisis::setFontScale(call, 1.8, true);
        layout->addWidget(call);
    }
    if (!helpline.text.isEmpty()) {
        const QString line = helpline.textBody.isEmpty() ? tr("Text %1").arg(helpline.text)
                                                         : tr("Text %1 to %2").arg(helpline.textBody, helpline.text);
        spokenText = line.toLower();
        auto* text = crisis::wrappedLabel(line, this, u"helplineCardText"_s);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        crisis::setFontScale(text, 1.8, true);
        layout->addWidget(text);
    }
    if (!helpline.hours.isEmpty())
        layout->addWidget(crisis::wrappedLabel(helpline.hours, this, u"helplineCardHours"_s));

    auto* buttons = new crisis::FlowLayout;
    auto* copy = new QPushButton(tr("Copy number"), this);
    copy->setObjectName(u"helplineCopy"_s);
    crisis::makeLarge(copy, tr("Copy the number of %1").arg(helpline.name));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(copyText());
        Q_EMIT copied(copyText());
    });
    buttons->addWidget(copy);
    setFocusProxy(copy);
    m_codeButton = new QPushButton(tr("Code for your phone"), this);
    m_codeButton->setObjectName(u"helplineShowQr"_s);
    crisis::makeLarge(m_codeButton, tr("Show a code your phone can scan for %1").arg(helpline.name));
    connect(m_codeButton, &QPushButton::clicked, this, [this] { setCodesVisible(!codesVisible()); });
    buttons->addWidget(m_codeButton);
    if (editable) {
        auto* edit = new QPushButton(tr("Change"), this);
        edit->setObjectName(u"helplineEdit"_s);
        crisis::makeLarge(edit, tr("Change %1").arg(helpline.name));
        connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_helpline.id); });
        buttons->addWidget(edit);
    }
    layout->addLayout(buttons);

    m_codes = new QWidget(this);
    m_codes->setObjectName(u"helplineCodes"_s);
    auto* codes = new QHBoxLayout(m_codes);
    codes->setContentsMargins(0, 8, 0, 0);
    if (!helpline.callUri().isEmpty())
        codes->addWidget(codeWithCaption(helpline.callUri(), tr("Scan to call"), spokenCall, m_codes));
    if (!helpline.textUri().isEmpty())
        codes->addWidget(codeWithCaption(helpline.textUri(), tr("Scan to text"), spokenText, m_codes));
    codes->addStretch(1);
    m_codes->hide();
    layout->addWidget(m_codes);
    if (helpline.callUri().isEmpty() && helpline.textUri().isEmpty()) {
        copy->setEnabled(false);
        m_codeButton->setEnabled(false);
    }
}

QString HelplineCard::copyText() const { return m_helpline.call.isEmpty() ? m_helpline.text : m_helpline.call; }

void HelplineCard::setCodesVisible(bool on) {
    m_codes->setVisible(on);
    m_codeButton->setText(on ? tr("Hide the code") : tr("Code for your phone"));
}

bool HelplineCard::codesVisible() const { return !m_codes->isHidden(); }

}  // namespace mooring
