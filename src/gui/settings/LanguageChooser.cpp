#include "gui/settings/LanguageChooser.h"

#include "gui/common/Appearance.h"
#include "storage/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

LanguageChooser::LanguageChooser(const QString& current, QWidget* parent)
    : QWidget(parent), m_box(new QComboBox(this)) {
    setObjectName(u"languageChooser"_s);
    auto* label = new QLabel(tr("Lan&guage"), this);
    label->setBuddy(m_box);
    m_box->setObjectName(u"languageBox"_s);
    m_box->setAccessibleName(tr("Language"));
    m_box->addItem(tr("Same as this computer"), QString());
    // Each language is named in its own words, so a person can find theirs whatever is shown now.
    m_box->addItem(u"English"_s, u"en"_s);
    m_box->addItem(u"Deutsch"_s, u"de"_s);
    const int index = m_box->findData(Translations::languages().contains(current) ? current : QString());
    m_box->setCurrentIndex(index < 0 ? 0 : index);
    auto* note = new QLabel(tr("A new language is used from the next time Mooring starts."), this);
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_box);
    layout->addWidget(note);
    Appearance::makeLargeTarget(m_box);
    connect(m_box, &QComboBox::activated, this, [this] { Q_EMIT changed(language()); });
}

QString LanguageChooser::language() const { return m_box->currentData().toString(); }

}  // namespace mooring
