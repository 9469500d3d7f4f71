#include "exchange/JsonFields.h"
#include "domain/JournalEntryJson.h"
#include "domain/TextLength.h"

#include "exchange/ExportJson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mooring::jsonRead {

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

constexpr int kMaxShownKey = 40;  // a key is shown up to this long in a message

}  // namespace

bool isUuid(const QString& text) {
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

QString typeName(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null:
            return tr("nothing (null)");
        case Json::value_t::object:
            return tr("a record");
        case Json::value_t::array:
            return tr("a list");
        case Json::value_t::string:
            return tr("text");
        case Json::value_t::boolean:
            return tr("true or false");
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
            return tr("a whole number");
        case Json::value_t::number_float:
            return tr("a number with a fraction");
        default:
            return tr("something else");
    }
}

Fields::Fields(const Json& object, QString path, QList<ExportProblem>& problems)
    : m_object(object), m_path(std::move(path)), m_problems(problems), m_problemsBefore(problems.size()) {}

void Fields::problem(const char* key, const QString& message) {
    if (m_problems.size() >= exportJson::kMaxProblemsKept) return;
    QString where = m_path;
    if (key && *key) where = where.isEmpty() ? QString::fromUtf8(key) : where + u'.' + QString::fromUtf8(key);
    m_problems.append({where, message});
}

const Json* Fields::find(const char* key, Presence presence) {
    const auto it = m_object.find(key);
    if (it == m_object.end() || it->is_null()) {
        if (presence == Required) problem(key, tr("this is needed but missing"));
        return nullptr;
    }
    return &*it;
}

QString Fields::string(const char* key, Presence presence) {
    const Json* value = find(key, presence);
    if (!value) return {};
    if (!value->is_string()) {
        problem(key, tr("expected text, got %1").arg(typeName(*value)));
        return {};
    }
    const QString text = QString::fromStdString(value->get_ref<const std::string&>()).trimmed();
    if (characterCount(text) > exportJson::kMaxString) {
        problem(key,
                tr("expected at most %L1 characters, got %L2").arg(exportJson::kMaxString).arg(characterCount(text)));
        return {};
    }
    if (presence == Required && text.isEmpty()) problem(key, tr("this is needed but empty"));
    return text;
}

QString Fields::id(IdForm form) {
    const QString id = string("id", Required);
    if (id.isEmpty() || isUuid(id)) return id.toLower();
    static const QRegularExpression shipped(u"^[a-z]{2,5}(-[a-z0-9]+)+$"_s);
    if (form == IdForm::UuidOrShipped && id.size() <= 100 && shipped.match(id).hasMatch()) return id;
    problem("id", tr("expected an id like 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 (a UUID), got “%1”").arg(id.left(40)));
    return {};
}

void Fields::onlyKeys(std::span<const std::string_view> known, const QString& notAField) {
    for (auto it = m_object.cbegin(); it != m_object.cend(); ++it) {
        const std::string& key = it.key();
        if (std::find(known.begin(), known.end(), std::string_view(key)) != known.end()) continue;
        if (m_problems.size() >= exportJson::kMaxProblemsKept) return;
        QString shown = QString::fromStdString(key);
        if (shown.size() > kMaxShownKey) shown = shown.left(kMaxShownKey) + u'…';
        m_problems.append({m_path.isEmpty() ? shown : m_path + u'.' + shown, notAField});
    }
}

std::optional<int> Fields::integer(const char* key, int min, int max, Presence presence) {
    const Json* value = find(key, presence);
    if (!value) return std::nullopt;
    if (!value->is_number_integer()) {
        problem(key, tr("expected a whole number from %1 to %2, got %3").arg(min).arg(max).arg(typeName(*value)));
        return std::nullopt;
    }
    // Unsigned first: a huge positive number does not fit std::int64_t.
    const bool isUnsigned = value->is_number_unsigned();
    const std::uint64_t u = isUnsigned ? value->get<std::uint64_t>() : 0;
    const std::int64_t i = isUnsigned ? 0 : value->get<std::int64_t>();
    const bool fits =
        isUnsigned ? u >= std::uint64_t(std::max(min, 0)) && u <= std::uint64_t(max) : i >= min && i <= max;
    if (!fits) {
        problem(
            key,
            tr("expected %1–%2, got %3").arg(min).arg(max).arg(isUnsigned ? QString::number(u) : QString::number(i)));
        return std::nullopt;
    }
    return static_cast<int>(value->get<std::int64_t>());
}

bool Fields::boolean(const char* key) {
    const Json* value = find(key, Optional);
    if (!value) return false;
    if (!value->is_boolean()) {
        problem(key, tr("expected true or false, got %1").arg(typeName(*value)));
        return false;
    }
    return value->get<bool>();
}

QDateTime Fields::time(const char* key, Presence presence) {
    const QString text = string(key, presence);
    if (text.isEmpty()) return {};
    // Qt reads a time without an offset as local time; the format wants the offset said.
    static const QRegularExpression withOffset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    // The journal's time reader: the same result as QDateTime::fromString, quicker for the
    // form Mooring writes, and kept in the offset written.
    const QDateTime t = journalJson::timeFromText(text);
    if (!t.isValid() || !withOffset.match(text).hasMatch()) {
        problem(key, tr("expected a time like 2026-11-20T21:40:00+01:00, got “%1”").arg(text.left(40)));
        return {};
    }
    return t;
}

QStringList Fields::strings(const char* key) {
    const Json* value = find(key, Optional);
    if (!value) return {};
    if (!value->is_array()) {
        problem(key, tr("expected a list of texts, got %1").arg(typeName(*value)));
        return {};
    }
    QStringList out;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        const QByteArray where = QByteArray(key) + '[' + QByteArray::number(qulonglong(i)) + ']';
        if (!item.is_string()) {
            problem(where.constData(), tr("expected text, got %1").arg(typeName(item)));
            continue;
        }
        const QString text = QString::fromStdString(item.get_ref<const std::string&>()).trimmed();
        if (characterCount(text) > exportJson::kMaxString)
            problem(
                where.constData(),
                tr("expected at most %L1 characters, got %L2").arg(exportJson::kMaxString).arg(characterCount(text)));
        else if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

const Json* Fields::object(const char* key) {
    const Json* value = find(key, Optional);
    if (value && !value->is_object()) {
        problem(key, tr("expected a record, got %1").arg(typeName(*value)));
        return nullptr;
    }
    return value;
}

void eachRecord(const Json& parent, const char* key, const QString& path, QList<ExportProblem>& problems,
                const std::function<void(Fields&)>& read) {
    const auto list = parent.find(key);
    if (list == parent.end() || list->is_null()) return;
    if (!list->is_array()) {
        problems.append({path, tr("expected a list, got %1").arg(typeName(*list))});
        return;
    }
    for (std::size_t i = 0; i < list->size() && problems.size() < exportJson::kMaxProblemsKept; ++i) {
        const QString where = u"%1[%2]"_s.arg(path).arg(i);
        const Json& item = (*list)[i];
        if (!item.is_object()) {
            problems.append({where, tr("expected a record, got %1").arg(typeName(item))});
            continue;
        }
        Fields fields(item, where, problems);
        read(fields);
    }
}

}  // namespace mooring::jsonRead
