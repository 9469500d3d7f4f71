#pragma once

#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace mooring::exportRead {

// What was learnt of one medium's "data" while the file was parsed; the base64 itself was
// let go at once (exportParse::parse), so a file's media are never all in memory.
struct MediumData {
    bool present = false;
    bool decodes = false;  // strict base64
    qint64 size = 0;       // of the decoded bytes
    QString sha256;        // lower-case hex of the decoded bytes
    QByteArray start;      // their first bytes, to tell a JPEG from a WAV (mediaKinds::looksLike)

    static MediumData of(const std::string& base64);
};

// The top-level "media" list (docs/export-format.md, "media"): every field checked, the
// bytes (as `data` saw them) against "sha256", "mime" and the size limit, and the place
// against the ideas of the same file. Each problem names the medium by its caption or
// kind and its id, so the person can tell which photo or sound it is.
QList<Medium> readMedia(const nlohmann::json& root, const std::vector<MediumData>& data,
                        const QList<CopingStrategy>& strategies, QList<ExportProblem>& problems);

// "the photo “The sea at Whitby” (id …)", "a recording without a caption (id …)".
QString describe(const Medium& medium);

}  // namespace mooring::exportRead
