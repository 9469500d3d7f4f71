#include "gui/exchange/ExchangeMenu.h"

#include "gui/common/DialogHooks.h"
#include "gui/exchange/CsvExportDialog.h"
#include "gui/exchange/ExportDialog.h"
#include "gui/exchange/ImportDialog.h"
#include "gui/review/ReportDialog.h"
#include "session/ProfileSession.h"

#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>

namespace mooring {

using namespace Qt::StringLiterals;

ExchangeMenu::ExchangeMenu(QMainWindow* window, SessionGetter session, ProfileSettings& settings, ProfileAccess access)
    : QObject(window),
      m_window(window),
      m_session(std::move(session)),
      m_settings(settings),
      m_access(std::move(access)) {
    for (const char* name : {"topBar", "lockButton"})
        if (QWidget* watched = window->findChild<QWidget*>(QString::fromLatin1(name)))
            watched->installEventFilter(this);
    updateVisibility();
}

void ExchangeMenu::buildMenu() {
    m_menu = m_window->menuBar()->addMenu(tr("&File"));
    m_menu->setObjectName(u"fileMenu"_s);
    QAction* reportAction = m_menu->addAction(tr("&Report for my next session…"), this, &ExchangeMenu::reportNow);
    reportAction->setObjectName(u"reportAction"_s);
    m_menu->addSeparator();
    QAction* exportAction = m_menu->addAction(tr("&Export…"), this, &ExchangeMenu::exportNow);
    exportAction->setObjectName(u"exportAction"_s);
    QAction* csvAction = m_menu->addAction(tr("Journal as a &spreadsheet (CSV)…"), this, &ExchangeMenu::exportCsvNow);
    csvAction->setObjectName(u"csvExportAction"_s);
    QAction* importAction = m_menu->addAction(tr("&Import…"), this, &ExchangeMenu::importNow);
    importAction->setObjectName(u"importAction"_s);
}

ExchangeMenu* ExchangeMenu::install(QMainWindow* window, SessionGetter session, ProfileSettings& settings,
                                    ProfileAccess access) {
    return new ExchangeMenu(window, std::move(session), settings, std::move(access));
}

bool ExchangeMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent) updateVisibility();
    return QObject::eventFilter(watched, event);
}

void ExchangeMenu::updateVisibility() {
    const auto* bar = m_window->findChild<QWidget*>(u"topBar"_s);
    const auto* lock = m_window->findChild<QWidget*>(u"lockButton"_s);
    const bool show = m_session() && bar && lock && !bar->isHidden() && !lock->isHidden();
    // Made the first time it is shown: the menu bar's constructor asks the style for an
    // icon, which reads the MIME database (about 4 % of the work before the lock screen or
    // the help screen first paints, where the menu is hidden anyway).
    if (!m_menu && !show) return;
    if (!m_menu) buildMenu();
    m_window->menuBar()->setVisible(show);
    m_menu->setEnabled(show);
}

void ExchangeMenu::reportNow() {
    ProfileSession* session = m_session();
    if (!session) return;  // only while unlocked
    auto* dialog = new ReportDialog(*session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExchangeMenu::exportNow() {
    ProfileSession* session = m_session();
    if (!session) return;
    auto* dialog = new ExportDialog(*session, m_settings, m_access, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExchangeMenu::exportCsvNow() {
    ProfileSession* session = m_session();
    if (!session) return;
    auto* dialog = new CsvExportDialog(*session, m_access, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExchangeMenu::importNow() {
    if (!m_session()) return;
    const QString path = DialogHooks::openFileName(m_window, tr("Choose an export to import"),
                                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                   tr("Mooring exports (*.mooring *.json);;All files (*)"));
    ProfileSession* session = m_session();  // asked again: choosing a file runs the event loop
    if (path.isEmpty() || !session) return;
    // The screens hear of the import from the session (importDone), not from here.
    auto* dialog = new ImportDialog(*session, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace mooring
