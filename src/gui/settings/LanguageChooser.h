#pragma once

#include <QWidget>

class QComboBox;

namespace mooring {

// "Language": follow this computer, English or Deutsch. The choice is kept in settings.ini
// (read before unlocking; a language says nothing private) and is used from the next start.
class LanguageChooser : public QWidget {
    Q_OBJECT
public:
    explicit LanguageChooser(const QString& current, QWidget* parent = nullptr);

    QComboBox* box() const { return m_box; }
    QString language() const;  // "" follows the system, else "en" or "de"

Q_SIGNALS:
    void changed(const QString& language);

private:
    QComboBox* m_box;
};

}  // namespace mooring
