#include "storage/BackupName.h"

#include <QRegularExpression>

#include <tuple>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kTimeFormat = u"yyyy-MM-ddTHHmmss"_s;

QString kindPart(const BackupName& name) {
    switch (name.kind) {
        case BackupKind::Daily:
            return u"daily"_s;
        case BackupKind::Manual:
            return u"manual"_s;
        case BackupKind::BeforeRisky:
            return u"before-"_s + name.reason;
    }
    return u"manual"_s;
}

}  // namespace

QString BackupName::toString() const {
    QString text = madeAt.toString(kTimeFormat) + u'-' + kindPart(*this);
    if (sequence > 1) text += u'-' + QString::number(sequence);
    return text;
}

std::optional<BackupName> BackupName::parse(const QString& name) {
    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2}T\d{6})-(daily|manual|before-([a-z]{1,20}))(?:-([2-9]|[1-9]\d{1,3}))?$)"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch()) return std::nullopt;
    BackupName parsed;
    parsed.madeAt = QDateTime::fromString(match.captured(1), kTimeFormat);
    if (!parsed.madeAt.isValid()) return std::nullopt;
    const QString kind = match.captured(2);
    if (kind == u"daily"_s) {
        parsed.kind = BackupKind::Daily;
    } else if (kind == u"manual"_s) {
        parsed.kind = BackupKind::Manual;
    } else {
        parsed.kind = BackupKind::BeforeRisky;
        parsed.reason = match.captured(3);
    }
    if (match.hasCaptured(4)) parsed.sequence = match.captured(4).toInt();
    return parsed;
}

bool BackupName::isValidReason(const QString& reason) {
    static const QRegularExpression pattern(u"^[a-z]{1,20}$"_s);
    return pattern.match(reason).hasMatch();
}

bool BackupName::operator<(const BackupName& other) const {
    return std::tie(madeAt, sequence) < std::tie(other.madeAt, other.sequence);
}

}  // namespace mooring
