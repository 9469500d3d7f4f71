#include "domain/Error.h"

namespace mooring {

Error::Error(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

}  // namespace mooring
