#include "printing/RecoveryCodeDocument.h"

#include "domain/Error.h"
#include "printing/PrivatePdf.h"
#include "storage/RecoveryCode.h"
#include "storage/SecureBuffer.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextOption>

#include <algorithm>

namespace mooring {

namespace {

constexpr int kGroupsPerRow = 3;

QFont sized(QFont font, double points, bool bold = false) {
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

}  // namespace

RecoveryCodeDocument::RecoveryCodeDocument(QStringList groups, QDate date)
    : m_groups(std::move(groups)), m_date(date) {}

RecoveryCodeDocument::~RecoveryCodeDocument() {
    for (QString& group : m_groups) {
        if (group.isDetached()) group.fill(QChar(u' '));
    }
}

QStringList RecoveryCodeDocument::groupsOf(const SecureBuffer& code) {
    const RecoveryCode parsed = RecoveryCode::parse(code);
    QStringList groups;
    for (int i = 0; i < RecoveryCode::groupCount(); ++i) {
        const SecureBuffer group = parsed.group(i);
        groups.append(QString::fromUtf8(group.view().data(), qsizetype(group.size())));
    }
    return groups;
}

QString RecoveryCodeDocument::title() const { return tr("Your Mooring recovery code"); }

QString RecoveryCodeDocument::explanation() const {
    return tr(
        "If you ever forget your passphrase, this code lets you back into Mooring and choose a new one. "
        "Keep this page somewhere private and safe, away from your computer: anyone who has both "
        "could open what you keep there.");
}

void RecoveryCodeDocument::paint(QPainter& painter, const QRectF& page) const {
    QPaintDevice* device = painter.device();
    const QFont body = sized(QFontDatabase::systemFont(QFontDatabase::GeneralFont), 12);
    const QFont heading = sized(body, 20, true);
    const QFont code = sized(QFontDatabase::systemFont(QFontDatabase::FixedFont), 30, true);
    const QFont small = sized(body, 10);
    painter.save();
    painter.setPen(Qt::black);

    double y = page.top();
    auto drawWrapped = [&](const QFont& font, const QString& text, double gapAfter) {
        painter.setFont(font);
        const QFontMetricsF metrics(font, device);
        const QRectF bounds =
            metrics.boundingRect(QRectF(page.left(), y, page.width(), page.height()), Qt::TextWordWrap, text);
        painter.drawText(QRectF(page.left(), y, page.width(), bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height() + gapAfter;
    };
    const double line = QFontMetricsF(body, device).lineSpacing();
    drawWrapped(heading, title(), line);
    drawWrapped(body, explanation(), line * 2);

    // The groups in a grid, each with its number underneath, so "type group 3" is easy.
    const QFontMetricsF codeMetrics(code, device);
    const QFontMetricsF smallMetrics(small, device);
    const double cellWidth = page.width() / kGroupsPerRow;
    const double cellHeight = codeMetrics.height() + smallMetrics.height() + line * 1.5;
    for (int i = 0; i < m_groups.size(); ++i) {
        const double x = page.left() + (i % kGroupsPerRow) * cellWidth;
        const double top = y + (i / kGroupsPerRow) * cellHeight;
        painter.setFont(code);
        painter.drawText(QRectF(x, top, cellWidth, codeMetrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         m_groups.at(i));
        painter.setFont(small);
        painter.drawText(QRectF(x, top + codeMetrics.height(), cellWidth, smallMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, tr("group %1").arg(i + 1));
    }
    y += ((m_groups.size() + kGroupsPerRow - 1) / kGroupsPerRow) * cellHeight + line;

    drawWrapped(small,
                tr("Made on %1. Capital letters or small, spaces or none: either works when you type it.")
                    .arg(QLocale().toString(m_date, QLocale::LongFormat)),
                0);
    painter.restore();
}

void RecoveryCodeDocument::print(QPrinter& printer) const {
    QPainter painter;
    if (!painter.begin(&printer))
        throw Error(Error::Kind::CannotWrite,
                    tr("The page could not be sent to the printer. Please check that it is switched on "
                       "and try again; your recovery code is still on the screen."));
    // The painter's origin is already the top-left corner inside the margins.
    paint(painter, QRectF(QPointF(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size()));
    painter.end();
}

void RecoveryCodeDocument::savePdf(const QString& path) const {
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                           QPageLayout::Millimeter);
    PrivatePdf::write(path, title(), page, [this](QPdfWriter& writer) {
        QPainter painter;
        if (!painter.begin(&writer)) throw PrivatePdf::cannotWrite();
        paint(painter, QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size()));
        if (!painter.end()) throw PrivatePdf::cannotWrite();
    });
}

}  // namespace mooring
