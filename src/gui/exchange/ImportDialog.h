#pragma once

#include "exchange/Importer.h"
#include "gui/common/MessageBanner.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mooring {

class SecureBuffer;

// "Import…" for a chosen file: the export passphrase if the file is protected, then a
// preview of what it holds and what it would change. Nothing is written until the person
// presses "Import"; then the session writes all of it at once, after a backup, and tells
// every screen (ProfileSession::importDone). The check and the write are session jobs (a
// full hope box takes seconds): the window stays awake, F1 works, and the dialog says
// what is happening. Cancel stops waiting for the check (it writes nothing); the write is
// one transaction and is not stopped halfway, so Cancel waits for it.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(ProfileSession& session, const QString& path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void reject() override;  // not while writing

private:
    void openProtected();
    void startCheck(std::shared_ptr<SecureBuffer> passphrase);
    void checked(Outcome<std::shared_ptr<const ImportPlan>>& outcome, bool wasProtected);
    void showPreview();
    void importNow();
    void written(const QString& problem);
    // Said once the write is over when this dialog was closed meanwhile (F1): a word that
    // waits beside the window and asks nothing.
    static void sayAfterClosed(QWidget* window, const QString& problem);
    void setBusy(bool busy);
    void showProblem(const QString& text);
    void say(const QString& text, MessageBanner::Tone tone);

    QPointer<ProfileSession> m_session;  // guarded: a lock closes it while this dialog closes
    QString m_path;                      // read piece by piece, never whole: a hope box makes large files
    std::shared_ptr<const ImportPlan> m_plan;
    bool m_writing = false;
    QStackedWidget* m_pages;
    QLineEdit* m_passphrase;
    QPushButton* m_open;
    QLabel* m_preview;
    QLabel* m_conflicts;  // records changed differently in both places; hidden when none
    QPushButton* m_import;
    QPushButton* m_cancel;
    MessageBanner* m_banner;
};

}  // namespace mooring
