#pragma once

#include "domain/CheckInChoices.h"

#include <QString>
#include <QStringList>

namespace mooring {

class Database;

// The person's choices about check-ins: the diary card's rows and the self-care questions
// the check-in page asks. Private (a row or question can say that the person takes
// medication), so they live in the encrypted database, table profile_info, never in
// settings.ini. Kept as the names turned off, so anything not stored is shown, as it was
// before there was a choice. Each write is one transaction; reads of a damaged or unknown
// value fall back to showing everything.
class CheckInPreferences {
public:
    explicit CheckInPreferences(Database& db);

    DiaryRows diaryRows();
    void setDiaryRows(const DiaryRows& rows);
    SelfCareQuestions selfCareQuestions();
    void setSelfCareQuestions(const SelfCareQuestions& questions);

private:
    QStringList hidden(const QString& key);
    void setHidden(const QString& key, const QStringList& names);

    Database& m_db;
};

}  // namespace mooring
