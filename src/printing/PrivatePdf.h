#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPageLayout;
class QPdfWriter;

namespace mooring {

class Error;

// A PDF the person asked for (the week, the report, the recovery code): written whole or not
// at all (QSaveFile) and readable by them alone, like everything else Mooring writes.
class PrivatePdf {
    Q_DECLARE_TR_FUNCTIONS(PrivatePdf)
public:
    // Writes `path` through a QPdfWriter with `title`, 300 dpi and `layout`; `paint` draws the
    // pages on it and may throw cannotWrite(). Throws that error if the file cannot be written.
    static void write(const QString& path, const QString& title, const QPageLayout& layout,
                      const std::function<void(QPdfWriter&)>& paint);
    static Error cannotWrite();
};

}  // namespace mooring
