#pragma once

#include "gui/common/ProfileAccess.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace mooring {

class MessageBanner;
class NewPassphraseForm;
class ProfileSettings;

// "Export…": the whole profile or only the plan; protected with an export passphrase
// (the default, with a strength hint) or, only after a plain warning, readable JSON.
// The file name comes through DialogHooks; the slow part runs off the GUI thread.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ProfileSession& session, ProfileSettings& settings, ProfileAccess access, QWidget* parent = nullptr);

private:
    void updateForm();
    void startExport();
    void finish(const QString& path, const QString& problem);

    QPointer<ProfileSession> m_session;  // guarded: a lock closes it while this dialog closes
    ProfileSettings& m_settings;
    ProfileAccess m_access;
    QRadioButton* m_whole;
    QRadioButton* m_planOnly;
    QRadioButton* m_protected;
    QRadioButton* m_readable;
    NewPassphraseForm* m_passphrase;
    QLabel* m_readableWarning;
    QCheckBox* m_understood;
    MessageBanner* m_banner;
    QPushButton* m_save;
};

}  // namespace mooring
