#pragma once

#include <QObject>
#include <QThread>

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace mooring {

// The result of work done off the GUI thread: a value, or the exception it threw.
template <typename T>
class Outcome {
public:
    // The value, or the work's exception rethrown here on the GUI thread, where the
    // screen catches mooring::Error at its boundary.
    T take() {
        if (m_error) std::rethrow_exception(m_error);
        return std::move(*m_value);
    }

private:
    template <typename Work, typename Done>
    friend QThread* runInBackground(QObject* context, Work work, Done done);

    std::optional<T> m_value;
    std::exception_ptr m_error;
};

// Runs work() on its own QThread (key derivation takes most of a second and must not
// freeze the window) and then done(Outcome&) on context's thread. If context is gone by
// then, done is never called and the result is simply destroyed. Returns the thread, which
// deletes itself once finished: hold it in a QPointer to wait for it.
template <typename Work, typename Done>
QThread* runInBackground(QObject* context, Work work, Done done) {
    using Result = std::invoke_result_t<Work&>;
    auto outcome = std::make_shared<Outcome<Result>>();
    QThread* thread = QThread::create([work = std::move(work), outcome]() mutable {
        try {
            outcome->m_value.emplace(work());
        } catch (...) {
            outcome->m_error = std::current_exception();
        }
    });
    // The thread object goes at once when the result is used (no deferred delete left
    // pending at exit), or later if context went first and nobody wants the result.
    QObject::connect(thread, &QThread::finished, context, [thread, outcome, done = std::move(done)]() mutable {
        thread->wait();
        done(*outcome);
        delete thread;
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

}  // namespace mooring
