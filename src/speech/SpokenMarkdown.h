#pragma once

#include <QString>
#include <QStringList>

namespace mooring::speech {

// A library page's Markdown as it should sound: one utterance per paragraph, heading or list
// item, with the marks (#, *, _, `, >, list bullets and numbers) dropped and a link read as
// its words. Lines of one paragraph are joined with a space.
QStringList spokenParagraphs(const QString& markdown);

}  // namespace mooring::speech
