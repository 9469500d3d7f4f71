#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;

namespace mooring {

// Tags typed one at a time (Enter adds one), with completion from the ones used before;
// each tag shows as a small button that removes it.
class TagField : public QWidget {
    Q_OBJECT
public:
    explicit TagField(const QString& inputName, QWidget* parent = nullptr);

    QStringList tags() const noexcept { return m_tags; }
    void setTags(const QStringList& tags);
    void setSuggestions(const QStringList& earlier);
    QLineEdit* input() const noexcept { return m_input; }
    // Words typed but not yet added count too: nothing typed is lost on saving.
    QStringList tagsWithTyped() const;

Q_SIGNALS:
    void changed();

private:
    void addTyped();
    void rebuildChips();

    QLineEdit* m_input;
    QCompleter* m_completer;
    QStringListModel* m_suggestions;
    QWidget* m_chips;
    QHBoxLayout* m_chipRow;
    QStringList m_tags;
};

}  // namespace mooring
