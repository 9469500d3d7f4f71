#include "printing/PrivatePdf.h"

#include "domain/Error.h"

#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace mooring {

Error PrivatePdf::cannotWrite() {
    return Error(Error::Kind::CannotWrite, tr("The PDF could not be saved there. The folder may be read-only or the "
                                              "disk full; please choose another place."));
}

void PrivatePdf::write(const QString& path, const QString& title, const QPageLayout& layout,
                       const std::function<void(QPdfWriter&)>& paint) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throw cannotWrite();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mooring"));
        writer.setResolution(300);
        writer.setPageLayout(layout);
        paint(writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) throw cannotWrite();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

}  // namespace mooring
