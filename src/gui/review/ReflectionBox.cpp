#include "gui/review/ReflectionBox.h"

#include "gui/common/Appearance.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>

namespace mooring {

using namespace Qt::StringLiterals;

ReflectionBox::ReflectionBox(QWidget* parent) : QWidget(parent) {
    auto* prompt = new QLabel(tr("A few words for yourself: something to keep doing, to try, or to change. "
                                 "Only you decide what goes here."),
                              this);
    prompt->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"reviewReflection"_s);
    m_editor->setAccessibleName(tr("What I want to change, this week"));
    m_editor->setTabChangesFocus(true);  // Tab leaves the box, so every control stays reachable
    m_editor->setMinimumHeight(fontMetrics().height() * 5);
    prompt->setBuddy(m_editor);

    auto* lastTitle = new QLabel(tr("Last week's note"), this);
    lastTitle->setWordWrap(true);
    Appearance::setRelativeFontSize(lastTitle, 1.0, true);
    m_lastWeek = new QLabel(this);
    m_lastWeek->setObjectName(u"reviewLastWeekNote"_s);
    m_lastWeek->setWordWrap(true);
    m_lastWeek->setTextFormat(Qt::PlainText);
    m_lastWeek->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_lastWeek->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lastColumn = new QVBoxLayout;
    lastColumn->addWidget(lastTitle);
    lastColumn->addWidget(m_lastWeek, 1);

    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->setSpacing(24);
    m_row->addWidget(m_editor, 3);
    m_row->addLayout(lastColumn, 2);

    m_save = new QPushButton(tr("&Save my note"), this);
    m_save->setObjectName(u"reviewSaveNote"_s);
    m_save->setAccessibleName(tr("Save my note for this week"));
    m_save->setAutoDefault(true);
    Appearance::makeLargeTarget(m_save);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reviewNoteStatus"_s);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(prompt);
    column->addLayout(m_row);
    column->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ReflectionBox::saveRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_status->clear(); });
}

void ReflectionBox::setNotes(const QString& thisWeek, const std::optional<QString>& lastWeek) {
    const bool typing = isModified();
    m_kept = thisWeek;
    if (!typing) m_editor->setPlainText(thisWeek);
    m_lastWeek->setText(lastWeek ? *lastWeek : tr("Nothing was written for last week."));
    m_lastWeek->setAccessibleName(tr("Last week's note"));
    if (!typing) m_status->clear();
}

QString ReflectionBox::text() const { return m_editor->toPlainText(); }

bool ReflectionBox::isModified() const { return text().trimmed() != m_kept.trimmed(); }

void ReflectionBox::markSaved() { m_kept = text(); }

void ReflectionBox::showStatus(const QString& status) { m_status->setText(status); }

void ReflectionBox::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Side by side when there is room for both to be read comfortably; else one under the other.
    const bool wide = event->size().width() > fontMetrics().averageCharWidth() * 70;
    m_row->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

}  // namespace mooring
