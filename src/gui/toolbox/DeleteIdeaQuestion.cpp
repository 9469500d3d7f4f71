#include "gui/toolbox/DeleteIdeaQuestion.h"

#include "gui/common/DialogHooks.h"

#include <QCoreApplication>
#include <QStringList>

namespace mooring {

namespace {

// "one photo" reads better than "1 photo"; every other count goes through the plural forms.
QStringList counted(const IdeaRemoval::Kept& kept) {
    QStringList parts;
    if (kept.photos == 1) parts << QCoreApplication::translate("mooring", "one photo");
    if (kept.photos > 1) parts << QCoreApplication::translate("mooring", "%n photos", nullptr, kept.photos);
    if (kept.recordings == 1) parts << QCoreApplication::translate("mooring", "one recording");
    if (kept.recordings > 1) parts << QCoreApplication::translate("mooring", "%n recordings", nullptr, kept.recordings);
    if (kept.sounds == 1) parts << QCoreApplication::translate("mooring", "one sound");
    if (kept.sounds > 1) parts << QCoreApplication::translate("mooring", "%n sounds", nullptr, kept.sounds);
    return parts;
}

// "3 photos, one recording and 2 sounds" in every locale (QLocale's own list has no "and"
// in the C locale).
QString joined(const QStringList& parts) {
    QString out = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        out = (i == parts.size() - 1 ? QCoreApplication::translate("mooring", "%1 and %2")
                                     : QCoreApplication::translate("mooring", "%1, %2"))
                  .arg(out, parts.at(i));
    return out;
}

}  // namespace

QString DeleteIdeaQuestion::text(const QString& title, const IdeaRemoval::Kept& kept) {
    const QString what = joined(counted(kept));
    const QString question =
        kept.total() == 1
            ? QCoreApplication::translate("mooring",
                                          "\u201c%1\u201d keeps %2. Would you like to delete it together with the "
                                          "idea? Undo (Ctrl+Z) brings both back.")
            : QCoreApplication::translate("mooring",
                                          "\u201c%1\u201d keeps %2. Would you like to delete them together with the "
                                          "idea? Undo (Ctrl+Z) brings all of it back.");
    return question.arg(title, what);
}

bool DeleteIdeaQuestion::ask(QWidget* parent, const QString& title, const IdeaRemoval::Kept& kept) {
    return DialogHooks::ask(parent, QCoreApplication::translate("mooring", "Delete this idea and what it keeps?"),
                            text(title, kept), QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

}  // namespace mooring
