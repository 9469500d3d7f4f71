#pragma once

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mooring {

class MessageBanner;

// Shows the recovery code once, in large numbered groups, with "Print…", "Save as PDF…"
// and "I've written it down".
class RecoveryCodePage : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget* parent = nullptr);

    void setGroups(const QStringList& groups);
    void forget();  // wipes the groups from the page once they are confirmed

Q_SIGNALS:
    void writtenDown();

private:
    void print();
    void savePdf();

    QStringList m_groups;
    QGridLayout* m_grid;
    QList<QLabel*> m_groupLabels;
    MessageBanner* m_note;
    QPushButton* m_done;
};

}  // namespace mooring
