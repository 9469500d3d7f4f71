#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace mooring {

// Emits idle() when nobody has touched the keyboard or mouse of this application for the
// given time (an application-wide event filter sees every input; CONTRIBUTING.md, "Security habits").
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    // A zero interval switches it off.
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

}  // namespace mooring
