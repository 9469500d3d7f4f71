#include "gui/plan/HistoryDialog.h"

#include "domain/Error.h"
#include "gui/plan/PlanDiffView.h"
#include "storage/SafetyPlanStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mooring {

HistoryDialog::HistoryDialog(SafetyPlanStore& store, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Saved versions"));
    resize(640, 420);
    auto* intro =
        new QLabel(tr("Each time the plan is saved, a version is kept as it was. "
                      "Choose one to see what changed since then."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Saved versions of your plan"));
    m_table->setHorizontalHeaderLabels({tr("Saved"), tr("Note"), tr("Items")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    try {
        const QList<PlanVersion> all = store.history();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            // Item counts need the items: read each version once (histories are short).
            const auto full = store.find(it->id);
            m_versions.append(full ? *full : *it);
        }
    } catch (const Error& e) {
        intro->setText(e.message());
    }
    for (const PlanVersion& v : m_versions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(planVersionTime(v.savedAt)));
        m_table->setItem(row, 1, new QTableWidgetItem(v.note.isEmpty() ? tr("(no note)") : v.note));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(v.plan.itemCount())));
    }
    if (m_table->rowCount() > 0) m_table->selectRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* compare = buttons->addButton(tr("What changed since this version"), QDialogButtonBox::ActionRole);
    compare->setEnabled(!m_versions.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(compare, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty()) Q_EMIT compareRequested(selectedId());
    });
}

QString HistoryDialog::selectedId() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_versions.size() ? m_versions[row].id : QString();
}

}  // namespace mooring
