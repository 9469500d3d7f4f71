// The review's parts: built once, filled for each week from what src/insights/ worked out.
#include "gui/review/ReviewScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/journal/JournalText.h"
#include "gui/review/CountBars.h"
#include "gui/review/DiaryCard.h"
#include "gui/review/ReflectionBox.h"
#include "gui/review/ReviewPart.h"
#include "gui/review/ReviewText.h"
#include "gui/review/TrendChart.h"
#include "gui/review/UrgeHistogram.h"
#include "gui/review/WarningSignOffer.h"
#include "gui/review/WeekHeatmap.h"
#include "session/ProfileSession.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTopNames = 5;  // a short list reads better than every name

QList<CountBars::Row> nameRows(const QList<NameCount>& names, int entries) {
    QList<CountBars::Row> rows;
    for (const NameCount& n : names.mid(0, kTopNames)) {
        rows.append({n.name, reviewtext::timesText(n.count), entries > 0 ? double(n.count) / entries : 0.0});
    }
    return rows;
}

QString ideaLabel(const QString& label) {
    return label.isEmpty() ? QCoreApplication::translate("mooring", "An idea no longer in my toolbox") : label;
}

}  // namespace

QWidget* ReviewScreen::buildContent() {
    auto* content = new QWidget;
    content->setObjectName(u"reviewContent"_s);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);

    m_empty = new QLabel(content);
    m_empty->setObjectName(u"reviewEmpty"_s);
    m_empty->setWordWrap(true);
    Appearance::setRelativeFontSize(m_empty, 1.1);
    column->addWidget(m_empty);

    // The check-ins: a sentence and the diary card. The card is a table the person moves
    // in with the arrow keys, so it is its own Tab stop rather than a picture.
    m_days = new ReviewPart(tr("Your days"), u"reviewDays"_s, content);
    m_diary = new DiaryCard(m_days);
    m_days->body()->addWidget(m_diary);
    connect(m_diary, &DiaryCard::rowsChosen, this, [this](const DiaryRows& rows) {
        try {
            m_session.checkInPreferences().setDiaryRows(rows);
            m_data.diaryRows = rows;
        } catch (const Error& e) {
            m_banner->showMessage(e.message());
        }
    });

    m_urges = new ReviewPart(tr("Urges"), u"reviewUrges"_s, content);
    m_histogram = new UrgeHistogram;
    m_histogram->setObjectName(u"reviewHistogram"_s);
    m_urges->addPicture(m_histogram, tr("How strong the urges were, as a chart"));

    m_outcomes = new ReviewPart(tr("How they ended"), u"reviewOutcomes"_s, content);
    m_outcomeBars = new CountBars;
    m_outcomeBars->setObjectName(u"reviewOutcomeBars"_s);
    m_outcomes->addPicture(m_outcomeBars, tr("How the urges ended, as bars"));

    m_names = new ReviewPart(tr("Triggers and feelings"), u"reviewNames"_s, content);
    m_triggerBars = new CountBars;
    m_triggerBars->setObjectName(u"reviewTriggerBars"_s);
    m_names->addPicture(m_triggerBars, tr("Triggers that came up most, as bars"));
    m_feelingBars = new CountBars;
    m_feelingBars->setObjectName(u"reviewFeelingBars"_s);
    m_names->addPicture(m_feelingBars, tr("Feelings that came up most, as bars"));

    m_when = new ReviewPart(tr("When"), u"reviewWhen"_s, content);
    m_heatmap = new WeekHeatmap;
    m_heatmap->setObjectName(u"reviewHeatmap"_s);
    m_when->addPicture(m_heatmap, tr("Days of the week and hours of the day, as a grid"));

    m_tried = new ReviewPart(tr("Ideas I tried"), u"reviewTried"_s, content);
    m_triedBars = new CountBars;
    m_triedBars->setObjectName(u"reviewTriedBars"_s);
    m_tried->addPicture(m_triedBars, tr("Ideas tried this week and how much they helped, as bars"));

    m_compared = new ReviewPart(tr("Compared with the four weeks before"), u"reviewCompared"_s, content);

    m_progress = new ReviewPart(tr("Since you started"), u"reviewProgress"_s, content);
    m_trend = new TrendChart;
    m_trend->setObjectName(u"reviewTrend"_s);
    m_progress->addPicture(m_trend, tr("Urges written down each week, as a line"));

    m_helpsPart = new ReviewPart(tr("What helps me"), u"reviewHelps"_s, content);
    m_helpsBars = new CountBars;
    m_helpsBars->setObjectName(u"reviewHelpsBars"_s);
    m_helpsPart->addPicture(m_helpsBars, tr("Ideas that helped most over all your entries, as bars"));

    m_offer = new WarningSignOffer(content);
    connect(m_offer, &WarningSignOffer::addRequested, this, [this](const QString& trigger) {
        if (saveReflection()) Q_EMIT warningSignOffered(trigger);
    });

    auto* reflectionPart = new ReviewPart(tr("What I want to change"), u"reviewReflectionPart"_s, content);
    m_reflection = new ReflectionBox;
    reflectionPart->body()->addWidget(m_reflection);
    m_reflection->setParent(reflectionPart);
    connect(m_reflection, &ReflectionBox::saveRequested, this, [this] { saveReflection(); });

    for (QWidget* part : std::initializer_list<QWidget*>{m_days, m_urges, m_outcomes, m_names, m_when, m_tried,
                                                         m_compared, m_progress, m_helpsPart, m_offer, reflectionPart})
        column->addWidget(part);
    return content;
}

void ReviewScreen::populate() {
    const WeekSummary& s = m_data.summary;
    const WeekSentences& words = m_data.sentences;
    const QString range = weekRangeText(m_week);
    m_weekLabel->setText(m_week == thisWeek() ? tr("This week: %1").arg(range) : range);
    m_weekLabel->setAccessibleName(m_weekLabel->text());
    m_next->setEnabled(m_week != thisWeek());
    m_today->setEnabled(m_week != thisWeek());

    const CheckInSentences days = describeCheckIns(m_data.checkIns);
    m_days->setSentence(days.all().join(u'\n'));
    m_diary->setWeek(m_data.checkIns, m_data.diaryRows);
    m_diary->tableWidget()->setAccessibleDescription(days.all().join(u' '));

    const bool empty = s.isEmpty();
    m_empty->setText(words.entries.isEmpty() ? emptyWeekSentence() : words.entries);
    m_empty->setVisible(empty);
    for (QWidget* part : std::initializer_list<QWidget*>{m_urges, m_outcomes, m_names, m_when})
        part->setVisible(!empty);
    m_tried->setVisible(!s.tried.isEmpty());

    if (!empty) {
        m_urges->setSentence(QStringList{words.entries, words.urges}.join(u' ').trimmed());
        m_histogram->setFigures(s.urge);
        m_urges->setPictureDescription(histogramText(s.urge));

        QList<CountBars::Row> ended;
        const auto addOutcome = [&](const QString& label, int n) {
            if (n > 0) ended.append({label, reviewtext::timesText(n), double(n) / s.entries});
        };
        addOutcome(journaltext::outcomeLabel(JournalOutcome::Passed), s.outcomes.passed);
        addOutcome(journaltext::outcomeLabel(JournalOutcome::Coped), s.outcomes.coped);
        addOutcome(journaltext::outcomeLabel(JournalOutcome::Acted), s.outcomes.acted);
        addOutcome(tr("Not said"), s.outcomes.unknown);
        m_outcomeBars->setRows(ended);
        m_outcomes->setSentence(words.outcomes);

        m_triggerBars->setRows(nameRows(s.triggers, s.entries));
        m_feelingBars->setRows(nameRows(s.feelings, s.entries));
        m_triggerBars->setVisible(!s.triggers.isEmpty());
        m_feelingBars->setVisible(!s.feelings.isEmpty());
        m_names->setSentence(QStringList{words.triggers, words.feelings}.join(u'\n').trimmed());
        m_triggerBars->setAccessibleDescription(words.triggers + u' ' + reviewtext::namesList(s.triggers));
        m_feelingBars->setAccessibleDescription(words.feelings + u' ' + reviewtext::namesList(s.feelings));

        m_heatmap->setSummary(s);
        m_when->setSentence(words.when);
        m_when->setPictureDescription(reviewtext::gridText(s, words.when));
    }

    QList<CountBars::Row> tried;
    QStringList triedText;
    for (const TriedIdea& idea : s.tried) {
        tried.append({ideaLabel(idea.label()), reviewtext::triedValueText(idea),
                      idea.helpedMean ? *idea.helpedMean / JournalEntry::kMaxHelped : 0.0});
        triedText << ideaLabel(idea.label()) + u": "_s + reviewtext::triedValueText(idea) + u'.';
    }
    m_triedBars->setRows(tried);
    m_tried->setSentence(words.tried);
    m_tried->setPictureDescription(words.tried + u' ' + triedText.join(u' '));

    m_compared->setSentence(words.comparison.join(u'\n'));
    m_compared->setVisible(!words.comparison.isEmpty());

    m_progress->setSentence(QStringList{
        words.sinceStart,
        tr("The line shows how many urges you wrote down each week, over the last %1 weeks.").arg(m_data.trend.size())}
                                .join(u'\n')
                                .trimmed());
    m_trend->setPoints(m_data.trend);
    m_progress->setPictureDescription(reviewtext::trendText(m_data.trend));

    QList<CountBars::Row> helps;
    for (const HelpfulIdea& idea : m_helps)
        helps.append(
            {ideaLabel(idea.label()), reviewtext::helpfulValueText(idea), idea.helpedMean / JournalEntry::kMaxHelped});
    m_helpsBars->setRows(helps);
    m_helpsBars->setVisible(!helps.isEmpty());
    m_helpsPart->setSentence(reviewtext::whatHelpsSentence(m_helps));
    m_helpsPart->setPictureDescription(reviewtext::whatHelpsSentence(m_helps) + u' ' +
                                       reviewtext::whatHelpsList(m_helps));

    m_offer->setTriggers(m_data.recurring, RecurringRules{}.span);
    m_reflection->setNotes(m_data.reflection.value_or(QString()), m_data.lastWeekReflection);
}

}  // namespace mooring
