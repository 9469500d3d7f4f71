#include "speech/HelpText.h"

#include <QCoreApplication>

namespace mooring::speech {

HelpText HelpText::withNumber(int number) const {
    HelpText copy = *this;
    copy.m_number = number;
    return copy;
}

QString HelpText::text() const {
    // With a number, "%n" picks the translation's plural form ("1 minute", "5 minutes");
    // "%1" is filled as it is.
    const QString translated = QCoreApplication::translate(m_context, m_source, nullptr, m_number.value_or(-1));
    return m_number && translated.contains(u"%1") ? translated.arg(*m_number) : translated;
}

}  // namespace mooring::speech
