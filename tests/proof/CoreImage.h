#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mooring::test {

// A memory image of a running process, taken with gdb's gcore as someone with the right
// to inspect it would (the process goes on afterwards).
struct CoreImage {
    QByteArray bytes;  // empty if it could not be taken
    QString problem;   // why not
};

// gcore runs only as someone allowed to trace the process: Mooring forbids it to other
// processes of its account (PR_SET_DUMPABLE), so this needs root or CAP_SYS_PTRACE.
CoreImage takeCoreImage(qint64 pid);

// One thing of the person's to look for, in every form a program may hold it in.
struct Needle {
    QString name;             // for the report, never the secret itself
    QList<QByteArray> forms;  // e.g. UTF-8 and UTF-16LE
};
Needle textNeedle(const QString& name, const QString& text);     // UTF-8, UTF-16LE
Needle bytesNeedle(const QString& name, const QByteArray& raw);  // raw, hex (both cases)

// "name (form: count)" for each form of each needle found in the image.
QStringList findIn(const QByteArray& image, const QList<Needle>& needles);

}  // namespace mooring::test
