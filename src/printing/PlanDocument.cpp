#include "printing/PlanDocument.h"

#include "printing/HtmlPrinting.h"

#include <QLocale>
#include <QTextDocument>

namespace mooring {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

}  // namespace

PlanDocument::PlanDocument(PlanVersion version, QList<Contact> contacts, QList<Helpline> helplines)
    : m_version(std::move(version)), m_contacts(std::move(contacts)), m_helplines(std::move(helplines)) {}

QString PlanDocument::html() const {
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; color: #1f2d3a;\">");
    h += QStringLiteral("<h1 style=\"font-size: 16pt; color: #2f5d62; margin-bottom: 2pt;\">%1</h1>")
             .arg(esc(tr("My safety plan")));
    QString when = m_version.savedAt.isValid() ? QLocale().toString(m_version.savedAt.date(), QLocale::LongFormat)
                                               : tr("not saved yet");
    QString line = tr("Saved %1").arg(when);
    if (!m_version.note.isEmpty()) line += QStringLiteral(" \u00b7 ") + m_version.note;
    h += QStringLiteral("<p style=\"font-size: 9pt; color: #51606d; margin-top: 0;\">%1</p>").arg(esc(line));

    int number = 1;
    for (PlanSection s : planSections::all()) {
        h += QStringLiteral(
                 "<h2 style=\"font-size: 11pt; color: #2f5d62; margin-top: 8pt; margin-bottom: 2pt;\">"
                 "%1. %2</h2>")
                 .arg(number++)
                 .arg(esc(planSections::title(s)));
        const QStringList& items = m_version.plan.items(s);
        if (items.isEmpty()) {
            h += QStringLiteral("<p style=\"font-size: 9pt; color: #6b7884;\">%1</p>")
                     .arg(esc(tr("Nothing written here yet.")));
            continue;
        }
        h += QStringLiteral("<ul style=\"font-size: 10pt; margin-top: 0;\">");
        for (const QString& item : items) h += QStringLiteral("<li>%1</li>").arg(esc(item));
        h += QStringLiteral("</ul>");
    }

    if (!m_contacts.isEmpty()) {
        h += QStringLiteral("<h2 style=\"font-size: 11pt; color: #2f5d62; margin-top: 10pt;\">%1</h2>")
                 .arg(esc(tr("My contacts")));
        h += QStringLiteral("<table cellpadding=\"3\" cellspacing=\"2\" style=\"font-size: 10pt;\">");
        for (const Contact& c : m_contacts) {
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style=\"color: #51606d;\">%3</td></tr>")
                     .arg(esc(c.name), esc(c.phone), esc(Contact::roleLabel(c.role)));
        }
        h += QStringLiteral("</table>");
    }

    if (!m_helplines.isEmpty()) {
        h += QStringLiteral("<h2 style=\"font-size: 11pt; color: #2f5d62; margin-top: 10pt;\">%1</h2>")
                 .arg(esc(tr("Helplines")));
        h += QStringLiteral("<table cellpadding=\"3\" cellspacing=\"2\" style=\"font-size: 10pt;\">");
        for (const Helpline& l : m_helplines) {
            QString how;
            if (!l.call.isEmpty()) how = tr("call %1").arg(l.call);
            if (!l.text.isEmpty()) {
                const QString text =
                    l.textBody.isEmpty() ? tr("text %1").arg(l.text) : tr("text %1 to %2").arg(l.textBody, l.text);
                how = how.isEmpty() ? text : how + QStringLiteral(", ") + text;
            }
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style=\"color: #51606d;\">%3</td></tr>")
                     .arg(esc(l.name), esc(how), esc(l.hours));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p style=\"font-size: 8pt; color: #6b7884; margin-top: 10pt;\">%1</p>")
             .arg(esc(tr("If you are in danger right now, call your local emergency number.")));
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> PlanDocument::document() const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html());
    return doc;
}

void PlanDocument::print(QPrinter& printer) const { HtmlPrinting::print(html(), printer, 15); }

void PlanDocument::writePdf(const QString& path) const {
    HtmlPrinting::writePdf(html(), path, tr("My safety plan"), 15);
}

}  // namespace mooring
