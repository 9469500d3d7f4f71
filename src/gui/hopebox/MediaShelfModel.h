#pragma once

#include "storage/MediaStore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QSize>

namespace mooring {

// The media of one place as the shelf shows them: a thumbnail or a tile, the caption under
// it, and a name for screen readers. Thumbnails are decoded only when a row is painted,
// so a box of hundreds of photos opens as quickly as one of three.
class MediaShelfModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole };

    explicit MediaShelfModel(QObject* parent = nullptr);

    void setMedia(QList<MediaStore::Listed> media);
    void setIconSize(const QSize& size);  // clears the decoded thumbnails
    const QList<MediaStore::Listed>& media() const noexcept { return m_media; }
    int rowOf(const QString& id) const;  // -1 when not there
    const Medium* medium(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // What a screen reader says for a medium: a photo's caption, else its kind and date.
    static QString accessibleName(const Medium& medium);
    // The words under the tile.
    static QString shownCaption(const Medium& medium);

private:
    QPixmap thumbnail(const MediaStore::Listed& listed) const;
    QPixmap soundTile(MediumKind kind) const;

    QList<MediaStore::Listed> m_media;
    QSize m_iconSize{128, 128};
    mutable QHash<QString, QPixmap> m_decoded;  // by id and update time
    mutable QHash<int, QPixmap> m_tiles;        // by kind
};

}  // namespace mooring
