#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace mooring {

class MessageBanner;
class ProfileSettings;
class ReadAloud;

// "Read aloud" in settings: whether the help screen and the library offer "Read this to me"
// (off until turned on), how fast, in which language, and "Try it", which reads one
// sentence. Each change is kept at once through `store`, like the other display choices.
class ReadAloudSection : public QWidget {
    Q_OBJECT
public:
    using Store = std::function<void(const std::function<void(ProfileSettings&)>&)>;

    ReadAloudSection(ProfileSettings& settings, Store store, QWidget* parent = nullptr);

    // The window's shared voice; without one, "Try it" makes its own on first use.
    void setReadAloud(ReadAloud* reader);
    QList<QWidget*> tabOrder() const;

    QCheckBox* onCheck() const noexcept { return m_on; }
    QSpinBox* speedBox() const noexcept { return m_speed; }
    QComboBox* voiceBox() const noexcept { return m_voice; }
    QPushButton* tryButton() const noexcept { return m_try; }
    QString note() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void tryIt();
    void updateEnabled();

    ProfileSettings& m_settings;
    Store m_store;
    QPointer<ReadAloud> m_reader;
    QCheckBox* m_on;
    QSpinBox* m_speed;
    QComboBox* m_voice;
    QPushButton* m_try;
    MessageBanner* m_note;
};

}  // namespace mooring
