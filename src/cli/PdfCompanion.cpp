#include "cli/PdfCompanion.h"

#include "domain/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <vector>

#include <unistd.h>

namespace mooring::cli {

QString PdfCompanion::path() { return QDir(QCoreApplication::applicationDirPath()).filePath(fileName()); }

void PdfCompanion::replaceThisProcess() {
    const QString program = path();
    const QFileInfo info(program);
    if (!info.isFile() || !info.isExecutable())
        throw Error(Error::Kind::CannotWrite,
                    tr("Saving the report as a PDF needs %1, which comes with mooring-cli, and it is not in %2. "
                       "Nothing was written. Installing Mooring again brings it back; until then, the window "
                       "saves the same report (My week, Report for my next session).")
                        .arg(fileName(), QDir::toNativeSeparators(info.absolutePath())));

    // The arguments as this program got them (Qt reads them with the local 8-bit encoding,
    // so encoding them again gives back the same bytes); the environment goes along as it is.
    QStringList arguments = QCoreApplication::arguments();
    arguments[0] = program;
    std::vector<QByteArray> bytes;
    bytes.reserve(std::size_t(arguments.size()));
    for (const QString& argument : arguments) bytes.push_back(QFile::encodeName(argument));
    std::vector<char*> argv;
    for (QByteArray& b : bytes) argv.push_back(b.data());
    argv.push_back(nullptr);
    std::fflush(nullptr);
    ::execv(argv.front(), argv.data());
    throw Error(Error::Kind::CannotWrite, tr("%1 could not be started, so the PDF was not made. Nothing was written.")
                                              .arg(QDir::toNativeSeparators(program)));
}

}  // namespace mooring::cli
