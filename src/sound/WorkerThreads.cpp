#include "sound/WorkerThreads.h"

namespace mooring::sound {

WorkerThreads::~WorkerThreads() {
    letGo();
    for (auto& [state, thread] : m_stopped) {
        if (state->done)
            thread.join();
        else
            thread.detach();  // holds nothing of the owner; ends after its current call
    }
}

void WorkerThreads::start(std::shared_ptr<WorkerState> state, QObject* owner, int generation,
                          std::function<void()> body) {
    letGo();
    state->owner = owner;
    state->generation = generation;
    m_current = state;
    m_thread = std::thread([state = std::move(state), body = std::move(body)] {
        body();
        state->done = true;
    });
}

void WorkerThreads::letGo() {
    joinEnded();
    if (!m_current) return;
    {
        std::lock_guard lock(m_current->mutex);
        m_current->owner = nullptr;
        m_current->stop = true;
        m_current->wake.notify_all();
    }
    m_stopped.emplace_back(std::move(m_current), std::move(m_thread));
    m_current.reset();
}

void WorkerThreads::joinCurrent() {
    if (m_thread.joinable()) m_thread.join();
    m_current.reset();
}

void WorkerThreads::joinEnded() {
    std::erase_if(m_stopped, [](auto& stopped) {
        if (!stopped.first->done) return false;
        stopped.second.join();
        return true;
    });
}

}  // namespace mooring::sound
