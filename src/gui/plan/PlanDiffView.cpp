#include "gui/plan/PlanDiffView.h"

#include "domain/Error.h"
#include "session/ProfileSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mooring {

QString planVersionTime(const QDateTime& when) {
    return QLocale().toString(when.date(), QLocale::LongFormat) + QStringLiteral(", ") +
           QLocale().toString(when.time(), QStringLiteral("HH:mm"));
}

QString planVersionLabel(const PlanVersion& version) {
    QString label = planVersionTime(version.savedAt);
    if (!version.note.isEmpty()) label += QStringLiteral("  \u00b7  ") + version.note;
    return label;
}

PlanDiffView::PlanDiffView(ProfileSession& session, QWidget* parent) : QDialog(parent), m_session(session) {
    setWindowTitle(tr("What changed"));
    resize(760, 620);
    m_from = new QComboBox;
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to = new QComboBox;
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("diffText"));
    auto* form = new QFormLayout;
    form->addRow(tr("From the version of"), m_from);
    form->addRow(tr("To the version of"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillLists();
    // Default: the current version against the last one saved before today (or, when
    // everything was saved today, the one before the current).
    QString from;
    if (const auto before = m_session.plan().lastSavedBefore(m_session.now().date()))
        from = before->id;
    else if (m_versions.size() >= 2)
        from = m_versions[m_versions.size() - 2].id;
    else if (!m_versions.isEmpty())
        from = m_versions.last().id;
    select(from, m_versions.isEmpty() ? QString() : m_versions.last().id);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PlanDiffView::refresh);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PlanDiffView::refresh);
    connect(&session, &ProfileSession::planChanged, this, [this] {
        const QString keepFrom = fromId();
        const QString keepTo = toId();
        fillLists();
        select(keepFrom, keepTo);
    });
}

void PlanDiffView::fillLists() {
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->clear();
    m_to->clear();
    try {
        m_versions = m_session.plan().history();
    } catch (const Error& e) {
        m_versions.clear();
        m_browser->setPlainText(e.message());
    }
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        m_from->addItem(planVersionLabel(*it), it->id);
        m_to->addItem(planVersionLabel(*it), it->id);
    }
}

void PlanDiffView::select(const QString& fromId, const QString& toId) {
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toId)));
    refresh();
}

QString PlanDiffView::fromId() const { return m_from->currentData().toString(); }
QString PlanDiffView::toId() const { return m_to->currentData().toString(); }
QString PlanDiffView::shownText() const { return m_browser->toPlainText(); }

void PlanDiffView::refresh() {
    if (m_versions.isEmpty()) {
        m_browser->setPlainText(
            tr("There are no saved versions yet. Save the plan once, and changes "
               "from then on can be seen here."));
        return;
    }
    try {
        SafetyPlanStore plans = m_session.plan();
        const auto from = plans.find(fromId());
        const auto to = plans.find(toId());
        if (!from || !to) return;
        if (from->id == to->id) {
            m_browser->setPlainText(tr("These are the same version, so nothing changed."));
            return;
        }
        m_browser->setHtml(html(planDiff::plans(from->plan, to->plan)));
    } catch (const Error& e) {
        m_browser->setPlainText(e.message());
    }
}

QString PlanDiffView::html(const QList<SectionDiff>& diff) {
    QString h;
    bool any = false;
    for (const SectionDiff& d : diff) {
        h += QStringLiteral("<h3>%1</h3>").arg(planSections::title(d.section).toHtmlEscaped());
        if (d.changes.isEmpty()) {
            h += QStringLiteral("<p><i>%1</i></p>").arg(tr("No changes").toHtmlEscaped());
            continue;
        }
        any = true;
        h += QStringLiteral("<ul>");
        for (const ItemChange& c : d.changes) {
            QString line;
            switch (c.kind) {
                case ItemChange::Kind::Added:
                    line = tr("Added: %1").arg(c.after);
                    break;
                case ItemChange::Kind::Removed:
                    line = tr("Removed: %1").arg(c.before);
                    break;
                case ItemChange::Kind::Reworded:
                    line = tr("Reworded: %1 \u2192 %2").arg(c.before, c.after);
                    break;
            }
            h += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        h += QStringLiteral("</ul>");
    }
    if (!any) h.prepend(QStringLiteral("<p>%1</p>").arg(tr("Nothing changed between these versions.").toHtmlEscaped()));
    return h;
}

}  // namespace mooring
