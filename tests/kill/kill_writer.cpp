// Test-only writer for the "killed at any moment" check (docs/security.md). It unlocks a profile
// made by the driver and, until it is killed, saves journal entries, safety-plan versions
// and toolbox ideas in turn. Each record's id goes to standard output only after its
// transaction committed, in one write(), so every line the driver reads is a promise.
//
//   kill_writer PROFILE_DIR PASSPHRASE [LIMIT]
#include "domain/JournalEntry.h"
#include "domain/SafetyPlan.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>
#include <string>

#include <unistd.h>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

// Unbuffered and whole: a line is on the pipe the moment write() returns.
void promise(char kind, const QString& id) {
    const std::string line = std::string(1, kind) + ' ' + id.toStdString() + '\n';
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.data() + done, line.size() - done);
        if (n <= 0) std::_Exit(3);
        done += static_cast<std::size_t>(n);
    }
}

JournalEntry entry(int i) {
    JournalEntry e;
    e.occurredAt = JournalEntry::withLocalOffset(QDateTime::currentDateTime().addSecs(-i));
    e.urge = i % (JournalEntry::kMaxUrge + 1);
    e.situation = u"Kill test entry %1: a long afternoon, then a quiet evening."_s.arg(i);
    e.thoughts = u"Thoughts written in the middle of a save, number %1."_s.arg(i);
    e.feelings = {u"tired"_s, u"restless"_s};
    e.triggers = {u"noise"_s};
    e.notes = QString(400, u'n');
    return e;
}

SafetyPlan plan(int i) {
    SafetyPlan p;
    for (std::size_t s = 0; s < p.sections.size(); ++s)
        p.sections[s] = QStringList{u"Step %1 of version %2"_s.arg(s).arg(i), u"Another line"_s};
    return p;
}

CopingStrategy idea(int i) {
    CopingStrategy s;
    s.category = static_cast<CopingCategory>(i % 4);
    s.title = u"Idea %1 %2"_s.arg(i).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    s.details = u"Details of an idea saved while a kill could come at any moment."_s;
    return s;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: kill_writer PROFILE_DIR PASSPHRASE [LIMIT]\n", stderr);
        return 1;
    }
    const ProfilePaths paths(args.at(1));
    const int limit = args.size() > 3 ? args.at(3).toInt() : -1;
    try {
        const ProfileLock lock(paths);
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(args.at(2)));
        JournalStore journal(profile->database());
        SafetyPlanStore plans(profile->database());
        StrategyStore ideas(profile->database());
        for (int i = 0; limit < 0 || i < limit; ++i) {
            switch (i % 3) {
                case 0:
                    promise('j', journal.add(entry(i)).id);
                    break;
                case 1:
                    promise('p', plans.save(plan(i), u"note %1"_s.arg(i)).id);
                    break;
                default:
                    promise('s', ideas.add(idea(i)).id);
                    break;
            }
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "kill_writer: %s\n", e.message().toUtf8().constData());
        return 2;
    }
    return 0;
}
