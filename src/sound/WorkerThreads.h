#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace mooring::sound {

// What a sound worker (playing, recording) shares with the object that started it, and
// nothing more: the worker never touches its owner directly, only through tellOwner(),
// which posts to the owner's thread while it still listens.
struct WorkerState {
    virtual ~WorkerState() = default;

    std::mutex mutex;
    std::condition_variable wake;
    QObject* owner = nullptr;  // under `mutex`; null once the owner let go
    int generation = 0;        // which start() of the owner this worker belongs to
    std::atomic<bool> stop{false};
    std::atomic<bool> done{false};  // the worker has let go of everything

    // Runs `call(owner)` on the owner's thread, unless the owner has let go (or is gone by
    // then).
    template <typename Call>
    void tellOwner(Call call) {
        std::lock_guard lock(mutex);
        if (QObject* listener = owner)
            QMetaObject::invokeMethod(
                listener, [listener, call = std::move(call)] { call(listener); }, Qt::QueuedConnection);
    }
};

// The worker threads of one owner: the current one, and those told to stop that may still
// be ending. Letting go never waits: a sound server can hold a read or a write for a second
// while it starts up, and owners are destroyed when the person locks. A worker let go of
// ends by itself after that call returns; the destructor detaches those still ending.
class WorkerThreads {
public:
    WorkerThreads() = default;
    ~WorkerThreads();
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;

    // Lets go of the current worker, then runs `body` on a new thread for `state`.
    void start(std::shared_ptr<WorkerState> state, QObject* owner, int generation, std::function<void()> body);
    // Tells the current worker to stop and stops listening to it; it ends by itself.
    void letGo();
    // Once the current worker has told its owner it ended: waits for it to return (it has
    // only that left to do) and forgets it.
    void joinCurrent();

private:
    void joinEnded();

    std::shared_ptr<WorkerState> m_current;
    std::thread m_thread;
    std::vector<std::pair<std::shared_ptr<WorkerState>, std::thread>> m_stopped;
};

}  // namespace mooring::sound
