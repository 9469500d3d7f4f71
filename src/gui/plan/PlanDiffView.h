#pragma once

#include "domain/PlanDiff.h"
#include "domain/SafetyPlan.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace mooring {

class ProfileSession;

// "What changed": any two saved versions side by side, per section what was added,
// removed or reworded. By default the current (latest) version against the last version
// saved before today. A version saved while it is open joins the lists.
class PlanDiffView : public QDialog {
    Q_OBJECT
public:
    explicit PlanDiffView(ProfileSession& session, QWidget* parent = nullptr);

    // Ids in the two choosers; select() changes them (tests, the history's "compare").
    void select(const QString& fromId, const QString& toId);
    QString fromId() const;
    QString toId() const;
    QString shownText() const;  // the comparison as plain text
    QTextBrowser* browser() const noexcept { return m_browser; }

    static QString html(const QList<SectionDiff>& diff);

private:
    void fillLists();  // keeps the two versions chosen
    void refresh();

    ProfileSession& m_session;
    QList<PlanVersion> m_versions;
    QComboBox* m_from;
    QComboBox* m_to;
    QTextBrowser* m_browser;
};

// How a version is named in lists: "3 March 2026, 15:00 · with my therapist".
QString planVersionLabel(const PlanVersion& version);
// "Tuesday, 3 March 2026, 15:00": no seconds, in the person's language.
QString planVersionTime(const QDateTime& when);

}  // namespace mooring
