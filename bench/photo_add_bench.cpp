// Adding a camera photo to the hope box, as a person does it: "Add a photo…" clicked on the
// shelf of a safety-box idea's form in the toolbox (offscreen, 1100×800), the file chooser
// answering with a 12-megapixel JPEG (DialogHooks, the same path the real chooser's answer
// takes: MediaIntake reads the file into memory, prepares it in a session job, keeps it),
// until the shelf has painted the new photo's thumbnail. Budget: under 1 s.
// The file is generated (4000×3000, colours drifting across it with noise, JPEG quality 92,
// as hopebox_bench makes it) and written to a temporary folder before anything is timed.
// The idea already holds 200 photos and 30 recordings (GeneratedMedia.h). After each run
// the caption dialog is closed ("Not now") and the photo removed again, untimed.
// Not a test: it prints.
//
//   build/ci/bench/photo_add_bench [runs]     (default: 9; runs on the offscreen platform)
//   MOORING_BENCH_DIR=/some/disk  puts the profile there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedMedia.h"

#include "gui/common/DialogHooks.h"
#include "gui/hopebox/MediaIntake.h"
#include "gui/hopebox/MediaShelf.h"
#include "gui/hopebox/MediaShelfModel.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "session/ProfileSession.h"
#include "storage/Argon2Params.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

// The shelf's own kind of delegate, noting when a row not in `known` has been painted: the
// new photo's thumbnail decoded (on its first paint) and drawn.
class NotingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSet<QString> known;
    QElapsedTimer* clock = nullptr;
    qint64 paintedAt = -1;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyledItemDelegate::paint(painter, option, index);
        if (paintedAt < 0 && !known.contains(index.data(MediaShelfModel::IdRole).toString()))
            const_cast<NotingDelegate*>(this)->paintedAt = clock->nsecsElapsed();
    }
};

// The first paint of the caption dialog.
class DialogPaint : public QObject {
public:
    QElapsedTimer* clock = nullptr;
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && paintedAt < 0)
            if (auto* w = qobject_cast<QWidget*>(watched); w && w->window()->objectName() == u"captionDialog"_s)
                paintedAt = clock->nsecsElapsed();
        return false;
    }
};

QDialog* captionDialog() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == u"captionDialog"_s && w->isVisible()) return qobject_cast<QDialog*>(w);
    return nullptr;
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    QTemporaryDir tmp(bench::benchFolder(u"photo-add-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);

    // The camera's file, written before anything is timed.
    std::mt19937 random(4000);
    const QString photoPath = tmp.path() + u"/IMG_20261207_101500.jpg"_s;
    {
        QFile file(photoPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bench::noisyJpeg(random, 4000, 3000, 92)) < 0) return 2;
    }
    const qint64 photoSize = QFileInfo(photoPath).size();

    QString ideaId;
    {
        auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
        Database& db = created.profile->database();
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"The tin with the good things"_s;
        ideaId = StrategyStore(db).add(idea).id;
        bench::GeneratedMedia().add(db, MediaPlace::safetyBox(ideaId), 0, 200, 0, 30);
    }
    ProfileSession session(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase)));

    // The toolbox on the safety box, the idea chosen, its form (F2) open with the shelf.
    ToolboxScreen toolbox(session);
    toolbox.resize(1100, 800);
    toolbox.show();
    toolbox.showFamily(CopingCategory::SafetyBox);
    auto* list = toolbox.findChild<QListView*>(u"ideaList"_s);
    for (int row = 0; row < toolbox.filter().rowCount(); ++row)
        if (toolbox.filter().index(row, 0).data(StrategyModel::IdRole).toString() == ideaId)
            list->setCurrentIndex(toolbox.filter().index(row, 0));
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    toolbox.editIdea();
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    auto* shelf = toolbox.findChild<MediaShelf*>();
    auto* addPhoto = shelf ? shelf->findChild<QPushButton*>(u"addPhoto"_s) : nullptr;
    if (!shelf || !addPhoto || !shelf->isVisible()) {
        std::printf("the idea's shelf is not shown\n");
        return 1;
    }
    const int before = shelf->model()->rowCount();

    QElapsedTimer clock;
    clock.start();
    auto* delegate = new NotingDelegate(shelf->view());
    delegate->clock = &clock;
    shelf->view()->setItemDelegate(delegate);
    DialogPaint dialogPaint;
    dialogPaint.clock = &clock;
    app.installEventFilter(&dialogPaint);
    for (const MediaStore::Listed& listed : shelf->model()->media()) delegate->known << listed.medium.id;
    qint64 addedAt = -1;
    QString addedId;
    // Connected after the shelf: runs once the shelf has taken the new photo in (listed the
    // place again, chosen the photo, opened the caption dialog).
    QObject::connect(shelf->findChild<MediaIntake*>(), &MediaIntake::added, [&](const Medium& m, bool) {
        addedAt = clock.nsecsElapsed();
        addedId = m.id;
    });
    QTimer wake;  // the wait below wakes at least this often
    wake.start(20);
    DialogHooks::setTestMode(true);

    std::vector<double> toThumb, thumbCpu, toKept, toDialog;
    int withDialog = 0, dialogBefore = 0;
    for (int r = 0; r < runs; ++r) {
        delegate->paintedAt = -1;
        dialogPaint.paintedAt = -1;
        addedAt = -1;
        DialogHooks::queueFileName(photoPath);
        const double cpu = bench::threadCpuMs();
        const qint64 clickedAt = clock.nsecsElapsed();
        addPhoto->click();
        QElapsedTimer limit;
        limit.start();
        while (delegate->paintedAt < 0 && limit.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (delegate->paintedAt < 0) {
            std::printf("run %d: the new thumbnail was never painted (%s)\n", r + 1, qPrintable(shelf->bannerText()));
            return 1;
        }
        thumbCpu.push_back(bench::threadCpuMs() - cpu);
        toThumb.push_back(double(delegate->paintedAt - clickedAt) / 1e6);
        toKept.push_back(double(addedAt - clickedAt) / 1e6);
        if (dialogPaint.paintedAt >= 0 && dialogPaint.paintedAt < delegate->paintedAt) ++dialogBefore;
        // Untimed: the dialog painted too, then "Not now", and the photo taken out again.
        while (dialogPaint.paintedAt < 0 && limit.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (dialogPaint.paintedAt >= 0) toDialog.push_back(double(dialogPaint.paintedAt - clickedAt) / 1e6);
        if (QDialog* dialog = captionDialog()) {
            ++withDialog;
            dialog->reject();
        }
        session.media().remove(addedId);
        for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
        if (shelf->model()->rowCount() != before) std::printf("run %d: the shelf has %d\n", r + 1, before);
    }
    DialogHooks::reset();
    app.removeEventFilter(&dialogPaint);

    using bench::median;
    std::printf("photo_add_bench: a 4000x3000 JPEG of %.2f MB added to an idea holding %d; medians of %d runs in ms\n",
                double(photoSize) / 1e6, before, runs);
    std::printf("click -> new thumbnail painted:   %7.1f wall  %6.1f cpu (GUI thread)   (budget 1000; first %.1f)\n",
                median(toThumb), median(thumbCpu), toThumb.front());
    std::printf("  of which click -> kept:         %7.1f wall   (read, prepared in a job, kept, shelf listed again)\n",
                median(toKept));
    std::printf(
        "click -> caption dialog painted:  %7.1f wall   (%d of %d runs: the dialog opened; painted before "
        "the thumbnail in %d)\n",
        median(toDialog), withDialog, runs, dialogBefore);
    return 0;
}
