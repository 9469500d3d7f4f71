#pragma once

#include <chrono>
#include <functional>

namespace mooring {

// "Ride out the urge": the timing rules, free of Qt so tests drive them with a fake clock.
// An urge rises, peaks and eases (docs/safe-messaging.md: no promised length). While it runs, a kind
// line changes every two minutes and, every five, it asks gently whether the urge has eased;
// at the end it asks how it went.
class UrgeTimer {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    enum class State { Idle, Running, Finished, Answered };
    enum class Event { None, KindMessage, CheckIn, Finished };
    // What the person answered at the end; Passed and Coped match the journal's outcome
    // values "passed" and "coped" (docs/export-format.md).
    enum class Outcome { Passed, Coped, StillHard };

    static constexpr std::chrono::minutes kMessageEvery{2};
    static constexpr std::chrono::minutes kCheckInEvery{5};
    static constexpr std::chrono::minutes kExtension{5};
    static constexpr int kMessageCount = 8;

    explicit UrgeTimer(Clock clock = &std::chrono::steady_clock::now);

    void start(std::chrono::minutes length);
    void extend(std::chrono::minutes more = kExtension);  // also from Finished: back to Running
    void stop();                                          // back to Idle, nothing kept

    // Catches up with the clock and says what, if anything, is due now. When the clock has
    // jumped over several moments, the most important one is reported once.
    Event tick();

    // The person's answer to a check-in: eased keeps going, not yet adds kExtension.
    void answerCheckIn(bool eased);
    void answer(Outcome outcome);  // from Finished

    State state() const noexcept { return m_state; }
    bool checkInPending() const noexcept { return m_checkInPending; }
    std::chrono::seconds elapsed() const;
    std::chrono::seconds length() const noexcept { return m_length; }
    std::chrono::seconds remaining() const;
    int messageIndex() const noexcept { return m_messageIndex; }  // which kind line, 0..kMessageCount-1
    Outcome outcome() const noexcept { return m_outcome; }

private:
    Clock m_clock;
    State m_state = State::Idle;
    std::chrono::steady_clock::time_point m_start{};
    std::chrono::seconds m_length{0};
    std::chrono::seconds m_frozenElapsed{0};  // time passed when it finished
    long m_messagesSeen = 0;
    long m_checkInsSeen = 0;
    bool m_checkInPending = false;
    int m_messageIndex = 0;
    Outcome m_outcome = Outcome::Coped;
};

}  // namespace mooring
