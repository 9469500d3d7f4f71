#include "FontsReadAhead.h"

#include <fontconfig/fontconfig.h>

namespace mooring {

FontsReadAhead::FontsReadAhead() : m_reader([] { FcInit(); }) {}

FontsReadAhead::~FontsReadAhead() { wait(); }

void FontsReadAhead::wait() {
    if (m_reader.joinable()) m_reader.join();
}

}  // namespace mooring
