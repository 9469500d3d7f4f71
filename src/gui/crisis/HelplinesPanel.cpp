#include "gui/crisis/HelplinesPanel.h"

#include "domain/Error.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/RegionBox.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/crisis/HelplineCard.h"
#include "gui/crisis/HelplineEditDialog.h"
#include "storage/ProfileSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

HelplinesPanel::HelplinesPanel(ProfileSettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_store(settings) {
    setObjectName(u"helplinesPanel"_s);
    FocusLanding::install(this, [this] { return focusTarget(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = crisis::wrappedLabel(tr("Talk to someone now"), this, u"talkHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    layout->addWidget(crisis::wrappedLabel(
        tr("You don't have to know what to say. The people on these lines are there to listen."), this));

    // Asked once, inline: no separate screen to get through first.
    m_picker = new QWidget(this);
    m_picker->setObjectName(u"regionPicker"_s);
    auto* pickerLayout = new QVBoxLayout(m_picker);
    pickerLayout->setContentsMargins(0, 8, 0, 8);
    auto* ask = crisis::wrappedLabel(tr("Where are you? This chooses which helplines to show."), m_picker);
    crisis::setFontScale(ask, 1.2, true);
    pickerLayout->addWidget(ask);
    // A handful of large buttons (the country this computer suggests, and "somewhere else"),
    // and every country in a list that type-ahead searches: never a wall of buttons.
    auto* grid = new crisis::FlowLayout;
    const QList<Region> regions = Helpline::regions();
    QStringList quick;
    const QString guessed = RegionBox::guess();
    if (!guessed.isEmpty()) quick << guessed;
    quick << Helpline::otherRegion();
    for (const QString& code : std::as_const(quick)) {
        const QString name = Helpline::regionName(code);
        auto* button = new QPushButton(name, m_picker);
        button->setObjectName(u"regionPick_"_s + code);
        crisis::makeLarge(button, name);
        connect(button, &QPushButton::clicked, this, [this, code] { chooseRegion(code); });
        grid->addWidget(button);
    }
    pickerLayout->addLayout(grid);
    m_pickBox = new QComboBox(m_picker);
    m_pickBox->setObjectName(u"regionPickBox"_s);
    m_pickBox->setAccessibleName(tr("Choose your country"));
    m_pickBox->setPlaceholderText(tr("Choose your country"));
    m_pickBox->setMinimumHeight(crisis::kMinTarget);
    // As wide as a usual country name, not the longest: at 200 % text it still fits.
    m_pickBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pickBox->setMinimumContentsLength(16);
    for (const Region& region : regions) m_pickBox->addItem(region.name, region.code);
    m_pickBox->setCurrentIndex(-1);
    connect(m_pickBox, &QComboBox::activated, this,
            [this](int index) { chooseRegion(m_pickBox->itemData(index).toString()); });
    pickerLayout->addWidget(m_pickBox, 0, Qt::AlignLeft);
    layout->addWidget(m_picker);

    m_regionRow = new QWidget(this);
    // Label and box side by side, or one above the other when the text is large.
    auto* regionRow = new crisis::FlowLayout(m_regionRow);
    regionRow->setContentsMargins(0, 0, 0, 0);
    m_regionBox = new QComboBox(this);
    m_regionBox->setObjectName(u"regionBox"_s);
    m_regionBox->setAccessibleName(tr("Show helplines for"));
    m_regionBox->setMinimumHeight(crisis::kMinTarget);
    m_regionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionBox->setMinimumContentsLength(16);
    for (const Region& region : regions) m_regionBox->addItem(region.name, region.code);
    auto* regionLabel = new QLabel(tr("Helplines for"), this);
    regionLabel->setBuddy(m_regionBox);
    regionLabel->setMinimumHeight(crisis::kMinTarget);  // level with the box beside it
    regionLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    regionRow->addWidget(regionLabel);
    regionRow->addWidget(m_regionBox);
    layout->addWidget(m_regionRow);
    connect(m_regionBox, &QComboBox::activated, this,
            [this](int index) { showRegion(m_regionBox->itemData(index).toString()); });

    // One scroll area for the whole screen (the screen's own): a second one inside it would
    // leave two scrollbars and room for only a couple of lines.
    m_cards = new QWidget(this);
    m_cards->setObjectName(u"helplinesCards"_s);
    m_cards->setAutoFillBackground(false);
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(10);
    layout->addWidget(m_cards);

    m_otherHint = crisis::wrappedLabel(
        Helpline::directoryHint() + u' ' + tr("Add the helplines you find here, so they are ready when you need them."),
        this, u"helplinesOtherHint"_s);
    layout->addWidget(m_otherHint);

    // Changing the list lives at its end, away from the numbers: nobody presses "Change"
    // while reaching for "Copy number".
    auto* actions = new crisis::FlowLayout;
    m_editToggle = new QPushButton(tr("Change the list…"), this);
    m_editToggle->setObjectName(u"helplinesEditToggle"_s);
    crisis::makeLarge(m_editToggle, tr("Change or remove the helplines in this list"));
    connect(m_editToggle, &QPushButton::clicked, this, [this] { setEditing(!m_editing); });
    auto* add = new QPushButton(tr("Add your own helpline"), this);
    add->setObjectName(u"helplineAdd"_s);
    crisis::makeLarge(add, tr("Add your own helpline"));
    connect(add, &QPushButton::clicked, this, &HelplinesPanel::addHelpline);
    m_restore = new QPushButton(tr("Restore the built-in list"), this);
    m_restore->setObjectName(u"helplineRestore"_s);
    crisis::makeLarge(m_restore, tr("Restore the built-in helplines for this region"));
    connect(m_restore, &QPushButton::clicked, this, &HelplinesPanel::restoreBuiltins);
    actions->addWidget(m_editToggle);
    actions->addWidget(add);
    actions->addWidget(m_restore);
    layout->addLayout(actions);

    // Below everything it could push down: "Saved.", "Removed." and the like.
    m_status = crisis::wrappedLabel(QString(), this, u"helplinesStatus"_s);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);

    reload();
}

void HelplinesPanel::reload() {
    const QString saved = m_settings.region();
    m_picker->setVisible(!Helpline::isKnownRegion(saved));
    // Until the person says where they are, the lines of the suggested country (or the shared
    // emergency number) are already there under the question: nobody meets an empty list.
    QString shown = Helpline::isKnownRegion(saved) ? saved : m_region;
    if (shown.isEmpty()) shown = RegionBox::guess();
    if (shown.isEmpty()) shown = Helpline::otherRegion();
    showRegion(shown);
}

void HelplinesPanel::showRegion(const QString& region) {
    m_region = region;
    const int index = m_regionBox->findData(region);
    m_regionBox->setCurrentIndex(index);
    rebuild();
}

void HelplinesPanel::chooseRegion(const QString& region) {
    // The button just pressed goes with the question. Let go of the focus first: hiding it
    // would pass the focus on to whatever comes next ("Change the list…"), and a screen reader
    // would name that before the first line's number.
    const bool answering = m_picker->isAncestorOf(QApplication::focusWidget());
    if (answering) QApplication::focusWidget()->clearFocus();
    try {
        m_settings.setRegion(region);
        m_settings.save();
        m_picker->hide();
        showStatus(QString());
    } catch (const Error& error) {
        showStatus(error.message());  // still shown for now, even if it could not be kept
    }
    showRegion(region);
    if (!cards().isEmpty())
        cards().constFirst()->setFocus();
    else if (answering)
        setFocus();
}

QList<HelplineCard*> HelplinesPanel::cards() const {
    return m_cards->findChildren<HelplineCard*>(QString(), Qt::FindDirectChildrenOnly);
}

QString HelplinesPanel::emergencyNumber() const {
    // "Somewhere else" shows 112 with a note on where it works; a sentence elsewhere on the
    // screen must not name it as if it were the person's own emergency number.
    if (m_region == Helpline::otherRegion()) return {};
    return Helpline::emergencyNumber(m_helplines);
}

void HelplinesPanel::rebuild() {
    // Direct deletes are safe: no card is rebuilt from inside one of its own signals.
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_helplines = m_region.isEmpty() ? QList<Helpline>() : m_store.helplines(m_region);
    auto addLines = [this](bool builtin) {
        for (const Helpline& h : std::as_const(m_helplines)) {
            if (h.builtin != builtin) continue;
            auto* card = new HelplineCard(h, true, m_cards);
            connect(card, &HelplineCard::editRequested, this, &HelplinesPanel::editHelpline);
            card->setEditing(m_editing);
            m_cardsLayout->addWidget(card);
            card->show();  // at once, not at the next turn of the event loop
        }
    };
    auto addContacts = [this] {
        const QList<LockScreenContact> contacts = m_store.lockScreenContacts();
        if (contacts.isEmpty()) return;
        auto* heading = crisis::wrappedLabel(tr("People you chose to show here"), m_cards, u"contactsHeading"_s);
        crisis::setFontScale(heading, 1.2, true);
        m_cardsLayout->addWidget(heading);
        heading->show();
        for (const LockScreenContact& contact : contacts) {
            Helpline asLine;
            asLine.name = contact.name;
            asLine.call = contact.phone;
            auto* card = new HelplineCard(asLine, false, m_cards);
            card->setObjectName(u"contactCard"_s);
            m_cardsLayout->addWidget(card);
            card->show();
        }
    };
    if (!m_region.isEmpty() && !Helpline::hasCuratedList(m_region)) {
        // Where Mooring knows only the emergency number, what the person added themselves is
        // what they know best: their own lines and people come first.
        addLines(false);
        addContacts();
        addLines(true);
    } else {
        addLines(true);
        addLines(false);
        addContacts();
    }
    // Where Mooring has no curated list, one plain line says how to find a local helpline.
    bool ownLines = false;
    for (const Helpline& h : std::as_const(m_helplines)) ownLines = ownLines || !h.builtin;
    m_otherHint->setVisible(!m_region.isEmpty() && !Helpline::hasCuratedList(m_region) && !ownLines);
    m_restore->setVisible(!m_region.isEmpty() && m_store.hasChangedBuiltins(m_region));
    // Until a region is known, the picker above is all there is: no empty list, no blank box.
    m_regionRow->setVisible(!m_region.isEmpty() && !m_picker->isVisibleTo(this));

    // Fonts of the new cards follow the screen's, like everything else on it.
    crisis::applyFonts(m_cards, font());
    Q_EMIT helplinesChanged();
}

QWidget* HelplinesPanel::focusTarget() const {
    // Opened with Alt+T or its button, the panel hands the focus on to something a screen reader
    // can name: the question "Where are you?" while it is asked, otherwise the first line's
    // number. The panel itself has no name and nothing to say.
    QWidget* first = nullptr;
    if (m_picker->isVisibleTo(this)) first = m_picker->findChild<QPushButton*>();
    if (!first && !cards().isEmpty()) first = cards().constFirst();
    return first ? first : m_regionBox;
}

void HelplinesPanel::setEditing(bool on) {
    m_editing = on;
    m_editToggle->setText(on ? tr("Done changing") : tr("Change the list…"));
    for (HelplineCard* card : cards()) card->setEditing(on);
    if (on)
        showStatus(tr("Choose \"Change\" on the helpline you want to change or remove."));
    else
        showStatus(QString());
}

void HelplinesPanel::addHelpline() {
    Helpline fresh;
    fresh.region = m_region.isEmpty() ? Helpline::otherRegion() : m_region;
    auto* dialog = new HelplineEditDialog(fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void HelplinesPanel::editHelpline(const QString& id) {
    for (const Helpline& h : std::as_const(m_helplines)) {
        if (h.id != id) continue;
        auto* dialog = new HelplineEditDialog(h, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
        dialog->open();
        return;
    }
}

void HelplinesPanel::saveFromDialog(HelplineEditDialog* dialog) {
    try {
        const Helpline h = dialog->helpline();
        if (dialog->removeChosen()) {
            m_store.remove(h.id);
            showStatus(h.builtin ? tr("Removed. \"Restore the built-in list\" brings it back.") : tr("Removed."));
        } else {
            m_store.save(h);
            if (m_region.isEmpty()) m_region = h.region;  // the first own helpline, before any region was chosen
            showStatus(tr("Saved."));
        }
    } catch (const Error& error) {
        showStatus(error.message());
    }
    showRegion(m_region);
}

void HelplinesPanel::restoreBuiltins() {
    try {
        m_store.restoreBuiltins(m_region);
        showStatus(tr("The built-in helplines are back as they were. Your own are still here."));
    } catch (const Error& error) {
        showStatus(error.message());
    }
    rebuild();
}

void HelplinesPanel::showStatus(const QString& message) {
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

}  // namespace mooring
