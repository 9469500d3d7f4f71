#pragma once

#include "exchange/ReviewDocument.h"
#include "gui/review/PrintChoicesDialog.h"
#include "gui/review/ReviewLoader.h"
#include "insights/Week.h"
#include "insights/WhatHelps.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace mooring {

class CountBars;
class Database;
class MessageBanner;
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
// change" note is kept when leaving the week or the screen, and with its Save button.
class ReviewScreen : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ReviewScreen(Database& db, QWidget* parent = nullptr, Clock clock = {});
    ~ReviewScreen() override;

    Week week() const { return m_week; }
    Week thisWeek() const;
    const ReviewData& data() const noexcept { return m_data; }
    const QList<HelpfulIdea>& whatHelps() const noexcept { return m_helps; }

    // Each keeps the note of the week being left first; false (with a message) if it could
    // not be kept, and then the week stays.
    bool showWeek(const Week& week);
    bool showPreviousWeek();
    bool showNextWeek();
    bool showThisWeek();
    bool saveReflection();
    void reload();  // the journal may have changed while the screen was away

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

protected:
    void focusInEvent(QFocusEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildContent();
    void populate();
    void leave();
    void printChosen(PrintChoicesDialog::Output output, const ReviewPrintChoices& choices);
    ReviewContent printable() const;

    Database& m_db;
    Clock m_clock;
    ReviewLoader m_loader;
    Qt::DayOfWeek m_firstDay;
    Week m_week;
    ReviewData m_data;
    QList<HelpfulIdea> m_helps;
    bool m_stale = false;

    QLabel* m_weekLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    MessageBanner* m_banner = nullptr;
    ReadingColumn* m_column = nullptr;
    QLabel* m_empty = nullptr;
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
