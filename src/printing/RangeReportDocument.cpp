#include "printing/RangeReportDocument.h"

#include "domain/Error.h"
#include "insights/WeekSentences.h"
#include "printing/ReportCharts.h"
#include "printing/ReportCheckIns.h"
#include "printing/ReportLayout.h"
#include "printing/ReportPlanDiff.h"
#include "printing/ReportText.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QFont sized(QFont font, double points, bool bold = false) {
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

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

QPageSize::PageSizeId RangeReportDocument::paperFor(const QLocale& locale) {
    switch (locale.territory()) {
        case QLocale::UnitedStates:
        case QLocale::Canada:
        case QLocale::Mexico:
        case QLocale::Philippines:
        case QLocale::Chile:
        case QLocale::Colombia:
        case QLocale::Venezuela:
        case QLocale::PuertoRico:
            return QPageSize::Letter;
        default:
            return QPageSize::A4;
    }
}

void RangeReportDocument::build(ReportLayout& layout) const {
    const RangeReport& r = m_content.report;
    layout.addTitle(title());
    layout.addParagraph(
        tr("From %1. Made on %2.").arg(ReportText::range(r.range), QLocale().toString(m_madeOn, QLocale::LongFormat)),
        layout.fonts().body);
    if (m_choices.entryTexts)
        layout.addParagraph(tr("This report includes what you wrote about each moment (situations and notes)."),
                            sized(layout.fonts().body, layout.fonts().body.pointSizeF(), true));
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
        const QList<std::pair<QString, int>> rows = {{tr("The urge passed"), r.outcomes.passed},
                                                     {tr("Got through it another way"), r.outcomes.coped},
                                                     {tr("Acted on it"), r.outcomes.acted},
                                                     {tr("No answer"), r.outcomes.unknown}};
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
    const QFont bold = sized(layout.fonts().body, layout.fonts().body.pointSizeF(), true);
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
    const QFont bold = sized(layout.fonts().body, layout.fonts().body.pointSizeF(), true);
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
    const QFont bold = sized(layout.fonts().body, layout.fonts().body.pointSizeF(), true);
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

int RangeReportDocument::paint(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(Error::Kind::CannotWrite, tr("The report could not be made. Please try again."));
    // The painter's origin is the top-left corner inside the margins.
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const QFont general = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const ReportLayout::Fonts fonts{sized(general, 17, true), sized(general, 13, true), sized(general, 10.5),
                                    sized(general, 8.5)};
    ReportLayout layout(&device, page.width(), fonts);
    build(layout);
    const double band = layout.lineHeight(fonts.small) * 2;
    const int pages = layout.paginate(page.height() - band * 2);
    const QString top = title() + u" \u00b7 "_s + ReportText::range(m_content.report.range);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) device.newPage();
        painter.setPen(Qt::black);
        painter.setFont(fonts.small);
        painter.drawText(QRectF(0, 0, page.width(), band * 0.6), Qt::AlignLeft | Qt::AlignTop, top);
        painter.drawText(QRectF(0, page.height() - band * 0.6, page.width(), band * 0.6),
                         Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
        layout.paintPage(painter, i, QPointF(0, band));
    }
    if (!painter.end()) throw Error(Error::Kind::CannotWrite, tr("The report could not be made. Please try again."));
    return pages;
}

void RangeReportDocument::print(QPrinter& printer) const {
    printer.setPageMargins(QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
                           QPageLayout::Millimeter);
    paint(printer);
}

void RangeReportDocument::writePdf(const QString& path) const {
    const auto cannotWrite = [&] {
        return Error(Error::Kind::CannotWrite,
                     tr("The PDF could not be saved there. The folder may be read-only or the disk full; "
                        "please choose another place."));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throw cannotWrite();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(u"Mooring"_s);
        writer.setResolution(300);
        const QMarginsF margins(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres);
        writer.setPageLayout(
            QPageLayout(QPageSize(paperFor()), QPageLayout::Portrait, margins, QPageLayout::Millimeter));
        paint(writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) throw cannotWrite();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

}  // namespace mooring
