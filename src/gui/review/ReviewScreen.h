#pragma once

#include "exchange/ReviewFetch.h"
#include "gui/review/PrintChoicesDialog.h"
#include "insights/Week.h"
#include "insights/WhatHelps.h"
#include "printing/ReviewDocument.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace mooring {

class CountBars;
class DiaryCard;
class LiveNotice;
class MessageBanner;
class ProfileSession;
class ReadingColumn;
class ReflectionBox;
class ReviewPart;
class TrendChart;
class UrgeHistogram;
class WarningSignOffer;
class WeekHeatmap;

// "My week": the weekly review. One week at a time (starting on the locale's first day of
// the week), moved with Alt+Left / Alt+Right (or Ctrl+PageUp / Ctrl+PageDown) and Alt+Home
// for this week. Each part is a plain sentence from src/insights/ beside its picture; the
// screen shows figures, never what was written in the entries. The week's "what I want to
// change" note is kept when leaving the week or the screen, with its Save button, after a
// pause in typing and when the session closes. The week is read again whenever the session
// says the journal, the plan, the toolbox, the notes or the check-ins changed, whoever
// changed them.
class ReviewScreen : public QWidget {
    Q_OBJECT
public:
    // How long typing in the note pauses before it is kept by itself.
    static constexpr int kNotePauseMs = 1500;

    explicit ReviewScreen(ProfileSession& session, QWidget* parent = nullptr);
    ~ReviewScreen() override;

    Week week() const { return m_week; }
    Week thisWeek() const;
    const WeekReview& data() const noexcept { return m_data; }
    const QList<HelpfulIdea>& whatHelps() const noexcept { return m_helps; }

    // Each keeps the note of the week being left first; false (with a message) if it could
    // not be kept, and then the week stays.
    bool showWeek(const Week& week);
    bool showPreviousWeek();
    bool showNextWeek();
    bool showThisWeek();
    bool saveReflection();
    void reload();  // reads the week and "what helps me" again; words being typed stay

    // Print / PDF: the person's choices first (a window-modal dialog, returned for tests).
    PrintChoicesDialog* openPrintChoices();
    bool savePdf(const QString& path, const ReviewPrintChoices& choices);
    bool print(const ReviewPrintChoices& choices);
    QString bannerText() const;

Q_SIGNALS:
    void backRequested();
    // "Add to my warning signs…" on a trigger that keeps coming back (MainWindow opens the
    // plan editor with it filled in; nothing is saved by itself).
    void warningSignOffered(const QString& trigger);

private:
    QWidget* buildHeader();
    QWidget* buildContent();
    void populate();
    void loadWeek();
    void leave();
    void printChosen(PrintChoicesDialog::Output output, const ReviewPrintChoices& choices);
    ReviewContent printable() const;

    ProfileSession& m_session;
    bool m_open = true;  // false once the session has closed: nothing more is read or kept
    Qt::DayOfWeek m_firstDay;
    Week m_week;
    WeekReview m_data;
    QList<HelpfulIdea> m_helps;
    QTimer* m_reloadSoon = nullptr;  // several changes at once (an import) are read once
    QTimer* m_notePause = nullptr;

    QLabel* m_weekLabel = nullptr;
    LiveNotice* m_weekSaid = nullptr;  // says which week came, as the label changes silently
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    MessageBanner* m_banner = nullptr;
    ReadingColumn* m_column = nullptr;
    QLabel* m_empty = nullptr;
    ReviewPart* m_days = nullptr;
    DiaryCard* m_diary = nullptr;
    ReviewPart* m_urges = nullptr;
    UrgeHistogram* m_histogram = nullptr;
    ReviewPart* m_outcomes = nullptr;
    CountBars* m_outcomeBars = nullptr;
    ReviewPart* m_names = nullptr;
    CountBars* m_triggerBars = nullptr;
    CountBars* m_feelingBars = nullptr;
    ReviewPart* m_when = nullptr;
    WeekHeatmap* m_heatmap = nullptr;
    ReviewPart* m_tried = nullptr;
    CountBars* m_triedBars = nullptr;
    ReviewPart* m_compared = nullptr;
    ReviewPart* m_progress = nullptr;
    TrendChart* m_trend = nullptr;
    ReviewPart* m_helpsPart = nullptr;
    CountBars* m_helpsBars = nullptr;
    WarningSignOffer* m_offer = nullptr;
    ReflectionBox* m_reflection = nullptr;
};

}  // namespace mooring
