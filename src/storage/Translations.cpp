#include "storage/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// Some files translate with a helper `tr(text)` that asks for the "mooring" context while
// lupdate files those texts under the class or namespace around the call. When a text is
// not found under the context asked for, this translator looks under the catalogue's
// other contexts (listed at build time from the .ts file) before giving up.
class CatalogueTranslator : public QTranslator {
public:
    bool loadCatalogue(const QString& language) {
        if (!load(u":/i18n/mooring_"_s + language + u".qm"_s)) return false;
        QFile contexts(u":/i18n/mooring_"_s + language + u".contexts"_s);
        if (contexts.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : contexts.readAll().split('\n'))
                if (!line.trimmed().isEmpty()) m_contexts.append(line.trimmed());
        }
        return true;
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || qstrcmp(context, "mooring") != 0) return found;
        for (const QByteArray& other : m_contexts) {
            found = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!found.isEmpty()) return found;
        }
        return found;
    }

private:
    QList<QByteArray> m_contexts;
};

QString baseLanguage(const QString& code) {
    // "de-DE", "de_AT" and "de" all mean German here.
    return code.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

}  // namespace

QStringList Translations::languages() { return {u"en"_s, u"de"_s}; }

QString Translations::resolve(const QString& chosen, const QStringList& systemLanguages) {
    const QStringList known = languages();
    const QString wanted = baseLanguage(chosen.trimmed());
    if (known.contains(wanted)) return wanted;
    for (const QString& system : systemLanguages) {
        const QString base = baseLanguage(system);
        if (known.contains(base)) return base;
    }
    return known.first();
}

QString Translations::fromEnvironment() { return qEnvironmentVariable("MOORING_LANGUAGE").trimmed(); }

Translations::Translations(const QString& language) : m_language(language), m_previousLocale(QLocale()) {
    // Dates, numbers and day names follow the language too, unless the system's own locale
    // already speaks it (then its territory's habits, such as 24-hour times, are kept).
    const QLocale::Language current = QLocale().language();
    const QLocale::Language wanted = QLocale(language).language();
    if (current != wanted && !(wanted == QLocale::English && current == QLocale::C))
        QLocale::setDefault(QLocale(language));
    if (language == languages().first() || !QCoreApplication::instance()) return;
    auto mooring = std::make_unique<CatalogueTranslator>();
    if (!mooring->loadCatalogue(language)) return;  // the source texts are shown instead
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) m_qt = std::move(qt);
    // The last installed is asked first: Mooring's own words win over Qt's.
    if (m_qt) QCoreApplication::installTranslator(m_qt.get());
    m_mooring = std::move(mooring);
    QCoreApplication::installTranslator(m_mooring.get());
}

Translations::~Translations() {
    QLocale::setDefault(m_previousLocale);
    if (!QCoreApplication::instance()) return;
    if (m_mooring) QCoreApplication::removeTranslator(m_mooring.get());
    if (m_qt) QCoreApplication::removeTranslator(m_qt.get());
}

bool Translations::isInstalled() const { return m_mooring != nullptr; }

}  // namespace mooring
