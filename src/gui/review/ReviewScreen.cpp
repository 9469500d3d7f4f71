#include "gui/review/ReviewScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/review/ReflectionBox.h"
#include "gui/review/ReportDialog.h"
#include "session/ProfileSession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ReviewScreen::ReviewScreen(ProfileSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_firstDay(QLocale().firstDayOfWeek()) {
    setObjectName(u"reviewScreen"_s);
    // Named all the same, should a screen reader ever be told of the screen itself.
    setAccessibleName(tr("My week"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"reviewProblem"_s);
    QWidget* header = buildHeader();
    m_column = new ReadingColumn(buildContent(), this, 64);
    m_column->setObjectName(u"reviewColumn"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 8);
    layout->setSpacing(8);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_column, 1);
    FocusLanding::install(
        this, [this] { return m_previous; }, FocusLanding::When::Shown);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    for (const QKeySequence& keys : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        shortcut(keys, [this] { showPreviousWeek(); });
    for (const QKeySequence& keys : {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        shortcut(keys, [this] { showNextWeek(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), [this] { showThisWeek(); });
    shortcut(QKeySequence::Print, [this] { openPrintChoices(); });
    shortcut(QKeySequence::Save, [this] { saveReflection(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { leave(); });

    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &ReviewScreen::reload);
    for (auto change :
         {&ProfileSession::journalChanged, &ProfileSession::planChanged, &ProfileSession::toolboxChanged,
          &ProfileSession::weekNotesChanged, &ProfileSession::checkInsChanged, &ProfileSession::importDone})
        connect(&m_session, change, m_reloadSoon, qOverload<>(&QTimer::start));

    m_notePause = new QTimer(this);
    m_notePause->setSingleShot(true);
    m_notePause->setInterval(kNotePauseMs);
    connect(m_notePause, &QTimer::timeout, this, [this] { saveReflection(); });
    connect(m_reflection->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (m_reflection->isModified()) m_notePause->start();
    });
    // Locking or the window closing: the note is kept while the database is still open.
    connect(&m_session, &ProfileSession::aboutToClose, this, [this] {
        saveReflection();
        m_notePause->stop();
        m_reloadSoon->stop();
        m_open = false;
    });

    m_week = thisWeek();
    reload();
}

ReviewScreen::~ReviewScreen() = default;

Week ReviewScreen::thisWeek() const { return Week::containing(m_session.now().date(), m_firstDay); }

QWidget* ReviewScreen::buildHeader() {
    auto* header = new QWidget(this);
    auto* back = new QPushButton(tr("\u2190 &Back"), header);
    back->setObjectName(u"reviewBack"_s);
    back->setAccessibleName(tr("Back to the start page"));
    auto* heading = new QLabel(tr("My week"), header);
    Appearance::makeHeading(heading);
    auto* printButton = new QPushButton(tr("&Print or save as PDF\u2026"), header);
    printButton->setObjectName(u"reviewPrint"_s);
    printButton->setToolTip(tr("Print or save as PDF (Ctrl+P)"));
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(heading, 1);
    top->addWidget(printButton);

    m_weekLabel = new QLabel(header);
    m_weekLabel->setObjectName(u"reviewWeekLabel"_s);
    m_weekLabel->setWordWrap(true);
    Appearance::makeHeading(m_weekLabel, 2);
    m_previous = new QPushButton(tr("\u25c0 P&revious week"), header);
    m_previous->setObjectName(u"reviewPrevious"_s);
    m_previous->setAccessibleName(tr("Previous week"));
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    m_today = new QPushButton(tr("&This week"), header);
    m_today->setObjectName(u"reviewThisWeek"_s);
    m_today->setToolTip(tr("This week (Alt+Home)"));
    m_next = new QPushButton(tr("&Next week \u25b6"), header);
    m_next->setObjectName(u"reviewNext"_s);
    m_next->setAccessibleName(tr("Next week"));
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    // One row when it fits; with large text the buttons go on to a second line rather than
    // widening the window.
    auto* weeks = new crisis::FlowLayout;
    weeks->addWidget(m_previous);
    weeks->addWidget(m_today);
    weeks->addWidget(m_next);
    // "Report for my next session": several weeks on paper, with a preview (ReportDialog).
    auto* reportButton = new QPushButton(tr("Rep&ort for my next session\u2026"), header);
    reportButton->setObjectName(u"reviewReport"_s);
    reportButton->setAutoDefault(true);
    Appearance::makeLargeTarget(reportButton);
    connect(reportButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    weeks->addWidget(reportButton);

    auto* column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addLayout(top);
    column->addWidget(m_weekLabel);
    m_weekSaid = new LiveNotice(header);
    m_weekSaid->setObjectName(u"reviewWeekSaid"_s);
    column->addLayout(weeks);
    for (QPushButton* b : {back, printButton, m_previous, m_today, m_next}) {
        b->setAutoDefault(true);
        Appearance::makeLargeTarget(b);
    }
    connect(back, &QPushButton::clicked, this, &ReviewScreen::leave);
    connect(printButton, &QPushButton::clicked, this, [this] { openPrintChoices(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPreviousWeek(); });
    connect(m_next, &QPushButton::clicked, this, [this] { showNextWeek(); });
    connect(m_today, &QPushButton::clicked, this, [this] { showThisWeek(); });
    return header;
}

bool ReviewScreen::showWeek(const Week& week) {
    if (!week.isValid()) return false;
    if (!saveReflection()) return false;                             // the note stays on screen with the message
    m_week = week.start() > thisWeek().start() ? thisWeek() : week;  // no weeks still to come
    loadWeek();
    m_column->verticalScrollBar()->setValue(0);
    // The heading changed on screen; a screen reader hears it, and whether the week is empty.
    m_weekSaid->say(m_empty->isHidden() ? m_weekLabel->text() : m_weekLabel->text() + u". "_s + m_empty->text());
    return true;
}

bool ReviewScreen::showPreviousWeek() { return showWeek(m_week.previous()); }
bool ReviewScreen::showNextWeek() { return m_week == thisWeek() ? false : showWeek(m_week.next()); }
bool ReviewScreen::showThisWeek() { return showWeek(thisWeek()); }

void ReviewScreen::reload() {
    if (!m_open) return;
    m_reloadSoon->stop();
    QString problem;
    try {
        m_helps = fetchWhatHelps(m_session.database());  // does not depend on the week shown
    } catch (const Error& e) {
        problem = e.message();
    }
    loadWeek();
    if (!problem.isEmpty()) m_banner->showMessage(problem);
}

void ReviewScreen::loadWeek() {
    if (!m_open) return;
    try {
        m_data = fetchWeekReview(m_session.database(), m_week);
        m_banner->clearMessage();
    } catch (const Error& e) {
        m_data = WeekReview{};
        m_data.summary.week = m_week;
        m_banner->showMessage(e.message());
    }
    populate();  // a note being typed stays as it is (ReflectionBox::setNotes)
}

bool ReviewScreen::saveReflection() {
    if (!m_open || !m_reflection || !m_reflection->isModified()) return true;
    m_notePause->stop();
    try {
        m_session.weekNotes().save(m_week.start(), m_reflection->text());
    } catch (const Error& e) {
        m_banner->showMessage(tr("Your note could not be kept. %1 It is still here.").arg(e.message()));
        return false;
    }
    m_reflection->markSaved();
    m_data.reflection = m_reflection->text().trimmed();
    m_reflection->showStatus(tr("Your note is kept with this week."));
    return true;
}

void ReviewScreen::leave() {
    if (saveReflection()) Q_EMIT backRequested();
}

QString ReviewScreen::bannerText() const { return m_banner->text(); }

PrintChoicesDialog* ReviewScreen::openPrintChoices() {
    auto* dialog = new PrintChoicesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrintChoicesDialog::chosen, this, &ReviewScreen::printChosen);
    dialog->open();
    return dialog;
}

ReviewContent ReviewScreen::printable() const {
    return fetchPrintableReview(m_session.database(), m_data, m_helps, m_reflection->text());
}

void ReviewScreen::printChosen(PrintChoicesDialog::Output output, const ReviewPrintChoices& choices) {
    if (output == PrintChoicesDialog::Output::Print) {
        print(choices);
        return;
    }
    const QString path = DialogHooks::saveFileName(this, tr("Save this week as a PDF"),
                                                   QDir::home().filePath(ReviewDocument::suggestedFileName(m_week)),
                                                   tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) savePdf(path, choices);
}

bool ReviewScreen::savePdf(const QString& path, const ReviewPrintChoices& choices) {
    try {
        ReviewDocument(printable(), choices).writePdf(path);
        m_banner->showMessage(tr("This week was saved as a PDF."), MessageBanner::Tone::Info);
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
}

bool ReviewScreen::print(const ReviewPrintChoices& choices) {
    try {
        const ReviewDocument document(printable(), choices);
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("My week"));
        if (!DialogHooks::choosePrinter(printer, this)) return false;
        document.print(printer);
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
}

}  // namespace mooring
