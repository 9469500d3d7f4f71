#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace mooring {

// The languages Mooring's texts are written in, and the translators that make one of
// them the program's language. The catalogues are embedded (translations/), so nothing
// needs installing; Qt's own texts (standard buttons, context menus) come from the
// system's qtbase catalogue when it is there.
class Translations {
public:
    // Language codes Mooring speaks, English (the source texts) first.
    static QStringList languages();

    // A language a person or the environment asked for: "" means "follow the system".
    // Returns one of languages(): the chosen one if Mooring speaks it, otherwise the first
    // of the system's preferred languages (QLocale::uiLanguages() order) it speaks,
    // otherwise English.
    static QString resolve(const QString& chosen, const QStringList& systemLanguages);

    // MOORING_LANGUAGE, for tests and for trying a language without changing settings.
    static QString fromEnvironment();

    // Installs the translators for `language` (a code from languages(); English needs
    // none) on the running application and makes it the default locale for dates and
    // numbers; both are undone when this object goes.
    explicit Translations(const QString& language);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    QString language() const { return m_language; }
    bool isInstalled() const;  // false for English, or if the catalogue could not be read

private:
    QString m_language;
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_mooring;
};

}  // namespace mooring
