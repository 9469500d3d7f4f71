#include "gui/crisis/UrgeTimer.h"

#include <algorithm>
#include <utility>

namespace mooring {

using namespace std::chrono;

UrgeTimer::UrgeTimer(Clock clock) : m_clock(std::move(clock)) {}

void UrgeTimer::start(minutes length) {
    m_state = State::Running;
    m_start = m_clock();
    m_length = std::max<seconds>(length, minutes(1));
    m_frozenElapsed = seconds(0);
    m_messagesSeen = 0;
    m_checkInsSeen = 0;
    m_checkInPending = false;
    m_messageIndex = 0;
}

void UrgeTimer::extend(minutes more) {
    if (m_state == State::Idle) return;
    if (m_state != State::Running) {
        // Carry on from where it ended: time passed keeps counting from the finish.
        m_start = m_clock() - m_frozenElapsed;
        m_length = m_frozenElapsed;
        m_state = State::Running;
    }
    m_length += more;
    m_checkInPending = false;
}

void UrgeTimer::stop() {
    m_state = State::Idle;
    m_checkInPending = false;
    m_length = seconds(0);
}

seconds UrgeTimer::elapsed() const {
    if (m_state == State::Idle) return seconds(0);
    if (m_state != State::Running) return m_frozenElapsed;
    return std::max(seconds(0), duration_cast<seconds>(m_clock() - m_start));
}

seconds UrgeTimer::remaining() const {
    if (m_state != State::Running) return seconds(0);
    return std::max(seconds(0), m_length - elapsed());
}

UrgeTimer::Event UrgeTimer::tick() {
    if (m_state != State::Running) return Event::None;
    const seconds passed = elapsed();
    if (passed >= m_length) {
        m_state = State::Finished;
        m_frozenElapsed = m_length;
        m_checkInPending = false;
        return Event::Finished;
    }
    const long checkIns = long(passed / kCheckInEvery);
    const long messages = long(passed / kMessageEvery);
    Event event = Event::None;
    if (messages > m_messagesSeen) {
        m_messagesSeen = messages;
        m_messageIndex = int(messages % kMessageCount);
        event = Event::KindMessage;
    }
    if (checkIns > m_checkInsSeen) {
        m_checkInsSeen = checkIns;
        m_checkInPending = true;
        event = Event::CheckIn;
    }
    return event;
}

void UrgeTimer::answerCheckIn(bool eased) {
    if (!m_checkInPending) return;
    m_checkInPending = false;
    if (!eased) extend(kExtension);
}

void UrgeTimer::answer(Outcome outcome) {
    if (m_state != State::Finished) return;
    m_outcome = outcome;
    m_state = State::Answered;
}

}  // namespace mooring
