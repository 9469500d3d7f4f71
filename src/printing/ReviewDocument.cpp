#include "printing/ReviewDocument.h"

#include "insights/DiaryCardTable.h"
#include "printing/HtmlPrinting.h"

#include <QLocale>
#include <QTextDocument>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString heading(const QString& text) {
    return u"<h2 style=\"font-size: 12pt; color: #2f5d62; margin-top: 16pt; margin-bottom: 4pt;\">%1</h2>"_s.arg(
        esc(text));
}

QString paragraph(const QString& text) {
    return text.isEmpty() ? QString() : u"<p style=\"font-size: 10pt; margin: 2pt 0;\">%1</p>"_s.arg(esc(text));
}

QString quiet(const QString& text) {
    return u"<p style=\"font-size: 9pt; color: #51606d; margin: 2pt 0;\">%1</p>"_s.arg(esc(text));
}

QString oneDecimal(double v) { return QLocale().toString(v, 'f', 1); }

// An idea taken out of the toolbox since has no title any more; it still counts.
QString ideaName(const QString& label) {
    return label.isEmpty() ? QCoreApplication::translate("mooring", "An idea no longer in my toolbox") : label;
}

// Rows of cells; the first row is the header.
QString table(const QList<QStringList>& rows) {
    QString h = u"<table cellpadding=\"4\" cellspacing=\"6\" style=\"font-size: 9.5pt; margin-top: 4pt;\">"_s;
    for (int r = 0; r < rows.size(); ++r) {
        h += u"<tr>"_s;
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString align = c == 0 ? u"left"_s : u"right"_s;
            h += r == 0 ? u"<th align=\"%1\" style=\"color: #51606d; padding-right: 14pt;\">%2</th>"_s.arg(
                              align, esc(rows[r][c]))
                        : u"<td align=\"%1\" style=\"padding-right: 14pt;\">%2</td>"_s.arg(align, esc(rows[r][c]));
        }
        h += u"</tr>"_s;
    }
    return h + u"</table>"_s;
}

}  // namespace

ReviewDocument::ReviewDocument(ReviewContent content, ReviewPrintChoices choices, QDate madeOn)
    : m_content(std::move(content)), m_choices(choices), m_madeOn(madeOn) {}

QString ReviewDocument::suggestedFileName() const { return suggestedFileName(m_content.summary.week); }

QString ReviewDocument::suggestedFileName(const Week& week) {
    QString name = tr("My week, %1.pdf").arg(weekRangeText(week));
    name.replace(u'/', u'-');
    return name;
}

QString ReviewDocument::html() const {
    QString h = u"<html><body style=\"font-family: sans-serif; color: #1f2d3a;\">"_s;
    h += u"<h1 style=\"font-size: 16pt; color: #2f5d62; margin-bottom: 2pt;\">%1</h1>"_s.arg(
        esc(tr("My week: %1").arg(weekRangeText(m_content.summary.week))));
    h += quiet(tr("From my Mooring journal, made on %1, to talk through with someone I trust.")
                   .arg(QLocale().toString(m_madeOn, QLocale::LongFormat)));

    if (m_choices.figures) h += figuresHtml();
    if (m_choices.triggersAndFeelings && !m_content.summary.isEmpty()) h += namesHtml();
    if (m_choices.ideas) h += ideasHtml();
    if (m_choices.diaryCard && !m_content.checkIns.isEmpty()) h += diaryCardHtml();
    if (m_choices.reflection && !m_content.reflection.trimmed().isEmpty()) {
        h += heading(tr("What I want to change"));
        for (const QString& line : m_content.reflection.trimmed().split(u'\n')) h += paragraph(line);
    }
    if (m_choices.entryTexts && !m_content.weekEntries.isEmpty()) h += entriesHtml();
    if (m_choices.setbackReflections && !m_content.setbackReflections.isEmpty()) h += setbackReflectionsHtml();

    h += u"<p style=\"font-size: 8pt; color: #6b7884; margin-top: 14pt;\">%1</p>"_s.arg(
        esc(tr("If you are in danger right now, call your local emergency number.")));
    return h + u"</body></html>"_s;
}

QString ReviewDocument::figuresHtml() const {
    const WeekSentences& s = m_content.sentences;
    QString h = heading(tr("This week in figures"));
    if (m_content.summary.isEmpty()) {
        h += paragraph(emptyWeekSentence());
    } else {
        for (const QString& line : {s.entries, s.urges, s.outcomes, s.when}) h += paragraph(line);
        h += quiet(histogramText(m_content.summary.urge));
    }
    if (!s.comparison.isEmpty()) {
        h += heading(tr("Compared with the four weeks before"));
        for (const QString& line : s.comparison) h += paragraph(line);
    }
    if (!s.sinceStart.isEmpty()) {
        h += heading(tr("Since you started"));
        h += paragraph(s.sinceStart);
    }
    return h;
}

QString ReviewDocument::namesHtml() const {
    QString h = heading(tr("Triggers and feelings"));
    h += paragraph(m_content.sentences.triggers);
    h += paragraph(m_content.sentences.feelings);
    QList<QStringList> rows{{tr("Trigger"), tr("Entries")}};
    for (const NameCount& n : m_content.summary.triggers) rows << QStringList{n.name, QString::number(n.count)};
    if (rows.size() > 1) h += table(rows);
    rows = {{tr("Feeling"), tr("Entries")}};
    for (const NameCount& n : m_content.summary.feelings) rows << QStringList{n.name, QString::number(n.count)};
    if (rows.size() > 1) h += table(rows);
    return h;
}

QString ReviewDocument::ideasHtml() const {
    QString h;
    if (!m_content.summary.tried.isEmpty()) {
        h += heading(tr("Ideas I tried this week"));
        h += paragraph(m_content.sentences.tried);
        QList<QStringList> rows{{tr("Idea"), tr("Times tried"),
                                 tr("Helped, on average (0\u2013"
                                    "10)")}};
        for (const TriedIdea& idea : m_content.summary.tried) {
            rows << QStringList{ideaName(idea.label()), QString::number(idea.count),
                                idea.helpedMean ? oneDecimal(*idea.helpedMean) : tr("not rated")};
        }
        h += table(rows);
    }
    if (!m_content.whatHelps.isEmpty()) {
        h += heading(tr("What helps me, over all my entries"));
        QList<QStringList> rows{{tr("Idea"), tr("Times tried"),
                                 tr("Helped, on average (0\u2013"
                                    "10)")}};
        for (const HelpfulIdea& idea : m_content.whatHelps) {
            rows << QStringList{ideaName(idea.label()), QString::number(idea.timesTried), oneDecimal(idea.helpedMean)};
        }
        h += table(rows);
    }
    return h;
}

// The card as on screen: days across, the chosen rows down, a blank cell for a day without
// an answer. Ruled, so a row can be followed across the page with a finger.
QString ReviewDocument::diaryCardHtml() const {
    const DiaryCardTable card = diaryCardTable(m_content.checkIns, m_content.diaryRows);
    QString h = heading(tr("My diary card"));
    for (const QString& line : describeCheckIns(m_content.checkIns).all()) h += paragraph(line);
    if (card.isEmpty()) return h;
    // Fixed widths: a day without answers keeps its column, so the days stay apart.
    const QString cell = u"style=\"border: 1px solid #9aa5ae; padding: 3pt 5pt;\""_s;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"font-size: 9pt; margin-top: "
         u"4pt; border-collapse: collapse;\"><tr><th width=\"30%\" %1></th>"_s.arg(cell);
    for (const QString& day : card.dayNames)
        h += u"<th width=\"10%\" align=\"center\" %1>%2</th>"_s.arg(cell, esc(day));
    h += u"</tr>"_s;
    for (const DiaryCardRow& row : card.rows) {
        h += u"<tr><td align=\"left\" %1>%2</td>"_s.arg(cell, esc(row.name));
        for (const QString& text : row.cells) h += u"<td align=\"center\" %1>%2</td>"_s.arg(cell, esc(text));
        h += u"</tr>"_s;
    }
    return h + u"</table>"_s;
}

QString ReviewDocument::entriesHtml() const {
    QString h = heading(tr("What I wrote about each moment"));
    for (const JournalEntry& e : m_content.weekEntries) {
        // The entry's own local time, as lived; minutes are enough.
        QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
        timeFormat.remove(u":ss"_s);
        const QString when = QLocale().toString(e.occurredAt.date(), QLocale::ShortFormat) + u", "_s +
                             QLocale().toString(e.occurredAt.time(), timeFormat);
        h += u"<p style=\"font-size: 9.5pt; margin: 8pt 0 1pt 0;\"><b>%1</b> \u00b7 %2</p>"_s.arg(
            esc(when), esc(tr("urge %1 of 10").arg(e.urge.value_or(0))));
        if (!e.situation.trimmed().isEmpty()) h += paragraph(tr("Situation: %1").arg(e.situation.trimmed()));
        if (!e.notes.trimmed().isEmpty()) h += paragraph(tr("Notes: %1").arg(e.notes.trimmed()));
    }
    return h;
}

QString ReviewDocument::setbackReflectionsHtml() const {
    QString h = heading(tr("Learning from a setback"));
    for (const SetbackReflection& r : m_content.setbackReflections) {
        h += u"<p style=\"font-size: 9.5pt; margin: 8pt 0 1pt 0;\"><b>%1</b></p>"_s.arg(
            esc(tr("Written on %1").arg(QLocale().toString(r.createdAt.toLocalTime().date(), QLocale::LongFormat))));
        const std::pair<QString, QString> answers[] = {
            {tr("What was happening before"), r.before},
            {tr("Warning signs that were there"), r.warningSigns},
            {tr("What I tried"), r.tried},
            {tr("What might help next time"), r.nextTime},
            {tr("What I want to add to my plan"), r.forPlan},
        };
        for (const auto& [question, answer] : answers) {
            if (answer.trimmed().isEmpty()) continue;
            h += paragraph(tr("%1: %2").arg(question, answer.trimmed()));
        }
    }
    return h;
}

std::unique_ptr<QTextDocument> ReviewDocument::document() const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html());
    return doc;
}

void ReviewDocument::print(QPrinter& printer) const { HtmlPrinting::print(html(), printer, 18); }

void ReviewDocument::writePdf(const QString& path) const { HtmlPrinting::writePdf(html(), path, tr("My week"), 18); }

}  // namespace mooring
