#pragma once

#include "domain/Helpline.h"
#include "storage/HelplineSettings.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mooring {

class HelplineCard;
class ProfileSettings;

// "Talk to someone now": the helplines of the person's region as they have shaped them,
// any lock-screen contacts they opted into, "add your own" and "restore the built-in list".
// Until a region is chosen, a short picker sits at the top.
class HelplinesPanel : public QWidget {
    Q_OBJECT
public:
    explicit HelplinesPanel(ProfileSettings& settings, QWidget* parent = nullptr);

    QString shownRegion() const { return m_region; }
    // Shows another region's helplines without changing the saved choice.
    void showRegion(const QString& region);
    // The picker's choice: shown and saved in settings.ini.
    void chooseRegion(const QString& region);
    QList<HelplineCard*> cards() const;
    // Of the country shown, for sentences elsewhere on the screen; empty if none, and for
    // "somewhere else", whose card says where its number works.
    QString emergencyNumber() const;
    // "Change the list…": each of the region's lines offers "Change" instead of its buttons.
    void setEditing(bool on);
    bool editing() const noexcept { return m_editing; }

public Q_SLOTS:
    void reload();
    void addHelpline();
    void editHelpline(const QString& id);
    void restoreBuiltins();

Q_SIGNALS:
    void helplinesChanged();

private:
    void rebuild();
    QWidget* focusTarget() const;
    void saveFromDialog(class HelplineEditDialog* dialog);
    void showStatus(const QString& message);

    ProfileSettings& m_settings;
    HelplineSettings m_store;
    QString m_region;
    QList<Helpline> m_helplines;
    QWidget* m_picker = nullptr;
    QComboBox* m_regionBox = nullptr;
    QComboBox* m_pickBox = nullptr;
    QWidget* m_regionRow = nullptr;
    QLabel* m_otherHint = nullptr;
    QWidget* m_cards = nullptr;
    QVBoxLayout* m_cardsLayout = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_editToggle = nullptr;
    bool m_editing = false;
};

}  // namespace mooring
