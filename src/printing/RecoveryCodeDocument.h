#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPrinter;

namespace mooring {

class SecureBuffer;

// The one page a person keeps with their recovery code: what it is for, in a kind line,
// and the code in large, numbered groups. Printed (QPrinter) or saved as a PDF.
class RecoveryCodeDocument {
    Q_DECLARE_TR_FUNCTIONS(RecoveryCodeDocument)
public:
    explicit RecoveryCodeDocument(QStringList groups, QDate date = QDate::currentDate());
    ~RecoveryCodeDocument();  // overwrites the groups it held
    RecoveryCodeDocument(const RecoveryCodeDocument&) = delete;
    RecoveryCodeDocument& operator=(const RecoveryCodeDocument&) = delete;

    // A formatted code ("K7QM-2XRT-...") -> {"K7QM", "2XRT", ...}; InvalidInput if it is none.
    static QStringList groupsOf(const SecureBuffer& code);

    const QStringList& groups() const noexcept { return m_groups; }
    QString title() const;
    QString explanation() const;

    // Draws the page into the given rectangle of the painter's device.
    void paint(QPainter& painter, const QRectF& page) const;
    // Throws Error::Kind::CannotWrite when the printer cannot start.
    void print(QPrinter& printer) const;
    // Written atomically (QSaveFile), readable by the owner only. Throws CannotWrite.
    void savePdf(const QString& path) const;

private:
    QStringList m_groups;
    QDate m_date;
};

}  // namespace mooring
