#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace mooring {

class HomeTile;
class MessageBanner;
class ProfileSettings;
class ReadAloud;
class ReadAloudButton;

// "Understand": a small library about self-harm and recovery (LibraryPages). A list with
// a search box, and a calm reading view that can be printed or saved as a PDF. It holds
// nothing personal, so the lock screen and "I need help now" lead here too. Every page
// ends with where to get help now, for the region chosen in settings.
class LibraryScreen : public QWidget {
    Q_OBJECT
public:
    explicit LibraryScreen(ProfileSettings& settings, QWidget* parent = nullptr);
    ~LibraryScreen() override;

    bool openPage(const QString& id);  // false for an unknown id
    void showList();
    bool isReading() const;
    QString currentPageId() const noexcept { return m_currentId; }
    QStringList shownPageIds() const;  // the list as filtered by the search box now

    QLineEdit* searchField() const noexcept { return m_search; }
    QTextBrowser* reader() const noexcept { return m_reader; }

    bool savePdf(const QString& path);  // the page being read
    bool printPage();                   // the print dialog (or a PDF in tests)

    // The closing part every page gets, as HTML: "I need help now" and the region's lines.
    QString helpNowHtml() const;

    // "Read this to me" on an open page shares the window's voice (CrisisScreen::setReadAloud).
    void setReadAloud(ReadAloud* reader);
    ReadAloudButton* readAloudButton() const noexcept { return m_readAloudButton; }

Q_SIGNALS:
    void backRequested();
    void helpNowRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildListPage();
    QWidget* buildReadingPage();
    void applySearch();
    void goBack();
    void updateReaderWidth();
    void savePdfAsked();

    ProfileSettings& m_settings;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_listPage = nullptr;
    QWidget* m_readingPage = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_noMatch = nullptr;
    MessageBanner* m_banner = nullptr;
    MessageBanner* m_readingBanner = nullptr;
    QList<HomeTile*> m_tiles;  // in index order; objectName "libraryTile-<id>"
    QPushButton* m_backToList = nullptr;
    QTextBrowser* m_reader = nullptr;
    QString m_currentId;
    ReadAloudButton* m_readAloudButton = nullptr;
    QPointer<ReadAloud> m_readAloud;
};

}  // namespace mooring
