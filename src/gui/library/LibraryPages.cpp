#include "gui/library/LibraryPages.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

// Resources in a static library are registered by hand (at global scope, as Qt requires).
static void initLibraryResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(library);
        return true;
    }();
    Q_UNUSED(done);
}

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QByteArray readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring",
                                                "Part of Mooring's library is missing from this copy of "
                                                "the program. Reinstalling Mooring should bring it back."));
    return file.readAll();
}

QList<LibraryPage> load() {
    initLibraryResources();
    const QJsonDocument index = QJsonDocument::fromJson(readResource(u":/library/index.json"_s));
    QList<LibraryPage> pages;
    const QJsonArray list = index.object().value("pages"_L1).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        LibraryPage page;
        page.id = o.value("id"_L1).toString();
        page.title = o.value("title"_L1).toString();
        page.summary = o.value("summary"_L1).toString();
        for (const QJsonValue& k : o.value("keywords"_L1).toArray()) page.keywords.append(k.toString());
        page.markdown = QString::fromUtf8(readResource(u":/library/"_s + page.id + u".md"_s));
        QTextDocument document;
        document.setMarkdown(page.markdown);
        page.plainText = document.toPlainText();
        pages.append(page);
    }
    if (pages.isEmpty()) readResource(u":/library/missing"_s);  // says the library is damaged
    return pages;
}

QList<LibraryPage>& cache() {
    static QList<LibraryPage> pages;
    return pages;
}

}  // namespace

bool LibraryPage::matches(const QString& query) const {
    const QStringList words = LibraryPages::folded(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) return true;
    const QString haystack = LibraryPages::folded(title + u' ' + keywords.join(u' ') + u' ' + plainText);
    for (const QString& word : words)
        if (!haystack.contains(word)) return false;
    return true;
}

const QList<LibraryPage>& LibraryPages::all() {
    if (cache().isEmpty()) cache() = load();
    return cache();
}

std::optional<LibraryPage> LibraryPages::find(const QString& id) {
    for (const LibraryPage& page : all())
        if (page.id == id) return page;
    return std::nullopt;
}

void LibraryPages::reload() { cache() = load(); }

QString LibraryPages::folded(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        out.append(c.isLetterOrNumber() || c == u'-' ? c : QChar(u' '));
    }
    return out.simplified();
}

}  // namespace mooring
