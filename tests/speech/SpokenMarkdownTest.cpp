// A library page as it should sound: its words, one paragraph or list item at a time, and
// none of the marks that only make sense on the screen.
#include "speech/SpokenMarkdown.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace mooring::speech;
using namespace Qt::StringLiterals;

TEST_CASE("Headings, paragraphs and list items become utterances of their own", "[speech][markdown]") {
    const QString page =
        u"# A title\n"
        u"\n"
        u"A first paragraph,\n"
        u"written over two lines.\n"
        u"\n"
        u"## A smaller heading\n"
        u"- **Bold words.** Then plain ones.\n"
        u"- An item with a [link to a page](finding-help.md) in it,\n"
        u"  and a line that continues it.\n"
        u"1. A _numbered_ step with `code`.\n"
        u"2) Another step.\n"
        u"\n"
        u"> A quoted line.\n"_s;
    CHECK(spokenParagraphs(page) == QStringList{
                                        u"A title"_s,
                                        u"A first paragraph, written over two lines."_s,
                                        u"A smaller heading"_s,
                                        u"Bold words. Then plain ones."_s,
                                        u"An item with a link to a page in it, and a line that continues it."_s,
                                        u"A numbered step with code."_s,
                                        u"Another step."_s,
                                        u"A quoted line."_s,
                                    });
}

TEST_CASE("Words with marks inside them keep their letters", "[speech][markdown]") {
    CHECK(spokenParagraphs(u"snake_case and 2 * 3 * 4 stay, self-care too"_s) ==
          QStringList{u"snake_case and 2 * 3 * 4 stay, self-care too"_s});
    CHECK(spokenParagraphs(u"\n\n   \n"_s).isEmpty());
}

TEST_CASE("Every library page, English and German, reads without screen marks", "[speech][markdown]") {
    // The pages as shipped, beside the test data in the source tree.
    const QDir library(QStringLiteral(MOORING_TEST_DATA) + u"/../../resources/library"_s);
    int pages = 0;
    for (const QString& folder : {library.path(), library.filePath(u"de"_s)}) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({u"*.md"_s}, QDir::Files)) {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QStringList spoken = spokenParagraphs(QString::fromUtf8(file.readAll()));
            ++pages;
            CHECK(spoken.size() > 3);
            for (const QString& utterance : spoken) {
                INFO(name.toStdString() << ": " << utterance.toStdString());
                CHECK_FALSE(utterance.startsWith(u'#'));
                CHECK_FALSE(utterance.contains(u"**"_s));
                CHECK_FALSE(utterance.contains(u"]("_s));
                CHECK_FALSE(utterance.contains(u'`'));
                CHECK_FALSE(utterance.startsWith(u"- "_s));
                CHECK_FALSE(utterance.startsWith(u"> "_s));
            }
        }
    }
    CHECK(pages >= 20);  // ten pages or more in each language
}
