#include "gui/hopebox/MediumActions.h"

#include "domain/Error.h"
#include "gui/common/SoundPlayback.h"
#include "gui/hopebox/CaptionDialog.h"
#include "gui/hopebox/MediaShelfModel.h"
#include "gui/hopebox/RemoveMediumCommand.h"
#include "media/PhotoPreparation.h"
#include "session/ProfileSession.h"

#include <QUndoStack>

namespace mooring {

MediumActions::MediumActions(ProfileSession& session, QWidget* dialogs)
    : QObject(dialogs),
      m_session(session),
      m_dialogs(dialogs),
      m_playback(new SoundPlayback(this)),
      m_undo(new QUndoStack(this)) {
    connect(m_playback, &SoundPlayback::changed, this, &MediumActions::said);
}

MediumActions::~MediumActions() { m_undo->disconnect(); }

QString MediumActions::playingId() const { return m_playback->playingId(); }

void MediumActions::forget() {
    m_playback->stop();
    m_undo->clear();  // an undo must not put something back into a place no longer shown
}

void MediumActions::askCaption(const QString& id, bool justAdded) {
    std::optional<Medium> medium;
    try {
        medium = m_session.media().find(id);
    } catch (const Error& e) {
        return Q_EMIT said(e.message(), true);
    }
    if (!medium) return;
    auto* dialog = new CaptionDialog(medium->caption, justAdded, m_dialogs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        try {
            m_session.media().setCaption(id, dialog->caption());
            Q_EMIT changed(id);
            Q_EMIT said(tr("Caption saved."), false);
        } catch (const Error& e) {
            Q_EMIT said(e.message(), true);
        }
    });
    connect(dialog, &QDialog::finished, this, &MediumActions::captionClosed);
    dialog->open();
}

void MediumActions::turn(const QString& id) {
    QByteArray bytes;
    try {
        bytes = m_session.media().bytes(id);
    } catch (const Error& e) {
        return Q_EMIT said(e.message(), true);
    }
    // Decoding and encoding a 2560-pixel photo takes a moment: off the GUI thread.
    m_session.runJob(
        this, [bytes](UnlockedProfile&) { return PhotoPreparation::turned(bytes, true); },
        [this, id](Outcome<PreparedPhoto>& outcome) {
            try {
                const PreparedPhoto photo = outcome.take();
                m_session.media().replaceBytes(id, photo.mime, photo.bytes, photo.thumbnail);
                Q_EMIT changed(id);
                Q_EMIT said(tr("Turned clockwise."), false);
            } catch (const Error& e) {
                Q_EMIT said(e.message(), true);
            }
        });
}

void MediumActions::togglePlay(Medium medium) {
    if (medium.kind == MediumKind::Photo) return;
    if (m_playback->playingId() == medium.id) return m_playback->stop();
    try {
        m_playback->play(medium.id, MediaShelfModel::accessibleName(medium), m_session.media().bytes(medium.id));
    } catch (const Error& e) {
        Q_EMIT said(e.message(), true);
    }
}

void MediumActions::remove(Medium medium) {
    if (m_playback->playingId() == medium.id) m_playback->stop();
    auto* command =
        new RemoveMediumCommand(m_session, medium.id, [this](const QString& message) { Q_EMIT said(message, true); });
    m_undo->push(command);
    if (!command->removed()) return;
    Q_EMIT changed({});
    Q_EMIT said(tr("Removed \u201c%1\u201d. Ctrl+Z or \u201cPut back\u201d brings it back.")
                    .arg(MediaShelfModel::accessibleName(medium)),
                false);
}

void MediumActions::undo() {
    if (!m_undo->canUndo()) return;
    const auto* command = static_cast<const RemoveMediumCommand*>(m_undo->command(m_undo->index() - 1));
    const QString id = command->mediumId();
    m_undo->undo();
    Q_EMIT changed(id);
    Q_EMIT said(tr("Put back."), false);
}

}  // namespace mooring
