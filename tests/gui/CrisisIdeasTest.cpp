#include "gui/crisis/TryIdeaPanel.h"

#include "CrisisTestHelpers.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("The built-in coping library has at least 12 ideas in each family, each with a stable id", "[crisis]") {
    const QList<CopingIdea> ideas = TryIdeaPanel::builtinIdeas();
    QMap<CopingCategory, int> perFamily;
    QSet<QString> ids;
    const QRegularExpression idShape(u"^[a-z]+(-[a-z0-9]+)+$"_s);
    for (const CopingIdea& idea : ideas) {
        INFO(idea.id.toStdString());
        ++perFamily[idea.category];
        CHECK_FALSE(ids.contains(idea.id));
        ids.insert(idea.id);
        CHECK(idShape.match(idea.id).hasMatch());
        // The id starts with its family, so it reads and sorts well in the toolbox.
        CHECK(idea.id.startsWith(CopingIdea::categoryName(idea.category).replace(u'_', u'-') + u'-'));
        CHECK(idea.title.size() <= 48);
        CHECK_FALSE(idea.details.isEmpty());
        CHECK(idea.details.size() <= 160);
    }
    CHECK(ideas.size() >= 48);
    CHECK(perFamily.value(CopingCategory::Sensory) >= 12);
    CHECK(perFamily.value(CopingCategory::Distraction) >= 12);
    CHECK(perFamily.value(CopingCategory::EmotionalRelease) >= 12);
    CHECK(perFamily.value(CopingCategory::SelfSoothing) >= 12);
    CHECK(perFamily.value(CopingCategory::SafetyBox) == 0);  // the person's own, never built in
}

TEST_CASE("No built-in idea imitates harm", "[crisis]") {
    // Belt and braces beside the text audit: ideas that copy the act can feed the urge.
    const QRegularExpression imitates(
        u"\\b(elastic|rubber band|snap\\w*|red (pen|marker|ink)|on (your )?skin|"
        "scratch\\w*|pinch\\w*|wrist\\w*|sharp\\w*|pain\\w*)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const CopingIdea& idea : TryIdeaPanel::builtinIdeas()) {
        INFO(idea.id.toStdString());
        CHECK_FALSE(imitates.match(idea.title + u' ' + idea.details).hasMatch());
    }
}

TEST_CASE("Try something shows one idea at a time and another on request", "[crisis]") {
    TryIdeaPanel panel;
    REQUIRE(showActive(&panel));
    const auto first = panel.currentIdea();
    REQUIRE(first);
    CHECK(child<QLabel>(&panel, u"ideaTitle"_s)->text() == first->title);
    CHECK(child<QLabel>(&panel, u"ideaDetails"_s)->text() == first->details);
    panel.setFocus();
    CHECK(QApplication::focusWidget() == child<QPushButton>(&panel, u"ideaAnother"_s));
    pressKey(Qt::Key_Space);
    const auto second = panel.currentIdea();
    REQUIRE(second);
    CHECK(second->id != first->id);
    CHECK(child<QLabel>(&panel, u"ideaTitle"_s)->text() == second->title);

    auto* family = child<QComboBox>(&panel, u"ideaFamily"_s);
    family->setCurrentIndex(family->findData(int(CopingCategory::SelfSoothing)));
    QSet<QString> seen;
    for (int i = 0; i < 30; ++i) {
        REQUIRE(panel.currentIdea());
        CHECK(panel.currentIdea()->category == CopingCategory::SelfSoothing);
        CHECK(child<QLabel>(&panel, u"ideaFamilyLabel"_s)->text() == u"Comforting yourself"_s);
        seen.insert(panel.currentIdea()->id);
        panel.showAnother();
    }
    CHECK(seen.size() >= 12);  // it goes round all of them, not the same few
}

TEST_CASE("The built-in ideas, as the crisis screen offers them, pass the safe-messaging audit", "[crisis]") {
    // The source texts and their translations are audited by the safe_messaging_texts
    // check; this one audits what the panel hands out, through the same tool.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    const QString audit = QStringLiteral(MOORING_TEXT_AUDIT);
    INFO("python3: " << python.toStdString() << ", audit: " << audit.toStdString());
    REQUIRE_FALSE(python.isEmpty());
    REQUIRE(QFile::exists(audit));

    QJsonArray shown;
    for (const CopingIdea& idea : TryIdeaPanel::builtinIdeas())
        shown.append(QJsonObject{{u"title"_s, idea.title}, {u"details"_s, idea.details}});
    REQUIRE(shown.size() >= 48);
    QTemporaryDir root;  // the audit reads .json under resources/coping/
    REQUIRE(QDir().mkpath(root.filePath(u"resources/coping"_s)));
    QFile out(root.filePath(u"resources/coping/shown.json"_s));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{u"ideas"_s, shown}}).toJson());
    out.close();

    QProcess process;
    process.start(python, {audit, root.path()});
    REQUIRE(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(output.contains(u"text-audit: 0 phrase(s) to change"_s));
}
