#pragma once

#include "domain/MediaKind.h"

#include <QDateTime>
#include <QString>

namespace mooring {

// Where a medium is kept: with one idea of the toolbox's safety box, or in the safety
// plan's "reasons for living" ("what matters to me and is worth living for").
struct MediaPlace {
    QString strategyId;  // the safety-box idea's id; empty for the plan's section

    static MediaPlace safetyBox(const QString& strategyId) { return {strategyId}; }
    static MediaPlace reasonsForLiving() { return {}; }
    bool isReasonsForLiving() const { return strategyId.isEmpty(); }
    bool operator==(const MediaPlace&) const = default;
};

// One photo, recording or sound of the hope box, without its bytes: what a list shows and
// what the bytes are checked against. The bytes are read only when one is opened
// (MediaStore::bytes), so a box of hundreds of photos lists quickly.
struct Medium {
    static constexpr int kMaxCaption = 300;                  // characters
    static constexpr qint64 kMaxBytes = 40LL * 1024 * 1024;  // a long WAV; a photo is far less
    static constexpr qint64 kMaxThumbnailBytes = 512LL * 1024;

    QString id;  // a UUID without braces
    MediumKind kind = MediumKind::Photo;
    QString mime;  // one of mediaKinds::mimeTypes()
    QString caption;
    MediaPlace place;
    int position = 0;     // order inside its place
    qint64 byteSize = 0;  // of the bytes
    QString sha256;       // lower-case hex of the bytes
    QDateTime createdAt;  // with the local offset
    QDateTime updatedAt;  // changes with the caption or the bytes (turning a photo)

    bool operator==(const Medium&) const = default;

    Medium trimmed() const;  // the caption without surrounding white space
    // The rules that need nothing but the value, on trimmed(): a format Mooring can show or
    // play that fits the kind, and a caption that is not too long. Empty when all is well,
    // else a message fit to show.
    QString problem() const;
};

}  // namespace mooring
