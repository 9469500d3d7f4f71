// An export made before a built-in idea got new words must not bring the old words back:
// a built-in still in its old seed words arrives in the current ones, as an upgrade would
// have given it; an idea the person edited arrives as they wrote it.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Database.h"
#include "storage/StrategyStore.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

void setWords(Database& db, const char* key, const QString& title, const QString& details) {
    Statement set(db, "UPDATE strategies SET title = ?, details = ?, updated_at = ? WHERE builtin_key = ?");
    set.bind(1, title).bind(2, details).bind(3, at(9).toString(Qt::ISODate)).bind(4, QString::fromLatin1(key)).run();
}

CopingStrategy idea(OpenProfile& p, const char* key) {
    const auto found = StrategyStore(p.db()).find(StrategyStore::builtinUuid(QString::fromLatin1(key)));
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("An older export's built-in ideas in old words arrive in the new words; edited ones as written",
          "[exchange][toolbox]") {
    OpenProfile source;
    // As the version before the new words seeded and exported them.
    setWords(source.db(), "sensory-ice-cube", u"Hold an ice cube"_s,
             u"Hold it in your hand and let it melt. Notice the cold, then the water running between your fingers."_s);
    setWords(source.db(), "sensory-squeeze-ball", u"Squeeze a stress ball"_s, u"The green one, ten times, gently."_s);
    const QByteArray json =
        Exporter(source.db(), *source.settings, [] { return at(10); }).readable(ExportContent::Full);
    REQUIRE(json.contains("Hold an ice cube"));

    OpenProfile target;
    Importer importer(target.db(), *target.settings, [] { return at(12); });
    importer.apply(importer.prepare(json));

    QHash<QString, CopingIdea> shipped;
    for (const CopingIdea& i : StrategyStore::bundledIdeas()) shipped.insert(i.id, i);
    const CopingStrategy ice = idea(target, "sensory-ice-cube");
    CHECK(ice.title == shipped.value(u"sensory-ice-cube"_s).title);
    CHECK(ice.details == shipped.value(u"sensory-ice-cube"_s).details);
    CHECK_FALSE(ice.title.contains(u"ice cube"_s, Qt::CaseInsensitive));
    CHECK(idea(target, "sensory-squeeze-ball").details == u"The green one, ten times, gently."_s);
    // The ideas the file had in current words are simply as they were.
    CHECK(idea(target, "sensory-clap-hands").details == shipped.value(u"sensory-clap-hands"_s).details);
}
