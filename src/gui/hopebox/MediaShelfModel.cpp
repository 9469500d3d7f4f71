#include "gui/hopebox/MediaShelfModel.h"

#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace mooring {

using namespace Qt::StringLiterals;

MediaShelfModel::MediaShelfModel(QObject* parent) : QAbstractListModel(parent) {}

void MediaShelfModel::setMedia(QList<MediaStore::Listed> media) {
    beginResetModel();
    m_media = std::move(media);
    // Keep the decoded thumbnails still shown; a turned photo has a new key.
    QHash<QString, QPixmap> kept;
    for (const auto& listed : m_media) {
        const QString key = listed.medium.id + listed.medium.updatedAt.toString(Qt::ISODateWithMs);
        if (m_decoded.contains(key)) kept.insert(key, m_decoded.value(key));
    }
    m_decoded = std::move(kept);
    endResetModel();
}

void MediaShelfModel::setIconSize(const QSize& size) {
    if (size == m_iconSize) return;
    beginResetModel();
    m_iconSize = size;
    m_decoded.clear();
    m_tiles.clear();
    endResetModel();
}

int MediaShelfModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_media.size(); ++row)
        if (m_media.at(row).medium.id == id) return row;
    return -1;
}

const Medium* MediaShelfModel::medium(int row) const {
    return row >= 0 && row < m_media.size() ? &m_media.at(row).medium : nullptr;
}

int MediaShelfModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_media.size()); }

QVariant MediaShelfModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_media.size()) return {};
    const MediaStore::Listed& listed = m_media.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return shownCaption(listed.medium);
        case Qt::ToolTipRole:
            return listed.medium.caption.isEmpty() ? accessibleName(listed.medium) : listed.medium.caption;
        case Qt::AccessibleTextRole:
            return accessibleName(listed.medium);
        case Qt::DecorationRole:
            return listed.medium.kind == MediumKind::Photo ? thumbnail(listed) : soundTile(listed.medium.kind);
        case IdRole:
            return listed.medium.id;
        case KindRole:
            return int(listed.medium.kind);
        default:
            return {};
    }
}

QString MediaShelfModel::accessibleName(const Medium& medium) {
    const QString date = QLocale().toString(medium.createdAt.date(), QLocale::LongFormat);
    const QString caption = medium.caption.trimmed();
    switch (medium.kind) {
        case MediumKind::Photo:
            return caption.isEmpty() ? tr("Photo without a caption, added %1").arg(date) : caption;
        case MediumKind::Recording:
            return caption.isEmpty() ? tr("Voice note without a caption, added %1").arg(date)
                                     : tr("Voice note: %1").arg(caption);
        case MediumKind::Sound:
            return caption.isEmpty() ? tr("Sound without a caption, added %1").arg(date) : tr("Sound: %1").arg(caption);
    }
    return caption;
}

QString MediaShelfModel::shownCaption(const Medium& medium) {
    if (!medium.caption.trimmed().isEmpty()) return medium.caption.trimmed();
    return tr("Added %1").arg(QLocale().toString(medium.createdAt.date(), QLocale::ShortFormat));
}

QPixmap MediaShelfModel::thumbnail(const MediaStore::Listed& listed) const {
    const QString key = listed.medium.id + listed.medium.updatedAt.toString(Qt::ISODateWithMs);
    if (const auto found = m_decoded.constFind(key); found != m_decoded.cend()) return *found;
    QByteArray bytes = listed.thumbnail;
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    // Decoded straight at the size shown: a JPEG decodes at a fraction of the work.
    const QSize full = reader.size();
    if (full.isValid()) reader.setScaledSize(full.scaled(m_iconSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    const QPixmap pixmap = image.isNull() ? soundTile(MediumKind::Photo) : QPixmap::fromImage(image);
    m_decoded.insert(key, pixmap);
    return pixmap;
}

// A calm tile for what has no picture: a few bars like a quiet sound wave, or a frame for a
// photo that cannot be shown.
QPixmap MediaShelfModel::soundTile(MediumKind kind) const {
    if (const auto found = m_tiles.constFind(int(kind)); found != m_tiles.cend()) return *found;
    const QPalette palette = QApplication::palette();
    QPixmap tile(m_iconSize);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(tile.rect()).adjusted(4, 4, -4, -4);
    p.setPen(QPen(palette.color(QPalette::Mid), 2));
    p.setBrush(palette.color(QPalette::AlternateBase));
    p.drawRoundedRect(box, 12, 12);
    if (kind != MediumKind::Photo) {
        p.setPen(Qt::NoPen);
        p.setBrush(palette.color(QPalette::Highlight));
        static constexpr double kVoice[] = {0.25, 0.5, 0.8, 0.55, 0.35, 0.6, 0.3};
        static constexpr double kSound[] = {0.4, 0.7, 0.5, 0.9, 0.6, 0.75, 0.45};
        const double* heights = kind == MediumKind::Recording ? kVoice : kSound;
        const double step = box.width() / 9.0;
        for (int i = 0; i < 7; ++i) {
            const double h = box.height() * 0.6 * heights[i];
            p.drawRoundedRect(QRectF(box.left() + step * (i + 1), box.center().y() - h / 2, step * 0.6, h), 3, 3);
        }
    }
    p.end();
    m_tiles.insert(int(kind), tile);
    return tile;
}

}  // namespace mooring
