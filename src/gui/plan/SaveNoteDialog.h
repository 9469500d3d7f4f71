#pragma once

#include <QDialog>

class QLineEdit;

namespace mooring {

class MessageBanner;

// Asked on every save: an optional note that names the version in the history.
class SaveNoteDialog : public QDialog {
    Q_OBJECT
public:
    explicit SaveNoteDialog(QWidget* parent = nullptr);
    QString note() const;
    QLineEdit* noteField() const noexcept { return m_note; }
    void accept() override;

private:
    QLineEdit* m_note;
    MessageBanner* m_banner;
};

}  // namespace mooring
