#pragma once

#include "domain/SetbackReflection.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mooring {

// "Reflections I wrote before": every saved "learning from a setback", newest first, so
// the person can read one again or add to it. Shows only what SetbackPanel hands it.
class ReflectionList : public QWidget {
    Q_OBJECT
public:
    explicit ReflectionList(QWidget* parent = nullptr);

    void setReflections(const QList<SetbackReflection>& reflections);
    int count() const;
    QListWidget* list() const noexcept { return m_list; }

    // "Written on 3 November 2026" and the first words of the first answer.
    static QString itemText(const SetbackReflection& reflection);

Q_SIGNALS:
    void openRequested(const QString& reflectionId);
    void backRequested();

private:
    void openCurrent();

    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_open;
};

}  // namespace mooring
