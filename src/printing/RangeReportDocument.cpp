#include "printing/RangeReportDocument.h"

#include "insights/WeekSentences.h"
#include "printing/PagedReport.h"
#include "printing/ReportCharts.h"
#include "printing/ReportCheckIns.h"
#include "printing/ReportLayout.h"
#include "printing/ReportPlanDiff.h"
#include "printing/ReportText.h"

#include <QPainter>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString entryTime(const QDateTime& at) {
    // The entry's own local time, as lived; minutes are enough.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    return QLocale().toString(at.date(), QLocale::LongFormat) + u", "_s + QLocale().toString(at.time(), timeFormat);
}

}  // namespace

RangeReportDocument::RangeReportDocument(PrintableReport content, ReportPrintChoices choices, QDate madeOn)
    : m_content(std::move(content)), m_choices(choices), m_madeOn(madeOn) {}

QString RangeReportDocument::title() const { return tr("Report for my next session"); }

QString RangeReportDocument::suggestedFileName() const {
    return tr("Report %1.pdf").arg(ReportText::range(m_content.report.range)).replace(u'/', u'-');
}

QPageSize::PageSizeId RangeReportDocument::paperFor(const QLocale& locale) { return PagedReport::paperFor(locale); }

void RangeReportDocument::build(ReportLayout& layout) const {
    const RangeReport& r = m_content.report;
    layout.addTitle(title());
    layout.addParagraph(
        tr("Covers %1. Made on %2.").arg(ReportText::range(r.range), QLocale().toString(m_madeOn, QLocale::LongFormat)),
        layout.fonts().body);
    if (m_choices.entryTexts)
        layout.addParagraph(tr("This report includes what you wrote about each moment (situations and notes)."),
                            layout.fonts().bold());
    layout.addParagraph(ReportText::entries(r));
    if (m_choices.atAGlance) buildAtAGlance(layout);
    if (m_choices.hours && r.entries > 0) buildHours(layout);
    if (m_choices.helped) buildHelped(layout);
    if (m_choices.checkIns) ReportCheckIns::build(layout, m_content);
    if (m_choices.planVersions) {
        layout.addHeading(tr("My safety plan"));
        layout.addParagraph(ReportText::planVersions(r));
    }
    if (m_choices.planChanges) ReportPlanDiff::build(layout, m_content);
    if (m_choices.weekNotes && !m_content.weekNotes.isEmpty()) buildWeekNotes(layout);
    if (m_choices.setbacks || m_choices.setbackReflections) buildSetbacks(layout);
    if (m_choices.entryTexts && !m_content.entries.isEmpty()) buildEntries(layout);
}

void RangeReportDocument::buildAtAGlance(ReportLayout& layout) const {
    const RangeReport& r = m_content.report;
    const QFont small = layout.fonts().small;
    layout.addHeading(tr("At a glance"));
    if (!ReportText::urges(r).isEmpty()) layout.addParagraph(ReportText::urges(r));
    layout.keepLastWithNext();
    const QList<ReportWeek> weeks = r.weeks;
    const double chartH = std::min(layout.width() * 0.42, layout.lineHeight(small) * 16);
    layout.addBlock(
        chartH, [weeks, small](QPainter& p, const QRectF& rect) { ReportCharts::paintWeeks(p, rect, weeks, small); });
    layout.addSpace(layout.lineHeight(small) * 0.5);
    layout.keepLastWithNext();  // the chart with the first line of its words
    for (const QString& line : ReportText::weeks(r)) layout.addParagraph(line, small);

    if (r.entries > 0) {
        layout.addHeading(tr("How urges ended"));
        const QList<std::pair<QString, int>> rows = ReportCharts::outcomeRows(r.outcomes);
        const double barsH = layout.lineHeight(layout.fonts().body) * 1.3 * double(rows.size());
        const QFont body = layout.fonts().body;
        layout.addBlock(
            barsH, [rows, body](QPainter& p, const QRectF& rect) { ReportCharts::paintBars(p, rect, rows, body); });
        layout.keepLastWithNext();
        layout.addParagraph(ReportText::outcomes(r));

        layout.addHeading(tr("Triggers and feelings that came up most"));
        layout.addParagraph(ReportText::triggers(r));
        layout.addParagraph(ReportText::feelings(r));
    }
    layout.addHeading(tr("What helped most"));
    layout.addParagraph(ReportText::helpedMost(r));
}

void RangeReportDocument::buildHours(ReportLayout& layout) const {
    const RangeReport& r = m_content.report;
    const QFont small = layout.fonts().small;
    layout.addHeading(tr("Times of day and days of the week"));
    layout.addParagraph(tr("Each square is an hour of a day of the week, darker the more entries began then, added up "
                           "over the whole time."),
                        small);
    layout.keepLastWithNext();  // what the grid is goes with the grid
    const auto grid = r.grid;
    const QDate first = r.weeks.isEmpty() ? r.range.from : r.weeks.constFirst().week.start();
    layout.addBlock(layout.lineHeight(small) * 1.7 * 8, [grid, first, small](QPainter& p, const QRectF& rect) {
        ReportCharts::paintHours(p, rect, grid, first, small);
    });
    layout.addSpace(layout.lineHeight(small) * 0.5);
    layout.keepLastWithNext();
    for (const QString& line : ReportText::hours(r)) layout.addParagraph(line);
}

void RangeReportDocument::buildHelped(ReportLayout& layout) const {
    const RangeReport& r = m_content.report;
    layout.addHeading(tr("What helped, and how often I tried it"));
    QList<TriedIdea> ideas = rankedByHelp(r.tried);
    // Then the ideas without a rating, most often tried first (the order the tally keeps).
    for (const TriedIdea& idea : r.tried)
        if (!idea.helpedMean) ideas.append(idea);
    if (ideas.isEmpty()) {
        layout.addParagraph(tr("No coping ideas were noted as tried in this time."));
        return;
    }
    layout.addParagraph(tr("Most helpful first, as you rated them each time (0 to 10)."), layout.fonts().small);
    for (const TriedIdea& idea : ideas)
        layout.addRow(ReportText::ideaLabel(idea), ReportText::triedFigure(idea), layout.fonts().body);
}

void RangeReportDocument::buildWeekNotes(ReportLayout& layout) const {
    layout.addHeading(tr("My notes: what I want to change"));
    const QFont bold = layout.fonts().bold();
    for (const ReportWeekNote& note : m_content.weekNotes) {
        layout.addParagraph(
            tr("Week of %1")
                .arg(weekRangeText(Week::containing(note.weekStart, Qt::DayOfWeek(note.weekStart.dayOfWeek())))),
            bold);
        layout.keepLastWithNext();
        layout.addParagraph(note.text);
    }
}

void RangeReportDocument::buildSetbacks(ReportLayout& layout) const {
    layout.addHeading(tr("Setbacks"));
    layout.addParagraph(ReportText::setbacks(m_content));
    if (!m_choices.setbackReflections) return;
    const QFont bold = layout.fonts().bold();
    for (const SetbackReflection& s : m_content.setbackReflections) {
        layout.addParagraph(
            tr("Written on %1").arg(QLocale().toString(s.createdAt.toLocalTime().date(), QLocale::LongFormat)), bold);
        layout.keepLastWithNext();
        const std::pair<QString, QString> answers[] = {
            {tr("What was happening before"), s.before},
            {tr("Warning signs that were there"), s.warningSigns},
            {tr("What I tried"), s.tried},
            {tr("What might help next time"), s.nextTime},
            {tr("What I want to add to my plan"), s.forPlan},
        };
        for (const auto& [question, answer] : answers)
            if (!answer.trimmed().isEmpty()) layout.addParagraph(tr("%1: %2").arg(question, answer.trimmed()));
    }
}

void RangeReportDocument::buildEntries(ReportLayout& layout) const {
    layout.addHeading(tr("What I wrote about each moment"));
    const QFont bold = layout.fonts().bold();
    for (const JournalEntry& e : m_content.entries) {
        const QString situation = e.situation.trimmed();
        const QString notes = e.notes.trimmed();
        if (situation.isEmpty() && notes.isEmpty()) continue;
        layout.addParagraph(entryTime(e.occurredAt) + u" \u00b7 "_s + tr("urge %1 of 10").arg(e.urge.value_or(0)),
                            bold);
        layout.keepLastWithNext();
        if (!situation.isEmpty()) layout.addParagraph(tr("Situation: %1").arg(situation));
        if (!notes.isEmpty()) layout.addParagraph(tr("Notes: %1").arg(notes));
    }
}

QString RangeReportDocument::pageTop() const {
    return title() + u" \u00b7 "_s + ReportText::range(m_content.report.range);
}

void RangeReportDocument::print(QPrinter& printer) const {
    PagedReport::print(printer, pageTop(), [this](ReportLayout& layout) { build(layout); });
}

void RangeReportDocument::writePdf(const QString& path) const {
    PagedReport::writePdf(path, title(), pageTop(), [this](ReportLayout& layout) { build(layout); });
}

}  // namespace mooring
