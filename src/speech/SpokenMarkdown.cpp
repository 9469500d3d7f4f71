#include "speech/SpokenMarkdown.h"

#include <QRegularExpression>

namespace mooring::speech {

using namespace Qt::StringLiterals;

namespace {

// A line that starts a block of its own: a heading, a list item or a quote.
bool startsBlock(const QString& line) {
    static const QRegularExpression kBlockStart(uR"(^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>))"_s);
    return kBlockStart.match(line).hasMatch();
}

QString withoutMarks(QString line) {
    static const QRegularExpression kLeading(uR"(^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)+)"_s);
    static const QRegularExpression kLink(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression kEmphasis(uR"((\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1)"_s);
    line.remove(kLeading);
    line.replace(kLink, u"\\1"_s);
    line.replace(kEmphasis, u"\\2"_s);
    line.remove(u'`');
    return line.simplified();
}

}  // namespace

QStringList spokenParagraphs(const QString& markdown) {
    QStringList paragraphs;
    QString current;
    const auto close = [&] {
        const QString spoken = withoutMarks(current);
        if (!spoken.isEmpty()) paragraphs.append(spoken);
        current.clear();
    };
    for (const QString& line : markdown.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            close();
            continue;
        }
        if (startsBlock(line)) close();
        // A continuation line of a list item or quote keeps its own marks out.
        current += (current.isEmpty() ? QString() : u" "_s) + (current.isEmpty() ? line : withoutMarks(line));
        if (line.trimmed().startsWith(u'#')) close();  // a heading is one line
    }
    close();
    return paragraphs;
}

}  // namespace mooring::speech
