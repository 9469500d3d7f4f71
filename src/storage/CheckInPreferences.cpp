#include "storage/CheckInPreferences.h"

#include "storage/Database.h"

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kDiaryRows = u"checkins.diary_rows_hidden"_s;
const QString kSelfCare = u"checkins.self_care_hidden"_s;

// Each choice by a fixed English name, so the stored value reads the same in any language.
template <typename Choices>
struct Named {
    const char16_t* name;
    bool Choices::*member;
};

constexpr Named<DiaryRows> kRowNames[] = {
    {u"overall", &DiaryRows::overall},       {u"urge", &DiaryRows::urge},   {u"feelings", &DiaryRows::feelings},
    {u"helped", &DiaryRows::helped},         {u"sleep", &DiaryRows::sleep}, {u"ate", &DiaryRows::ate},
    {u"medication", &DiaryRows::medication}, {u"moved", &DiaryRows::moved},
};
constexpr Named<SelfCareQuestions> kQuestionNames[] = {
    {u"sleep", &SelfCareQuestions::sleep},
    {u"ate", &SelfCareQuestions::ate},
    {u"medication", &SelfCareQuestions::medication},
    {u"moved", &SelfCareQuestions::moved},
};

template <typename Choices, std::size_t N>
Choices fromHidden(const QStringList& hidden, const Named<Choices> (&names)[N]) {
    Choices c;
    for (const auto& n : names) c.*(n.member) = !hidden.contains(QString::fromUtf16(n.name));
    return c;
}

template <typename Choices, std::size_t N>
QStringList toHidden(const Choices& c, const Named<Choices> (&names)[N]) {
    QStringList hidden;
    for (const auto& n : names)
        if (!(c.*(n.member))) hidden << QString::fromUtf16(n.name);
    return hidden;
}

}  // namespace

CheckInPreferences::CheckInPreferences(Database& db) : m_db(db) {}

QStringList CheckInPreferences::hidden(const QString& key) {
    Statement row(m_db, "SELECT value FROM profile_info WHERE key = ?");
    row.bind(1, key);
    if (!row.step()) return {};
    return row.text(0).split(u',', Qt::SkipEmptyParts);
}

void CheckInPreferences::setHidden(const QString& key, const QStringList& names) {
    Transaction tx(m_db);
    if (names.isEmpty()) {
        Statement del(m_db, "DELETE FROM profile_info WHERE key = ?");
        del.bind(1, key).run();
    } else {
        Statement put(m_db, "INSERT OR REPLACE INTO profile_info(key, value) VALUES (?, ?)");
        put.bind(1, key).bind(2, names.join(u',')).run();
    }
    tx.commit();
}

DiaryRows CheckInPreferences::diaryRows() { return fromHidden(hidden(kDiaryRows), kRowNames); }

void CheckInPreferences::setDiaryRows(const DiaryRows& rows) { setHidden(kDiaryRows, toHidden(rows, kRowNames)); }

SelfCareQuestions CheckInPreferences::selfCareQuestions() { return fromHidden(hidden(kSelfCare), kQuestionNames); }

void CheckInPreferences::setSelfCareQuestions(const SelfCareQuestions& questions) {
    setHidden(kSelfCare, toHidden(questions, kQuestionNames));
}

}  // namespace mooring
