#pragma once

#include <QStringView>

namespace mooring {

// How many characters a person sees counted: Unicode code points, so an emoji or a
// character outside the Basic Multilingual Plane counts once, not as the two UTF-16 units
// QString::size() counts. Every "up to N characters" limit uses this.
inline qsizetype characterCount(QStringView text) noexcept {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ++i;
        ++count;
    }
    return count;
}

}  // namespace mooring
