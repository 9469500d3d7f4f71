#pragma once
// What the benchmarks do before they measure: the offscreen platform unless another is asked
// for, and a temporary folder for their profiles that MOORING_BENCH_DIR may put on another disk.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace mooring::bench {

inline void offscreenUnlessAsked() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
}

// A QTemporaryDir template: "NAME-XXXXXX" in MOORING_BENCH_DIR, or empty (the temp folder).
inline QString benchFolder(const QString& name) {
    const QString base = qEnvironmentVariable("MOORING_BENCH_DIR");
    return base.isEmpty() ? QString() : base + u'/' + name + QStringLiteral("-XXXXXX");
}

}  // namespace mooring::bench
