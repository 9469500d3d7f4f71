#include "CoreImage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mooring::test {

CoreImage takeCoreImage(qint64 pid) {
    CoreImage image;
    if (QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty()) {
        image.problem = QStringLiteral("gcore is needed (the gdb package; scripts/deps.sh installs it)");
        return image;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        image.problem = QStringLiteral("no temporary folder for the core image");
        return image;
    }
    const QString prefix = dir.filePath(QStringLiteral("core"));
    QProcess gcore;
    gcore.start(QStringLiteral("gcore"), {QStringLiteral("-o"), prefix, QString::number(pid)});
    if (!gcore.waitForFinished(300000)) gcore.kill();
    QFile file(prefix + u'.' + QString::number(pid));
    if (gcore.exitCode() != 0 || !file.open(QIODevice::ReadOnly)) {
        image.problem =
            QStringLiteral(
                "gcore failed (exit %1; Mooring refuses tracing, so this needs root or CAP_SYS_PTRACE): %2%3")
                .arg(gcore.exitCode())
                .arg(QString::fromLocal8Bit(gcore.readAllStandardError()),
                     QString::fromLocal8Bit(gcore.readAllStandardOutput()).right(2000));
        return image;
    }
    image.bytes = file.readAll();
    if (image.bytes.isEmpty()) image.problem = QStringLiteral("the core image is empty");
    return image;
}

Needle textNeedle(const QString& name, const QString& text) {
    QByteArray utf16;
    for (const QChar c : text)
        utf16.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
    return {name, {text.toUtf8(), utf16}};
}

Needle bytesNeedle(const QString& name, const QByteArray& raw) {
    return {name, {raw, raw.toHex(), raw.toHex().toUpper()}};
}

QStringList findIn(const QByteArray& image, const QList<Needle>& needles) {
    static const QStringList kTextForms{QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE")};
    static const QStringList kByteForms{QStringLiteral("raw"), QStringLiteral("hex"), QStringLiteral("HEX")};
    QStringList found;
    for (const Needle& needle : needles) {
        const QStringList& formNames = needle.forms.size() == 2 ? kTextForms : kByteForms;
        for (qsizetype i = 0; i < needle.forms.size(); ++i) {
            const qsizetype hits = image.count(needle.forms.at(i));
            if (hits > 0) found << QStringLiteral("%1 (%2: %3)").arg(needle.name, formNames.value(i)).arg(hits);
        }
    }
    return found;
}

}  // namespace mooring::test
