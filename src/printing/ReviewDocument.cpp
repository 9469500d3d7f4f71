#include "printing/ReviewDocument.h"

#include "insights/DiaryCardTable.h"
#include "printing/PagedReport.h"
#include "printing/ReportCharts.h"
#include "printing/ReportCheckIns.h"
#include "printing/ReportLayout.h"

#include <QLocale>
#include <QPainter>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QFont bold(QFont font) {
    font.setBold(true);
    return font;
}

QString oneDecimal(double v) { return QLocale().toString(v, 'f', 1); }

// An idea taken out of the toolbox since has no title any more; it still counts.
QString ideaName(const QString& label) {
    return label.isEmpty() ? QCoreApplication::translate("mooring", "An idea no longer in my toolbox") : label;
}

void addLines(ReportLayout& layout, const QStringList& lines) {
    for (const QString& line : lines)
        if (!line.isEmpty()) layout.addParagraph(line);
}

}  // namespace

ReviewDocument::ReviewDocument(ReviewContent content, ReviewPrintChoices choices, QDate madeOn)
    : m_content(std::move(content)), m_choices(choices), m_madeOn(madeOn) {}

QString ReviewDocument::title() const { return tr("My week: %1").arg(weekRangeText(m_content.summary.week)); }

QString ReviewDocument::suggestedFileName() const { return suggestedFileName(m_content.summary.week); }

QString ReviewDocument::suggestedFileName(const Week& week) {
    QString name = tr("My week, %1.pdf").arg(weekRangeText(week));
    name.replace(u'/', u'-');
    return name;
}

void ReviewDocument::build(ReportLayout& layout) const {
    layout.addTitle(title());
    layout.addParagraph(tr("From my Mooring journal, made on %1, to talk through with someone I trust.")
                            .arg(QLocale().toString(m_madeOn, QLocale::LongFormat)),
                        layout.fonts().small);
    if (m_choices.figures) buildFigures(layout);
    if (m_choices.triggersAndFeelings && !m_content.summary.isEmpty()) buildNames(layout);
    if (m_choices.ideas) buildIdeas(layout);
    if (m_choices.diaryCard && !m_content.checkIns.isEmpty()) buildDiaryCard(layout);
    if (m_choices.reflection && !m_content.reflection.trimmed().isEmpty()) {
        layout.addHeading(tr("What I want to change"));
        addLines(layout, m_content.reflection.trimmed().split(u'\n'));
    }
    if (m_choices.entryTexts && !m_content.weekEntries.isEmpty()) buildEntries(layout);
    if (m_choices.setbackReflections && !m_content.setbackReflections.isEmpty()) buildSetbackReflections(layout);
    layout.addSpace(layout.lineHeight(layout.fonts().body));
    layout.addParagraph(tr("If you are in danger right now, call your local emergency number."), layout.fonts().small);
}

void ReviewDocument::buildFigures(ReportLayout& layout) const {
    const WeekSentences& s = m_content.sentences;
    layout.addHeading(tr("This week in figures"));
    if (m_content.summary.isEmpty()) {
        layout.addParagraph(emptyWeekSentence());
    } else {
        addLines(layout, {s.entries, s.urges});
        buildCharts(layout);
    }
    if (!s.comparison.isEmpty()) {
        layout.addHeading(tr("Compared with the four weeks before"));
        addLines(layout, s.comparison);
    }
    if (!s.sinceStart.isEmpty()) {
        layout.addHeading(tr("Since you started"));
        layout.addParagraph(s.sinceStart);
    }
}

// Each picture is kept with the first line of its words, which say all it shows.
void ReviewDocument::buildCharts(ReportLayout& layout) const {
    const WeekSummary& w = m_content.summary;
    const QFont small = layout.fonts().small;
    const QFont body = layout.fonts().body;

    layout.addHeading(tr("How strong the urges were"));
    const auto histogram = w.urge.histogram;
    layout.addBlock(layout.lineHeight(small) * 9, [histogram, small](QPainter& p, const QRectF& rect) {
        ReportCharts::paintHistogram(p, QRectF(rect.topLeft(), QSizeF(rect.width() * 0.75, rect.height())), histogram,
                                     small);
    });
    layout.addSpace(layout.lineHeight(small) * 0.5);
    layout.keepLastWithNext();
    layout.addParagraph(histogramText(w.urge));

    layout.addHeading(tr("How urges ended"));
    const QList<std::pair<QString, int>> rows = ReportCharts::outcomeRows(w.outcomes);
    layout.addBlock(layout.lineHeight(body) * 1.3 * double(rows.size()),
                    [rows, body](QPainter& p, const QRectF& rect) { ReportCharts::paintBars(p, rect, rows, body); });
    layout.addSpace(layout.lineHeight(small) * 0.5);
    layout.keepLastWithNext();
    addLines(layout, {m_content.sentences.outcomes});

    layout.addHeading(tr("Times of day and days of the week"));
    layout.addParagraph(tr("Each square is an hour of a day of this week, darker the more entries began then."), small);
    layout.keepLastWithNext();  // what the grid is goes with the grid
    const auto grid = w.grid;
    const QDate first = w.week.start();
    layout.addBlock(layout.lineHeight(small) * 1.7 * 8, [grid, first, small](QPainter& p, const QRectF& rect) {
        ReportCharts::paintHours(p, rect, grid, first, small);
    });
    layout.addSpace(layout.lineHeight(small) * 0.5);
    layout.keepLastWithNext();
    addLines(layout, {m_content.sentences.when});
}

void ReviewDocument::buildNames(ReportLayout& layout) const {
    layout.addHeading(tr("Triggers and feelings"));
    addLines(layout, {m_content.sentences.triggers, m_content.sentences.feelings});
    const QList<double> columns{0.55, 0.2};
    QList<QStringList> rows{{tr("Trigger"), tr("Entries")}};
    for (const NameCount& n : m_content.summary.triggers) rows << QStringList{n.name, QString::number(n.count)};
    if (rows.size() > 1) layout.addTable(rows, columns, layout.fonts().body, false);
    rows = {{tr("Feeling"), tr("Entries")}};
    for (const NameCount& n : m_content.summary.feelings) rows << QStringList{n.name, QString::number(n.count)};
    if (rows.size() > 1) layout.addTable(rows, columns, layout.fonts().body, false);
}

void ReviewDocument::buildIdeas(ReportLayout& layout) const {
    const QList<double> columns{0.46, 0.18, 0.36};
    const QStringList header{tr("Idea"), tr("Times tried"),
                             tr("Helped, on average (0\u2013"
                                "10)")};
    if (!m_content.summary.tried.isEmpty()) {
        layout.addHeading(tr("Ideas I tried this week"));
        addLines(layout, {m_content.sentences.tried});
        QList<QStringList> rows{header};
        for (const TriedIdea& idea : m_content.summary.tried) {
            rows << QStringList{ideaName(idea.label()), QString::number(idea.count),
                                idea.helpedMean ? oneDecimal(*idea.helpedMean) : tr("not rated")};
        }
        layout.addTable(rows, columns, layout.fonts().body, false);
    }
    if (!m_content.whatHelps.isEmpty()) {
        layout.addHeading(tr("What helps me, over all my entries"));
        QList<QStringList> rows{header};
        for (const HelpfulIdea& idea : m_content.whatHelps) {
            rows << QStringList{ideaName(idea.label()), QString::number(idea.timesTried), oneDecimal(idea.helpedMean)};
        }
        layout.addTable(rows, columns, layout.fonts().body, false);
    }
}

// The card as on screen: days across, the chosen rows down, a blank cell for a day without
// an answer. Ruled, so a row can be followed across the page with a finger; every day keeps
// its column, so the days stay apart.
void ReviewDocument::buildDiaryCard(ReportLayout& layout) const {
    const DiaryCardTable card = diaryCardTable(m_content.checkIns, m_content.diaryRows);
    layout.addHeading(tr("My diary card"));
    addLines(layout, describeCheckIns(m_content.checkIns).all());
    if (card.isEmpty()) return;
    ReportCheckIns::addCard(layout, card, layout.fonts().small);
}

void ReviewDocument::buildEntries(ReportLayout& layout) const {
    layout.addHeading(tr("What I wrote about each moment"));
    // The entry's own local time, as lived; minutes are enough.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    for (const JournalEntry& e : m_content.weekEntries) {
        const QString when = QLocale().toString(e.occurredAt.date(), QLocale::ShortFormat) + u", "_s +
                             QLocale().toString(e.occurredAt.time(), timeFormat);
        layout.addParagraph(when + u" \u00b7 "_s + tr("urge %1 of 10").arg(e.urge.value_or(0)),
                            bold(layout.fonts().body));
        layout.keepLastWithNext();
        if (!e.situation.trimmed().isEmpty()) layout.addParagraph(tr("Situation: %1").arg(e.situation.trimmed()));
        if (!e.notes.trimmed().isEmpty()) layout.addParagraph(tr("Notes: %1").arg(e.notes.trimmed()));
    }
}

void ReviewDocument::buildSetbackReflections(ReportLayout& layout) const {
    layout.addHeading(tr("Learning from a setback"));
    for (const SetbackReflection& r : m_content.setbackReflections) {
        layout.addParagraph(
            tr("Written on %1").arg(QLocale().toString(r.createdAt.toLocalTime().date(), QLocale::LongFormat)),
            bold(layout.fonts().body));
        layout.keepLastWithNext();
        const std::pair<QString, QString> answers[] = {
            {tr("What was happening before"), r.before},
            {tr("Warning signs that were there"), r.warningSigns},
            {tr("What I tried"), r.tried},
            {tr("What might help next time"), r.nextTime},
            {tr("What I want to add to my plan"), r.forPlan},
        };
        for (const auto& [question, answer] : answers)
            if (!answer.trimmed().isEmpty()) layout.addParagraph(tr("%1: %2").arg(question, answer.trimmed()));
    }
}

QString ReviewDocument::pageTop() const {
    return tr("My week") + u" \u00b7 "_s + weekRangeText(m_content.summary.week);
}

void ReviewDocument::print(QPrinter& printer) const {
    PagedReport::print(printer, pageTop(), [this](ReportLayout& layout) { build(layout); });
}

void ReviewDocument::writePdf(const QString& path) const {
    PagedReport::writePdf(path, tr("My week"), pageTop(), [this](ReportLayout& layout) { build(layout); });
}

}  // namespace mooring
