#include "gui/library/LibraryScreen.h"

#include "domain/Error.h"
#include "domain/Helpline.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/HelpNowButton.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadAloud.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/common/ReadingColumn.h"
#include "gui/home/HomeTile.h"
#include "gui/library/LibraryPages.h"
#include "speech/Script.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
const QString kHelpNowLink = u"mooring:help-now"_s;
constexpr int kReadingWidthInCharacters = 60;
}  // namespace

LibraryScreen::LibraryScreen(ProfileSettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_pages(new QStackedWidget(this)) {
    setObjectName(u"libraryScreen"_s);
    setAccessibleName(tr("Understand self-harm and recovery"));
    m_listPage = buildListPage();
    m_readingPage = buildReadingPage();
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_readingPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &LibraryScreen::goBack);
    auto* print = new QShortcut(QKeySequence::Print, m_readingPage);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, &LibraryScreen::printPage);
    // Opened, the keyboard lands where the page shown last put it (the tile of the page just
    // read, for one), else on the text being read or the list's search field.
    FocusLanding::install(
        this,
        [this]() -> QWidget* {
            QWidget* page = m_pages->currentWidget();
            if (QWidget* last = page->focusWidget(); last && last->isVisibleTo(page)) return last;
            return isReading() ? static_cast<QWidget*>(m_reader) : m_search;
        },
        FocusLanding::When::Shown);
    showList();
}

LibraryScreen::~LibraryScreen() = default;

QWidget* LibraryScreen::buildListPage() {
    auto* content = new QWidget;
    auto* back = new QPushButton(tr("Back"), content);
    back->setObjectName(u"libraryBack"_s);
    back->setAccessibleName(tr("Back: leave the library"));
    auto* heading = new QLabel(tr("Understand self-harm and recovery"), content);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("Short pages in plain words, for you and for the people around you. Nothing here is "
                                "about you personally, so you can read it at any time, even before unlocking."),
                             content);
    intro->setWordWrap(true);
    auto* searchLabel = new QLabel(tr("&Search the pages"), content);
    m_search = new QLineEdit(content);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setAccessibleName(tr("Search the pages"));
    m_search->setPlaceholderText(tr("For example: urge, therapy, friends"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_noMatch =
        new QLabel(tr("No page has all of those words. Try fewer words, or another word for the same thing."), content);
    m_noMatch->setObjectName(u"libraryNoMatch"_s);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    m_banner = new MessageBanner(content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    // Back, search, then the pages, in reading order; set before the tiles join the chain.
    setTabOrder(back, m_search);
    QWidget* previous = m_search;
    try {
        for (const LibraryPage& page : LibraryPages::all()) {
            auto* tile = new HomeTile(page.title, page.summary, content);
            tile->setObjectName(u"libraryTile-"_s + page.id);
            tile->setProperty("pageId", page.id);
            layout->addWidget(tile);
            m_tiles.append(tile);
            setTabOrder(previous, tile);
            previous = tile;
            connect(tile, &QPushButton::clicked, this, [this, id = page.id] { openPage(id); });
        }
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    Appearance::makeLargeTarget(back);
    Appearance::makeLargeTarget(m_search);

    connect(back, &QPushButton::clicked, this, &LibraryScreen::backRequested);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryScreen::applySearch);
    auto* column = new ReadingColumn(content);
    return column;
}

QWidget* LibraryScreen::buildReadingPage() {
    auto* page = new QWidget;
    m_backToList = new QPushButton(tr("Back to the list"), page);
    m_backToList->setObjectName(u"libraryBackToList"_s);
    auto* print = new QPushButton(tr("Print…"), page);
    print->setObjectName(u"libraryPrint"_s);
    print->setToolTip(tr("Ctrl+P"));
    auto* pdf = new QPushButton(tr("Save as PDF…"), page);
    pdf->setObjectName(u"librarySavePdf"_s);
    for (QPushButton* b : {m_backToList, print, pdf}) Appearance::makeLargeTarget(b);
    // The page as the program ships it, never the helplines or anything typed (Script.h).
    m_readAloudButton = new ReadAloudButton(
        [this] {
            speech::Script script;
            script.addLibraryPage(m_currentId);
            return script;
        },
        page);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_backToList);
    bar->addWidget(m_readAloudButton);
    bar->addStretch(1);
    bar->addWidget(print);
    bar->addWidget(pdf);

    m_readingBanner = new MessageBanner(page);
    m_reader = new QTextBrowser(page);
    m_reader->setObjectName(u"libraryReader"_s);
    m_reader->setAccessibleName(tr("The page you are reading"));
    m_reader->setOpenLinks(false);
    m_reader->setFrameShape(QFrame::NoFrame);
    // Text on the window colour, like the rest of the program, not in a white box.
    m_reader->viewport()->setAutoFillBackground(false);
    m_reader->setAutoFillBackground(false);
    m_reader->document()->setDocumentMargin(8);
    Appearance::setRelativeFontSize(m_reader, 1.1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_reader, 100);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(12);
    layout->addLayout(bar);
    layout->addWidget(m_readingBanner);
    layout->addLayout(row, 1);
    setTabOrder(m_backToList, m_readAloudButton->button());
    setTabOrder(m_readAloudButton->button(), m_reader);
    setTabOrder(m_reader, print);
    setTabOrder(print, pdf);

    connect(m_backToList, &QPushButton::clicked, this, &LibraryScreen::showList);
    connect(print, &QPushButton::clicked, this, &LibraryScreen::printPage);
    connect(pdf, &QPushButton::clicked, this, &LibraryScreen::savePdfAsked);
    connect(m_reader, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == kHelpNowLink) Q_EMIT helpNowRequested();
    });
    updateReaderWidth();
    return page;
}

bool LibraryScreen::openPage(const QString& id) {
    std::optional<LibraryPage> page;
    try {
        page = LibraryPages::find(id);
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    if (!page) return false;
    m_currentId = id;
    m_readingBanner->clearMessage();
    QTextDocument* document = m_reader->document();
    document->setMarkdown(page->markdown);
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertHtml(helpNowHtml());
    m_reader->setAccessibleName(page->title);
    m_reader->moveCursor(QTextCursor::Start);
    m_pages->setCurrentWidget(m_readingPage);
    m_reader->setFocus();
    m_readAloudButton->contentChanged();
    return true;
}

QString LibraryScreen::helpNowHtml() const {
    const QString region = m_settings.region();
    QList<Helpline> lines;
    if (Helpline::isKnownRegion(region)) lines = HelplineSettings(m_settings).helplines(region);
    const QString emergency = Helpline::emergencyNumber(lines);
    QString html = u"<h2>"_s + tr("Where to get help now").toHtmlEscaped() + u"</h2><p>"_s;
    html += tr("If you need help right now, open %1 (press %2) at the top of Mooring. It has breathing, grounding, an "
               "urge timer and helplines, and it works even before you unlock.")
                .arg(u"<a href=\"%1\">%2</a>"_s.arg(kHelpNowLink, tr("\u201cI need help now\u201d").toHtmlEscaped()),
                     HelpNowButton::shortcut().toString(QKeySequence::NativeText));
    html += u"</p><p>"_s;
    html += (emergency.isEmpty()
                 ? tr("If you are in danger, thinking about ending your life, or not sure you can keep yourself "
                      "safe, call your local emergency number or a crisis line now.")
                 : tr("If you are in danger, thinking about ending your life, or not sure you can keep yourself "
                      "safe, call %1 or a crisis line now.")
                       .arg(emergency))
                .toHtmlEscaped();
    html += u"</p>"_s;
    QString items;
    for (const Helpline& h : std::as_const(lines)) {
        if (h.emergency) continue;
        QString how;
        if (!h.call.isEmpty() && !h.text.isEmpty() && h.call != h.text)
            how = tr("call %1 or text %2").arg(h.call, h.text);
        else if (!h.call.isEmpty() && h.call == h.text)
            how = tr("call or text %1").arg(h.call);
        else if (!h.call.isEmpty())
            how = tr("call %1").arg(h.call);
        else if (!h.text.isEmpty())
            how = h.textBody.isEmpty() ? tr("text %1").arg(h.text) : tr("text %1 to %2").arg(h.textBody, h.text);
        if (how.isEmpty()) continue;
        items += u"<li>"_s + tr("%1: %2").arg(h.name, how).toHtmlEscaped() + u"</li>"_s;
    }
    if (!items.isEmpty())
        html += u"<p>"_s + tr("Helplines where you live:").toHtmlEscaped() + u"</p><ul>"_s + items + u"</ul>"_s;
    return html;
}

void LibraryScreen::showList() {
    m_pages->setCurrentWidget(m_listPage);
    // Back on the list, the keyboard is on the page just read, ready for the next one.
    for (HomeTile* tile : std::as_const(m_tiles))
        if (tile->property("pageId").toString() == m_currentId && tile->isVisible()) {
            tile->setFocus();
            return;
        }
    m_search->setFocus();
}

bool LibraryScreen::isReading() const { return m_pages->currentWidget() == m_readingPage; }

QStringList LibraryScreen::shownPageIds() const {
    QStringList ids;
    for (HomeTile* tile : m_tiles)
        if (!tile->isHidden()) ids.append(tile->property("pageId").toString());
    return ids;
}

void LibraryScreen::applySearch() {
    const QString query = m_search->text();
    int shown = 0;
    for (HomeTile* tile : std::as_const(m_tiles)) {
        const auto page = LibraryPages::find(tile->property("pageId").toString());
        const bool match = page && page->matches(query);
        tile->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_noMatch->setVisible(shown == 0 && !m_tiles.isEmpty());
}

void LibraryScreen::goBack() {
    if (isReading())
        showList();
    else
        Q_EMIT backRequested();
}

bool LibraryScreen::savePdf(const QString& path) {
    if (m_currentId.isEmpty()) return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(m_reader->accessibleName());
    m_reader->document()->print(&printer);
    if (printer.printerState() == QPrinter::Error) {
        m_readingBanner->showMessage(
            tr("The PDF could not be written there. Please try another folder, or check that there is space."));
        return false;
    }
    m_readingBanner->showMessage(tr("The page was saved as a PDF."), MessageBanner::Tone::Info);
    return true;
}

void LibraryScreen::savePdfAsked() {
    // The title as a file name, without the characters some systems refuse in one.
    QString name = m_reader->accessibleName();
    for (const QChar c : u":/\\?*\"<>|"_s) name.replace(c, u' ');
    const QString suggested = QDir::home().filePath(name.simplified() + u".pdf"_s);
    const QString path =
        DialogHooks::saveFileName(this, tr("Save this page as a PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) savePdf(path);
}

bool LibraryScreen::printPage() {
    if (!isReading()) return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_reader->accessibleName());
    if (!DialogHooks::choosePrinter(printer, this)) return false;
    m_reader->document()->print(&printer);
    return printer.printerState() != QPrinter::Error;
}

void LibraryScreen::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateReaderWidth();
}

void LibraryScreen::showEvent(QShowEvent* event) {
    // Settings may have turned reading aloud on or off since the last showing.
    setReadAloud(m_readAloud);
    QWidget::showEvent(event);
}

void LibraryScreen::setReadAloud(ReadAloud* reader) {
    if (!reader && m_settings.readAloud()) reader = new ReadAloud(m_settings, this);  // until the window gives one
    m_readAloud = reader;
    ReadAloudButton::offerIn(m_readingPage, reader);
}

void LibraryScreen::updateReaderWidth() {
    // A comfortable line length that grows with the text size (like ReadingColumn).
    m_reader->setMaximumWidth(fontMetrics().averageCharWidth() * kReadingWidthInCharacters * 3 / 2);
}

}  // namespace mooring
