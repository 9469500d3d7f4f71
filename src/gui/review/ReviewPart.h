#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace mooring {

// One part of the weekly review: a small heading, a plain sentence, and the picture it
// describes. The sentence is also the picture's text alternative for screen readers.
class ReviewPart : public QFrame {
    Q_OBJECT
public:
    ReviewPart(const QString& title, const QString& name, QWidget* parent = nullptr);

    // The picture (or any widget) under the sentence; the part keeps it.
    void addPicture(QWidget* picture, const QString& accessibleName);
    // Also the pictures' text alternative; setPictureDescription() can make it fuller.
    void setSentence(const QString& sentence);
    // The full text alternative of the pictures (the sentence plus every figure drawn).
    void setPictureDescription(const QString& description);
    QLabel* sentenceLabel() const noexcept { return m_sentence; }
    QVBoxLayout* body() const noexcept { return m_body; }

private:
    QLabel* m_title;
    QLabel* m_sentence;
    QVBoxLayout* m_body;
    QList<QWidget*> m_pictures;
};

}  // namespace mooring
