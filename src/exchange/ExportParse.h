#pragma once

#include <QByteArrayView>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <streambuf>
#include <string>

namespace mooring::exportParse {

// Each "data" text of a record in the top-level "media" list, handed over as it is parsed:
// the record's place in the list and the base64 text (which the callee may move from).
using OnData = std::function<void(std::size_t index, std::string& base64)>;

// Parses an export's JSON from `in` as it is read, so that a file of hundreds of megabytes
// of media never stands in memory as text and tree at once. The tree holds everything but
// the media's "data", which is given to `onData` and kept in the tree as an empty text.
// With `keepTree` false only onData is called and an empty tree is returned.
// Throws Error(Damaged) for bytes that are not JSON or nest deeper than exportJson::kMaxDepth.
nlohmann::json parse(std::streambuf& in, const OnData& onData, bool keepTree = true);

// Bytes in memory read as a stream, without a copy.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(QByteArrayView bytes);
};

}  // namespace mooring::exportParse
