#include "StartupReadAhead.h"

#include "domain/HelplineCatalogue.h"

#include <fontconfig/fontconfig.h>

namespace mooring {

StartupReadAhead::StartupReadAhead()
    : m_reader([] {
          FcInit();
          HelplineCatalogue::instance();  // made once per process (a function-local static)
      }) {}

StartupReadAhead::~StartupReadAhead() { wait(); }

void StartupReadAhead::wait() {
    if (m_reader.joinable()) m_reader.join();
}

}  // namespace mooring
