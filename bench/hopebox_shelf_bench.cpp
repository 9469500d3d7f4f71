// The hope box as a person opens it: a safety-box idea holding 200 photos and 30 voice
// notes, in a real encrypted profile in a temporary folder, opened in the toolbox (F2 on
// the idea: its form with the shelf under it) and, with as many again, the plan's "what
// matters to me" section; each timed until painted (offscreen). Budget: under 150 ms.
// Not a test: it prints.
//
//   build/ci/bench/hopebox_shelf_bench [runs]     (default: 21; runs on the offscreen platform)
//   MOORING_BENCH_DIR=/some/disk  puts the profile there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedMedia.h"
#include "UntilPainted.h"

#include "gui/hopebox/MediaShelf.h"
#include "gui/plan/PlanEditor.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "session/ProfileSession.h"
#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

QByteArray withSignature(std::mt19937& random, const QByteArray& signature, int size) {
    QByteArray bytes = signature;
    bytes.reserve(size);
    while (bytes.size() < size) bytes.append(char(random() & 0xff));
    return bytes;
}

// 200 photos (a 1600×1200 JPEG each, 8 different ones) with 320×240 thumbnails and 30
// recordings of about 300 KB, in `place`. GeneratedMedia.h's pictures, at qualities of their
// own, and each recording different.
void fill(Database& db, const MediaPlace& place) {
    std::mt19937 random(20261207);
    QList<QByteArray> photos, thumbnails;
    for (int i = 0; i < 8; ++i) {
        photos << bench::noisyJpeg(random, 1600, 1200, 85);
        thumbnails << bench::noisyJpeg(random, 320, 240, 75);
    }
    MediaStore store(db);
    Transaction transaction(db);  // generating only: one transaction
    for (int i = 0; i < 200; ++i) {
        Medium m;
        m.kind = MediumKind::Photo;
        m.mime = u"image/jpeg"_s;
        m.caption = i % 3 == 0 ? QString() : u"A day at the lake with Sam, number %1"_s.arg(i);
        m.place = place;
        store.add(m, photos.at(i % 8), thumbnails.at(i % 8));
    }
    const QByteArray ogg("OggS\0\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x13OpusHead", 36);
    for (int i = 0; i < 30; ++i) {
        Medium m;
        m.kind = MediumKind::Recording;
        m.mime = u"audio/ogg"_s;
        m.caption = u"Me, on a good day (%1)"_s.arg(i);
        m.place = place;
        store.add(m, withSignature(random, ogg, 300 * 1024));
    }
    transaction.commit();
}

template <typename Open, typename Close>
std::pair<std::vector<double>, std::vector<double>> timeOpening(QWidget* screen, int runs, Open open, Close close) {
    std::vector<double> wall, cpu;
    QWidget* watched = screen;
    bench::PaintWatch watch(watched);
    for (int r = 0; r < runs; ++r) {
        const bench::Timing t = bench::untilPainted(watch, open);
        if (!t.painted) std::printf("run %d: nothing painted\n", r);
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
        close();
        for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    }
    return {wall, cpu};
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
    QTemporaryDir tmp(bench::benchFolder(u"shelf-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);

    QString ideaId;
    {
        auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
        Database& db = created.profile->database();
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"The tin with the good things"_s;
        ideaId = StrategyStore(db).add(idea).id;
        fill(db, MediaPlace::safetyBox(ideaId));
        fill(db, MediaPlace::reasonsForLiving());
    }
    const double fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);
    ProfileSession session(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase)));

    // The toolbox on the safety box, the idea chosen; F2 opens its form with the shelf.
    ToolboxScreen toolbox(session);
    toolbox.resize(1100, 800);
    toolbox.show();
    toolbox.showFamily(CopingCategory::SafetyBox);
    auto* list = toolbox.findChild<QListView*>(u"ideaList"_s);
    for (int row = 0; row < toolbox.filter().rowCount(); ++row)
        if (toolbox.filter().index(row, 0).data(StrategyModel::IdRole).toString() == ideaId)
            list->setCurrentIndex(toolbox.filter().index(row, 0));
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    if (toolbox.currentId() != ideaId) std::printf("the idea is not chosen\n");
    const auto [boxWall, boxCpu] = timeOpening(
        &toolbox, runs, [&] { toolbox.editIdea(); },
        [&] { toolbox.findChild<QPushButton*>(u"cancelIdea"_s)->click(); });
    const int shown = toolbox.findChild<MediaShelf*>()->view()->model()->rowCount();

    PlanEditor plan(session, nullptr);
    plan.resize(1100, 800);
    plan.show();
    plan.showSection(PlanSection::WarningSigns);
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    const auto [planWall, planCpu] = timeOpening(
        &plan, runs, [&] { plan.showSection(PlanSection::ReasonsForLiving); },
        [&] { plan.showSection(PlanSection::WarningSigns); });

    // A shelf made afresh each time: the box listed and every thumbnail in sight decoded.
    QWidget window;
    window.resize(1100, 800);
    window.show();
    std::unique_ptr<MediaShelf> fresh;
    const auto [freshWall, freshCpu] = timeOpening(
        &window, runs,
        [&] {
            fresh = std::make_unique<MediaShelf>(session, &window);
            fresh->setGeometry(0, 0, 1100, 800);
            fresh->setPlace(MediaPlace::safetyBox(ideaId));
            fresh->show();
        },
        [&] { fresh.reset(); });
    fresh = std::make_unique<MediaShelf>(session, &window);
    fresh->setGeometry(0, 0, 1100, 800);
    fresh->setPlace(MediaPlace::safetyBox(ideaId));
    fresh->show();
    QCoreApplication::processEvents();
    int inSight = 0;
    for (int row = 0; row < fresh->view()->model()->rowCount(); ++row)
        inSight += fresh->view()->viewport()->rect().intersects(
            fresh->view()->visualRect(fresh->view()->model()->index(row, 0)));

    using bench::median;
    std::printf("hopebox_shelf_bench: 200 photos + 30 recordings in each place, %.1f MiB; medians of %d runs in ms\n",
                fileMiB, runs);
    std::printf("open the safety-box idea (F2):  %7.2f wall  %6.2f cpu   (until painted, %d shown; budget 150)\n",
                median(boxWall), median(boxCpu), shown);
    std::printf("  the first time:               %7.2f wall  %6.2f cpu\n", boxWall.front(), boxCpu.front());
    std::printf("a new shelf, 1100x800:          %7.2f wall  %6.2f cpu   (until painted, %d in sight decoded)\n",
                median(freshWall), median(freshCpu), inSight);
    std::printf("open \"what matters to me\":      %7.2f wall  %6.2f cpu   (until painted; budget 150)\n",
                median(planWall), median(planCpu));
    return 0;
}
