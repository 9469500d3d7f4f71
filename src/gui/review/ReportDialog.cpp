#include "gui/review/ReportDialog.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "session/ProfileSession.h"
#include "storage/ReportPreferences.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ReportDialog::ReportDialog(ProfileSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_firstDay(QLocale().firstDayOfWeek()) {
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Report for my next session"));

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"reportChoicesScroll"_s);
    scroll->setWidget(buildChoices());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Choices for the report"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The preview's own printer: the paper the PDF will have, so the pages look the same.
    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_previewPrinter->setPageSize(QPageSize(RangeReportDocument::paperFor()));
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the report"));
    m_preview->setAccessibleDescription(
        tr("The pages as they will be printed. The same words are in the report's sentences."));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);

    auto* body = new QHBoxLayout;
    // The choices as wide as their longest box, the preview all the rest.
    scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    body->addWidget(scroll);
    body->addWidget(m_preview, 1);

    m_pdf = new QPushButton(tr("Save as &PDF\u2026"), this);
    m_pdf->setObjectName(u"reportSavePdf"_s);
    m_print = new QPushButton(tr("P&rint\u2026"), this);
    m_print->setObjectName(u"reportPrint"_s);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(u"reportClose"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    for (QPushButton* b : {m_pdf, m_print, close}) b->setAutoDefault(false);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 16, 20, 16);
    column->addLayout(body, 1);
    column->addLayout(buttons);
    Appearance::makeLargeTargets(this);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);  // typing a date changes it digit by digit: read once it rests
    connect(m_refresh, &QTimer::timeout, this, &ReportDialog::refreshNow);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_refresh, qOverload<>(&QTimer::start));
    for (QCheckBox* box : {m_atAGlance, m_hours, m_helped, m_checkIns, m_plan, m_planChanges, m_notes, m_setbacks,
                           m_setbackReflections, m_entries})
        connect(box, &QCheckBox::toggled, m_refresh, qOverload<>(&QTimer::start));
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    setRange(startingRange());
    refreshNow();
    if (parent) resize(parent->window()->size() * 0.94);
    m_from->setFocus();
}

// The preview goes before the printer it paints on.
ReportDialog::~ReportDialog() { delete m_preview; }

QWidget* ReportDialog::buildChoices() {
    auto* panel = new QWidget(this);
    auto* heading = new QLabel(tr("Report for my next session"), panel);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    auto* hint = new QLabel(tr("Choose the days and what goes in. You decide what goes on paper: your own words stay "
                               "out unless you tick them."),
                            panel);
    hint->setWordWrap(true);

    const QDate today = m_session.now().date();
    auto dateEdit = [&](const QString& name, const QString& accessible) {
        auto* edit = new QDateEdit(panel);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today);
        return edit;
    };
    m_from = dateEdit(u"reportFrom"_s, tr("First day of the report"));
    m_to = dateEdit(u"reportTo"_s, tr("Last day of the report"));
    auto* dates = new QFormLayout;
    dates->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dates->setRowWrapPolicy(QFormLayout::WrapLongRows);
    dates->addRow(tr("&From:"), m_from);
    dates->addRow(tr("&To:"), m_to);
    m_message = new MessageBanner(panel);
    m_message->setObjectName(u"reportMessage"_s);

    auto box = [panel](const QString& text, const QString& name, bool on) {
        auto* b = new QCheckBox(text, panel);
        b->setObjectName(name);
        b->setChecked(on);
        return b;
    };
    // A short name on each box (boxes do not wrap), and what it holds underneath where the
    // name alone would not say; a screen reader hears it as the box's description.
    auto explain = [panel](QCheckBox* b, const QString& text) {
        auto* label = new QLabel(text, panel);
        label->setWordWrap(true);
        label->setIndent(QFontMetrics(b->font()).height() + 8);
        Appearance::setRelativeFontSize(label, 0.9);
        b->setAccessibleDescription(text);
        return label;
    };
    const ReportPrintChoices d;
    m_atAGlance = box(tr("&At a glance"), u"reportAtAGlance"_s, d.atAGlance);
    QLabel* glanceHolds =
        explain(m_atAGlance, tr("The weeks as a chart, how urges ended, the triggers and feelings that came up most, "
                                "and what helped most."));
    m_hours = box(tr("Times of &day and days of the week"), u"reportHours"_s, d.hours);
    m_helped = box(tr("What &helped, and how often"), u"reportHelped"_s, d.helped);
    m_checkIns = box(tr("Chec&k-ins and my diary card"), u"reportCheckIns"_s, d.checkIns);
    QLabel* checkInsHold = explain(
        m_checkIns, tr("The days I checked in each week, how the days were and my urges on average, and my diary "
                       "card. Only when there are check-ins in these days."));
    m_plan = box(tr("How often I &saved my plan"), u"reportPlan"_s, d.planVersions);
    m_planChanges = box(tr("Changes to my safety p&lan"), u"reportPlanChanges"_s, d.planChanges);
    QLabel* planChangesHold = explain(
        m_planChanges, tr("What I added to my plan, took out or reworded, item by item. Off unless I tick it."));
    m_notes = box(tr("My &notes for each week"), u"reportNotes"_s, d.weekNotes);
    QLabel* notesHold = explain(m_notes, tr("What I want to change, as I wrote it in My week."));
    m_setbacks = box(tr("How many set&backs"), u"reportSetbacks"_s, d.setbacks);
    m_setbackReflections = box(tr("My setback r&eflections"), u"reportSetbackReflections"_s, d.setbackReflections);
    QLabel* reflectionsHold = explain(m_setbackReflections, tr("My own words, off unless I tick them."));
    m_entries = box(tr("What I wrote about each &moment"), u"reportEntries"_s, d.entryTexts);
    QLabel* entriesHold = explain(m_entries, tr("Situations and notes, off unless I tick them."));

    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(8);
    column->addWidget(heading);
    column->addWidget(hint);
    column->addLayout(dates);
    column->addWidget(m_message);
    const std::pair<QCheckBox*, QLabel*> rows[] = {
        {m_atAGlance, glanceHolds}, {m_hours, nullptr},    {m_helped, nullptr},
        {m_checkIns, checkInsHold}, {m_plan, nullptr},     {m_planChanges, planChangesHold},
        {m_notes, notesHold},       {m_setbacks, nullptr}, {m_setbackReflections, reflectionsHold},
        {m_entries, entriesHold}};
    for (const auto& [b, holds] : rows) {
        column->addWidget(b);
        if (holds) {
            column->addSpacing(-6);
            column->addWidget(holds);
        }
    }
    column->addStretch(1);
    return panel;
}

ReportRange ReportDialog::range() const { return {m_from->date(), m_to->date()}; }

void ReportDialog::setRange(const ReportRange& range) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_refresh->start();
}

ReportPrintChoices ReportDialog::choices() const {
    ReportPrintChoices c;
    c.atAGlance = m_atAGlance->isChecked();
    c.hours = m_hours->isChecked();
    c.helped = m_helped->isChecked();
    c.planVersions = m_plan->isChecked();
    c.weekNotes = m_notes->isChecked();
    c.setbacks = m_setbacks->isChecked();
    c.setbackReflections = m_setbackReflections->isChecked();
    c.entryTexts = m_entries->isChecked();
    c.checkIns = m_checkIns->isChecked();
    c.planChanges = m_planChanges->isChecked();
    return c;
}

QString ReportDialog::message() const { return m_message->text(); }

bool ReportDialog::checkRange() {
    const ReportRange r = range();
    QString problem;
    if (r.from > r.to)
        problem = tr("The first day is after the last day. Please choose a first day on or before the last one.");
    else if (!r.isValid())
        problem =
            tr("A report can cover up to a year. Please choose a shorter time; a few weeks is often easiest to "
               "talk through.");
    m_pdf->setEnabled(problem.isEmpty());
    m_print->setEnabled(problem.isEmpty());
    m_preview->setEnabled(problem.isEmpty());  // greyed: the pages shown are of the days before
    if (problem.isEmpty()) return true;
    m_message->showMessage(problem);
    return false;
}

ReportRange ReportDialog::startingRange() {
    std::optional<QDate> last;
    try {
        last = ReportPreferences(m_session.database()).lastReportEnd();
    } catch (const Error&) {
        // Unread, the usual four weeks are a fine start.
    }
    return defaultReportRange(m_session.now().date(), last);
}

void ReportDialog::rememberMade() {
    try {
        ReportPreferences(m_session.database()).setLastReportEnd(range().to);
    } catch (const Error&) {
        // The report itself is made; next time simply starts with four weeks.
    }
}

void ReportDialog::refreshNow() {
    m_refresh->stop();
    if (!checkRange()) return;
    if (!(m_fetched.from == range().from && m_fetched.to == range().to)) {
        try {
            m_content = fetchPrintableReport(m_session.database(), range(), m_firstDay);
            m_fetched = range();
            m_checkIns->setEnabled(m_content.daysCheckedIn() > 0);  // a tick that could add nothing is greyed
            m_message->clearMessage();
        } catch (const Error& e) {
            m_message->showMessage(e.message());
            return;
        }
    } else if (m_message->tone() == MessageBanner::Tone::Attention) {
        m_message->clearMessage();
    }
    m_preview->updatePreview();
}

void ReportDialog::paintPreview(QPrinter* printer) {
    if (!(m_fetched.from == range().from && m_fetched.to == range().to)) return;
    try {
        RangeReportDocument(m_content, choices(), m_session.now().date()).print(*printer);
    } catch (const Error& e) {
        m_message->showMessage(e.message());
    }
}

int ReportDialog::previewPages() const { return m_preview->pageCount(); }

bool ReportDialog::savePdf() {
    refreshNow();
    if (!checkRange()) return false;
    const RangeReportDocument document(m_content, choices(), m_session.now().date());
    const QString path =
        DialogHooks::saveFileName(this, tr("Save the report as a PDF"),
                                  QDir::home().filePath(document.suggestedFileName()), tr("PDF documents (*.pdf)"));
    return !path.isEmpty() && savePdf(path);
}

bool ReportDialog::savePdf(const QString& path) {
    refreshNow();
    if (!checkRange()) return false;
    try {
        RangeReportDocument(m_content, choices(), m_session.now().date()).writePdf(path);
        rememberMade();
        m_message->showMessage(tr("The report was saved as a PDF."), MessageBanner::Tone::Info);
        return true;
    } catch (const Error& e) {
        m_message->showMessage(e.message());
        return false;
    }
}

bool ReportDialog::print() {
    refreshNow();
    if (!checkRange()) return false;
    try {
        const RangeReportDocument document(m_content, choices(), m_session.now().date());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(RangeReportDocument::paperFor()));
        printer.setDocName(document.title());
        if (!DialogHooks::choosePrinter(printer, this)) return false;
        document.print(printer);
        rememberMade();
        return true;
    } catch (const Error& e) {
        m_message->showMessage(e.message());
        return false;
    }
}

}  // namespace mooring
