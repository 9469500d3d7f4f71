#pragma once

#include <QDateTime>

#include <functional>

namespace mooring {

// Local time now. The stores, the import and export, backups and the session take one so
// that tests can step through days; an empty Clock is the system's own.
using Clock = std::function<QDateTime()>;

inline QDateTime timeNow(const Clock& clock) { return clock ? clock() : QDateTime::currentDateTime(); }

}  // namespace mooring
