#include "gui/setback/ReflectionList.h"

#include "gui/common/Appearance.h"
#include "gui/common/ReadingColumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kFirstWords = 70;  // characters: enough to recognise it, not to read it aloud in full

}  // namespace

ReflectionList::ReflectionList(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget), m_empty(new QLabel), m_open(new QPushButton(tr("&Open"))) {
    setObjectName(u"setbackReflectionList"_s);
    auto* content = new QWidget;
    auto* heading = new QLabel(tr("Reflections you wrote before"), content);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("Looking back can show how much you have learned. Open one to read it again or to "
                                "add to it."),
                             content);
    intro->setWordWrap(true);
    m_empty->setText(tr("There are no saved reflections yet."));
    m_empty->setWordWrap(true);

    m_list->setObjectName(u"setbackReflectionItems"_s);
    m_list->setAccessibleName(tr("Reflections you wrote before"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 10);
    m_open->setObjectName(u"setbackReflectionOpen"_s);
    auto* back = new QPushButton(tr("Back"));
    back->setObjectName(u"setbackReflectionListBack"_s);
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    bar->addWidget(m_open);
    for (QPushButton* b : {back, m_open}) Appearance::makeLargeTarget(b);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addLayout(bar);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ReadingColumn(content));
    setFocusProxy(m_list);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, back);

    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &ReflectionList::openCurrent);
    connect(back, &QPushButton::clicked, this, &ReflectionList::backRequested);
}

void ReflectionList::setReflections(const QList<SetbackReflection>& reflections) {
    m_list->clear();
    for (const SetbackReflection& r : reflections) {
        auto* item = new QListWidgetItem(itemText(r), m_list);
        item->setData(kIdRole, r.id);
    }
    if (m_list->count() > 0) m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    m_open->setEnabled(m_list->count() > 0);
}

int ReflectionList::count() const { return m_list->count(); }

QString ReflectionList::itemText(const SetbackReflection& reflection) {
    const QString when =
        tr("Written on %1").arg(QLocale().toString(reflection.createdAt.toLocalTime().date(), QLocale::LongFormat));
    QString first;
    for (const QString& text :
         {reflection.before, reflection.warningSigns, reflection.tried, reflection.nextTime, reflection.forPlan}) {
        first = text.simplified();
        if (!first.isEmpty()) break;
    }
    if (first.size() > kFirstWords) first = first.left(kFirstWords).trimmed() + u'\u2026';
    return first.isEmpty() ? when : when + u'\n' + first;
}

void ReflectionList::openCurrent() {
    const QListWidgetItem* item = m_list->currentItem();
    if (item) Q_EMIT openRequested(item->data(kIdRole).toString());
}

}  // namespace mooring
