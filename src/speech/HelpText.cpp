#include "speech/HelpText.h"

#include <QCoreApplication>

namespace mooring::speech {

HelpText HelpText::withNumber(int number) const {
    HelpText copy = *this;
    copy.m_number = number;
    return copy;
}

QString HelpText::text() const {
    const QString translated = QCoreApplication::translate(m_context, m_source);
    return m_number ? translated.arg(*m_number) : translated;
}

}  // namespace mooring::speech
