#include "gui/common/ReadAloudButton.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadAloud.h"
#include "speech/Script.h"

#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ReadAloudButton::ReadAloudButton(ScriptSource script, QWidget* parent)
    : QWidget(parent), m_script(std::move(script)), m_button(new QPushButton(this)), m_note(new MessageBanner(this)) {
    setObjectName(u"readAloud"_s);
    m_button->setObjectName(u"readAloudButton"_s);
    m_button->setCheckable(true);  // its state is heard as pressed or not
    m_button->setAutoDefault(false);
    Appearance::makeLargeTarget(m_button);  // as easy to hit as the panel's other buttons
    m_note->setObjectName(u"readAloudNote"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    setFocusProxy(m_button);
    showState(false);
    connect(m_button, &QPushButton::toggled, this, &ReadAloudButton::toggled);
    hide();  // until a screen offers it
}

void ReadAloudButton::offerIn(QWidget* root, ReadAloud* reader) {
    const bool offered = reader && reader->isOffered();
    for (ReadAloudButton* button : root->findChildren<ReadAloudButton*>()) {
        button->setReader(reader);
        if (!offered) button->setOn(false);
        button->setVisible(offered);
    }
}

void ReadAloudButton::setReader(ReadAloud* reader) {
    if (m_reader == reader) return;
    if (m_reader) {
        setOn(false);
        m_reader->disconnect(this);
    }
    m_reader = reader;
    if (!reader) return;
    connect(reader, &ReadAloud::readerChanged, this, [this](QObject* now) {
        if (now == this) return;
        const QSignalBlocker quiet(m_button);  // someone else reads now: nothing to stop
        m_button->setChecked(false);
        showState(false);
    });
    connect(reader, &ReadAloud::finishedReading, this, [this](QObject* who) {
        if (who == this && !m_followsChanges) setOn(false);
    });
}

bool ReadAloudButton::isOn() const { return m_button->isChecked(); }

void ReadAloudButton::setOn(bool on) { m_button->setChecked(on); }

QString ReadAloudButton::unavailableNote() const { return m_note->isHidden() ? QString() : m_note->text(); }

void ReadAloudButton::toggled(bool on) {
    if (!m_reader) {
        const QSignalBlocker quiet(m_button);
        m_button->setChecked(false);
        return;
    }
    if (!on) {
        if (m_reader->currentReader() == this) m_reader->stopReading();
        showState(false);
        return;
    }
    if (!m_reader->read(m_script(), this)) {
        // Said once, calmly, where the person looks; the button stays as it was.
        const QSignalBlocker quiet(m_button);
        m_button->setChecked(false);
        m_note->showMessage(m_reader->unavailableReason(), MessageBanner::Tone::Info);
        return;
    }
    showState(true);
}

void ReadAloudButton::contentChanged() {
    if (isOn() && m_reader && m_reader->currentReader() == this) m_reader->read(m_script(), this);
}

void ReadAloudButton::hideEvent(QHideEvent* event) {
    // What is no longer on the screen is no longer read (another panel, F12, leaving).
    setOn(false);
    QWidget::hideEvent(event);
}

void ReadAloudButton::showState(bool on) {
    m_button->setText(on ? tr("Stop reading") : tr("Read this to me"));
    m_button->setAccessibleName(m_button->text());
}

}  // namespace mooring
