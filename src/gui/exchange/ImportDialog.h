#pragma once

#include "exchange/Importer.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mooring {

class ExportSource;
class MessageBanner;
class ProfileSettings;

// "Import…" for a chosen file: the export passphrase if the file is protected, then a
// preview of what it holds and what it would change. Nothing is written until the person
// presses "Import"; then the session writes all of it at once, after a backup, and tells
// every screen (ProfileSession::importDone).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(ProfileSession& session, ProfileSettings& settings, const QString& path, QWidget* parent = nullptr);
    ~ImportDialog() override;

private:
    void openProtected();
    void showPreview(const std::shared_ptr<const ExportSource>& source);
    void importNow();
    void showProblem(const QString& text);

    QPointer<ProfileSession> m_session;  // guarded: a lock closes it while this dialog closes
    ProfileSettings& m_settings;
    QString m_path;  // read piece by piece, never whole: a hope box makes large files
    std::optional<ImportPlan> m_plan;
    QStackedWidget* m_pages;
    QLineEdit* m_passphrase;
    QPushButton* m_open;
    QLabel* m_preview;
    QLabel* m_conflicts;  // records changed differently in both places; hidden when none
    QPushButton* m_import;
    MessageBanner* m_banner;
};

}  // namespace mooring
