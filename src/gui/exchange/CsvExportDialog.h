#pragma once

#include "gui/common/ProfileAccess.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QPushButton;

namespace mooring {

class MessageBanner;

// "Journal as a spreadsheet (CSV)…": the journal for a spreadsheet program, one row per
// entry (exchange/JournalCsv). Such a file cannot be protected, so the same plain warning
// as the readable export comes first and must be understood before a file can be chosen.
// The file is written as a session job, off the GUI thread.
class CsvExportDialog : public QDialog {
    Q_OBJECT
public:
    CsvExportDialog(ProfileSession& session, ProfileAccess access, QWidget* parent = nullptr);

private:
    void save();

    QPointer<ProfileSession> m_session;  // guarded: a lock closes it while this dialog closes
    ProfileAccess m_access;
    QCheckBox* m_understood;
    MessageBanner* m_banner;
    QPushButton* m_save;
};

}  // namespace mooring
