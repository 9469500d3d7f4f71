// The parsing under exchange/ExportReader.cpp: nlohmann's own tree builder, fed by its SAX
// parser, with the media's "data" texts taken out on the way.
#include "exchange/ExportParse.h"

#include "domain/Error.h"
#include "exchange/ExportJson.h"

#include <QCoreApplication>

#include <istream>
#include <vector>

namespace mooring::exportParse {

namespace {

using Json = nlohmann::json;

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

Error tooDeep() {
    return Error(Error::Kind::Damaged,
                 tr("This file nests its data deeper than a Mooring export ever does, so it was not read. "
                    "Nothing was changed."));
}

// Where the parser is: one entry per open container, with the key last read in an object
// and the number of values already read in a list. The depth is checked here, as the
// containers open, so a crafted file cannot nest without bound.
class Handler {
public:
    Handler(Json& root, const OnData& onData, bool keepTree) : m_tree(root, true), m_onData(onData), m_keep(keepTree) {}

    bool null() {
        return value([&] { return m_tree.null(); });
    }
    bool boolean(bool v) {
        return value([&] { return m_tree.boolean(v); });
    }
    bool number_integer(Json::number_integer_t v) {
        return value([&] { return m_tree.number_integer(v); });
    }
    bool number_unsigned(Json::number_unsigned_t v) {
        return value([&] { return m_tree.number_unsigned(v); });
    }
    bool number_float(Json::number_float_t v, const Json::string_t& s) {
        return value([&] { return m_tree.number_float(v, s); });
    }
    bool binary(Json::binary_t& v) {
        return value([&] { return m_tree.binary(v); });
    }
    bool string(Json::string_t& v) {
        if (isMediumData()) {
            m_onData(m_stack[1].count, v);
            std::string().swap(v);  // the base64 goes now, not with the next text
        }
        return value([&] { return m_tree.string(v); });
    }
    bool key(Json::string_t& k) {
        m_stack.back().key = k;
        return !m_keep || m_tree.key(k);
    }
    bool start_object(std::size_t n) {
        open(true);
        return !m_keep || m_tree.start_object(n);
    }
    bool start_array(std::size_t n) {
        open(false);
        return !m_keep || m_tree.start_array(n);
    }
    bool end_object() {
        return close([&] { return m_tree.end_object(); });
    }
    bool end_array() {
        return close([&] { return m_tree.end_array(); });
    }
    bool parse_error(std::size_t at, const std::string& token, const nlohmann::detail::exception& e) {
        return m_tree.parse_error(at, token, e);  // throws
    }

private:
    struct Level {
        bool object = false;
        std::string key;
        std::size_t count = 0;
    };

    // root object -> "media" list -> a record -> its "data"
    bool isMediumData() const {
        return m_stack.size() == 3 && m_stack[0].object && m_stack[0].key == "media" && !m_stack[1].object &&
               m_stack[2].object && m_stack[2].key == "data";
    }
    template <typename F>
    bool value(F add) {
        if (!m_stack.empty()) ++m_stack.back().count;
        return !m_keep || add();
    }
    void open(bool object) {
        if (int(m_stack.size()) >= exportJson::kMaxDepth) throw tooDeep();
        m_stack.push_back({object, {}, 0});
    }
    template <typename F>
    bool close(F end) {
        m_stack.pop_back();
        if (!m_stack.empty()) ++m_stack.back().count;
        return !m_keep || end();
    }

    nlohmann::detail::json_sax_dom_parser<Json> m_tree;
    const OnData& m_onData;
    bool m_keep;
    std::vector<Level> m_stack;
};

}  // namespace

ViewBuffer::ViewBuffer(QByteArrayView bytes) {
    char* begin = const_cast<char*>(bytes.data());  // read only: std::streambuf wants char*
    setg(begin, begin, begin + bytes.size());
}

Json parse(std::streambuf& in, const OnData& onData, bool keepTree) {
    Json root;
    Handler handler(root, onData, keepTree);
    std::istream stream(&in);
    try {
        Json::sax_parse(stream, &handler);
    } catch (const Json::exception&) {
        throw Error(Error::Kind::Damaged,
                    tr("This file is not a Mooring export (it is not readable JSON, or it is damaged). "
                       "Nothing was changed."));
    }
    return root;
}

}  // namespace mooring::exportParse
