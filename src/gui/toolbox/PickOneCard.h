#pragma once

#include <QFrame>

class QLabel;

namespace mooring {

struct CopingStrategy;
class LiveNotice;

// The answer to "Pick one for me": for the moment when choosing is itself too much, one
// idea shown large enough to read. Hidden until something was picked.
class PickOneCard : public QFrame {
    Q_OBJECT
public:
    explicit PickOneCard(QWidget* parent = nullptr);

    void showIdea(const CopingStrategy& strategy, const QString& from);
    void showNothing(const QString& from);
    QString shownId() const { return m_shownId; }

private:
    QLabel* m_from;
    QLabel* m_title;
    QLabel* m_details;
    LiveNotice* m_said;  // the pick is spoken; the focus stays on the button that asked
    QString m_shownId;
};

}  // namespace mooring
