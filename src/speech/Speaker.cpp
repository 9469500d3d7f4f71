#include "speech/Speaker.h"

namespace mooring::speech {

Speaker::~Speaker() = default;

}  // namespace mooring::speech
