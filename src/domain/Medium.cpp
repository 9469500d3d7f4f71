#include "domain/Medium.h"

#include "domain/TextLength.h"

#include <QCoreApplication>
#include <QLocale>

namespace mooring {

Medium Medium::trimmed() const {
    Medium copy = *this;
    copy.caption = caption.trimmed();
    return copy;
}

QString Medium::problem() const {
    if (!mediaKinds::fits(kind, mime))
        return QCoreApplication::translate("mooring",
                                           "Mooring can keep JPEG and PNG photos and Ogg or WAV sounds. This file "
                                           "is none of these, so it was not added.");
    const qsizetype length = characterCount(caption.trimmed());
    if (length > kMaxCaption) {
        const QLocale locale;
        return QCoreApplication::translate("mooring",
                                           "The caption is %1 characters long; it can hold up to %2. Please "
                                           "shorten it a little.")
            .arg(locale.toString(length), locale.toString(kMaxCaption));
    }
    return {};
}

}  // namespace mooring
