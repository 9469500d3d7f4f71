#pragma once

#include "domain/SafetyPlan.h"

#include <QDialog>

class QTableWidget;

namespace mooring {

class SafetyPlanStore;

// Every saved version, newest first, by date and note. Versions are only read here.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistoryDialog(SafetyPlanStore& store, QWidget* parent = nullptr);
    QTableWidget* table() const noexcept { return m_table; }
    QString selectedId() const;

Q_SIGNALS:
    // "What changed" from the chosen version to the latest one.
    void compareRequested(const QString& fromId);

private:
    QList<PlanVersion> m_versions;  // newest first
    QTableWidget* m_table;
};

}  // namespace mooring
