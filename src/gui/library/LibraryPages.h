#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mooring {

// One page of "Understand", the small library (resources/library/). It holds nothing
// personal, so it can be read before unlocking.
struct LibraryPage {
    QString id;
    QString title;
    QString summary;  // one line for the list
    QStringList keywords;
    QString markdown;   // the page as written
    QString plainText;  // the same without markup, for search

    // Every word of the query (case and accents ignored) is somewhere in the title, the
    // keywords or the text. An empty query matches every page.
    bool matches(const QString& query) const;
};

// The pages, in the order the index lists them. Translations are per-language resource
// files that Qt's resource system picks by the current QLocale, falling back to English
// (library.qrc, docs/library.md): long texts stay whole pages a translator can read.
class LibraryPages {
public:
    // Throws Error(Damaged) if the built-in files cannot be read (a broken build).
    static const QList<LibraryPage>& all();
    static std::optional<LibraryPage> find(const QString& id);
    // Loads again from the resources, for the locale in force now (tests, a language change).
    static void reload();

    // For search: lower case, accents and punctuation other than '-' dropped.
    static QString folded(const QString& text);
};

}  // namespace mooring
