#include "gui/plan/PlanEditor.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/hopebox/MediaShelf.h"
#include "gui/plan/ContactPicker.h"
#include "gui/plan/HistoryDialog.h"
#include "gui/plan/PlanDiffView.h"
#include "gui/plan/PresentationView.h"
#include "gui/plan/SaveNoteDialog.h"
#include "gui/plan/SectionEditor.h"
#include "printing/PlanDocument.h"
#include "session/ProfileSession.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace mooring {

PlanEditor::PlanEditor(ProfileSession& session, ProfileSettings* settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings) {
    setObjectName(QStringLiteral("planEditor"));
    auto* heading = new QLabel(tr("My safety plan"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    heading->setFont(big);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_banner = new MessageBanner;

    m_sections = new QListWidget;
    m_sections->setObjectName(QStringLiteral("planSections"));
    m_sections->setAccessibleName(tr("Sections of the plan"));
    m_sections->setWordWrap(true);
    int n = 1;
    for (PlanSection s : planSections::all()) {
        m_sections->addItem(QStringLiteral("%1. %2").arg(n++).arg(planSections::title(s)));
    }
    m_sections->setSpacing(4);
    m_editor = new SectionEditor;
    m_editor->setMediaShelf(new MediaShelf(session));
    m_editor->setContactPicker([this]() -> std::optional<QString> {
        ContactPicker picker(m_session, this);
        if (picker.exec() != QDialog::Accepted) return std::nullopt;
        if (const auto c = picker.chosen()) return c->asPlanItem();
        return std::nullopt;
    });

    auto* back = new QPushButton(tr("Back"));
    auto* saveButton = new QPushButton(tr("Save…"));
    saveButton->setObjectName(QStringLiteral("planSave"));
    saveButton->setToolTip(tr("Ctrl+S"));
    auto* history = new QPushButton(tr("Saved versions"));
    auto* changed = new QPushButton(tr("What changed"));
    auto* presentButton = new QPushButton(tr("Show large"));
    presentButton->setToolTip(tr("F5"));
    auto* print = new QPushButton(tr("Print…"));
    print->setToolTip(tr("Ctrl+P"));
    auto* pdf = new QPushButton(tr("Save as PDF…"));
    // The buttons flow onto a second line rather than widen the window: at 200 % text in
    // German one line of them is wider than a laptop screen.
    auto* bar = new crisis::FlowLayout(nullptr, 8);
    for (QPushButton* b : {back, history, changed, presentButton, print, pdf, saveButton}) bar->addWidget(b);

    for (QPushButton* b : {back, history, changed, presentButton, print, pdf, saveButton})
        Appearance::makeLargeTarget(b);
    // In a short window at large text the section scrolls rather than squeezing its words
    // together; it never scrolls sideways (its buttons wrap instead).
    auto* editorScroll = new QScrollArea;
    editorScroll->setObjectName(QStringLiteral("planSectionScroll"));
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setFocusPolicy(Qt::NoFocus);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_sections, 1);  // a quarter of the width at any text size
    middle->addWidget(editorScroll, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addLayout(bar);

    connect(m_sections, &QListWidget::currentRowChanged, this, &PlanEditor::sectionChosen);
    connect(m_editor, &SectionEditor::itemsChanged, this, [this] {
        syncFromEditor();
        updateStatus();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        if (maybeLeave()) Q_EMIT leaveRequested();
    });
    connect(saveButton, &QPushButton::clicked, this, &PlanEditor::save);
    connect(history, &QPushButton::clicked, this, &PlanEditor::showHistory);
    connect(changed, &QPushButton::clicked, this, [this] { openWhatChanged(); });
    connect(presentButton, &QPushButton::clicked, this, &PlanEditor::present);
    connect(print, &QPushButton::clicked, this, &PlanEditor::printPlan);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            DialogHooks::saveFileName(this, tr("Save the plan as a PDF"),
                                      QDir::home().filePath(tr("My safety plan.pdf")), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) savePdf(path);
    });
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence::Print, [this] { printPlan(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { present(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (maybeLeave()) Q_EMIT leaveRequested();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown),
             [this] { m_sections->setCurrentRow(std::min(m_current + 1, kPlanSectionCount - 1)); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp),
             [this] { m_sections->setCurrentRow(std::max(m_current - 1, 0)); });

    // Whoever saved: after this editor's own save the newest version is the one it knows.
    connect(&session, &ProfileSession::planChanged, this, &PlanEditor::catchUp);
    connect(&session, &ProfileSession::importDone, this, &PlanEditor::catchUp);

    loadLatest();
    m_sections->setCurrentRow(0);
    FocusLanding::install(
        this, [this] { return m_editor; }, FocusLanding::When::Shown);
}

void PlanEditor::loadLatest() {
    try {
        m_latest = m_session.plan().latest();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    m_saved = m_latest ? m_latest->plan : SafetyPlan{};
    m_plan = m_saved;
    showPlan();
    updateStatus();
}

void PlanEditor::catchUp() {
    std::optional<PlanVersion> latest;
    try {
        latest = m_session.plan().latest();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return;
    }
    const auto idOf = [](const std::optional<PlanVersion>& v) { return v ? v->id : QString(); };
    if (idOf(latest) == idOf(m_latest)) return;  // this editor's own save, or nothing new
    if (isDirty()) {
        // The words being changed stay as they are; saving them makes the newest version.
        m_latest = latest;
        updateStatus();
        return;
    }
    loadLatest();
}

void PlanEditor::showPlan() {
    m_editor->setSection(planSections::all()[m_current], m_plan.sections[static_cast<std::size_t>(m_current)]);
}

void PlanEditor::sectionChosen(int row) {
    if (row < 0) return;
    syncFromEditor();
    m_current = row;
    m_editor->setSection(planSections::all()[row], m_plan.sections[static_cast<std::size_t>(row)]);
}

void PlanEditor::showSection(PlanSection section) { m_sections->setCurrentRow(static_cast<int>(section)); }

void PlanEditor::syncFromEditor() { m_plan.items(m_editor->section()) = m_editor->items(); }

SafetyPlan PlanEditor::plan() const {
    SafetyPlan p = m_plan;
    p.items(m_editor->section()) = m_editor->items();
    return p;
}

bool PlanEditor::isDirty() const { return plan().normalized() != m_saved; }

QString PlanEditor::bannerText() const { return m_banner->text(); }

void PlanEditor::updateStatus() {
    QString text;
    if (m_latest) {
        text = tr("Last saved %1").arg(planVersionTime(m_latest->savedAt));
        if (!m_latest->note.isEmpty()) text += QStringLiteral("  \u00b7  ") + m_latest->note;
    } else {
        text = tr("Not saved yet. Take your time: you can fill in as much or as little as you like.");
    }
    if (isDirty()) text += QStringLiteral("  \u00b7  ") + tr("changes not saved yet");
    m_status->setText(text);
}

bool PlanEditor::save() {
    std::optional<QString> note;
    if (m_askNote) {
        note = m_askNote();
    } else {
        SaveNoteDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) note = dialog.note();
    }
    if (!note) return false;
    return saveWithNote(*note);
}

bool PlanEditor::saveWithNote(const QString& note) {
    syncFromEditor();
    try {
        m_latest = m_session.plan().save(m_plan, note);
    } catch (const Error& e) {
        m_banner->showMessage(
            tr("The plan could not be saved. %1 Everything you wrote is still here.").arg(e.message()));
        return false;
    }
    m_saved = m_latest->plan;
    m_plan = m_saved;
    showPlan();
    m_banner->clearMessage();
    updateStatus();
    Q_EMIT saved();
    return true;
}

bool PlanEditor::maybeLeave() {
    if (!isDirty()) return true;
    const QMessageBox::StandardButton answer = DialogHooks::ask(
        this, tr("Unsaved changes"), tr("Some changes to your plan are not saved yet. Would you like to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) {
        m_plan = m_saved;
        showPlan();
        updateStatus();
        return true;
    }
    return false;
}

PlanVersion PlanEditor::printable() const {
    PlanVersion v;
    v.plan = plan().normalized();
    if (m_latest && !isDirty()) {
        v.savedAt = m_latest->savedAt;
        v.note = m_latest->note;
    }
    return v;
}

bool PlanEditor::savePdf(const QString& path) {
    try {
        QList<Helpline> helplines;
        if (m_settings) helplines = HelplineSettings(*m_settings).helplines(m_settings->region());
        PlanDocument(printable(), m_session.contacts().all(), helplines).writePdf(path);
        m_banner->showMessage(tr("The plan was saved as a PDF."), MessageBanner::Tone::Info);
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
}

bool PlanEditor::printPlan() {
    try {
        QList<Helpline> helplines;
        if (m_settings) helplines = HelplineSettings(*m_settings).helplines(m_settings->region());
        const PlanDocument document(printable(), m_session.contacts().all(), helplines);
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("My safety plan"));
        if (!DialogHooks::choosePrinter(printer, this)) return false;
        document.print(printer);
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
}

void PlanEditor::showHistory() {
    SafetyPlanStore plans = m_session.plan();
    HistoryDialog dialog(plans, this);
    connect(&dialog, &HistoryDialog::compareRequested, this, [this, &dialog](const QString& fromId) {
        dialog.accept();
        openWhatChanged(fromId);
    });
    dialog.exec();
}

PlanDiffView* PlanEditor::openWhatChanged(const QString& fromId) {
    auto* view = new PlanDiffView(m_session, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (!fromId.isEmpty()) view->select(fromId, view->toId());
    view->show();
    return view;
}

int PlanEditor::suggestItems(PlanSection section, const QStringList& items) {
    syncFromEditor();
    QStringList& list = m_plan.items(section);
    int added = 0;
    for (const QString& item : items) {
        const QString text = item.trimmed();
        if (text.isEmpty() || list.contains(text, Qt::CaseInsensitive)) continue;
        list.append(text);
        ++added;
    }
    // The editor shows m_plan again first, so choosing the section does not copy old items back.
    showPlan();
    showSection(section);
    if (added > 0)
        m_banner->showMessage(tr("Some suggestions were added below what you had. Nothing is saved yet: keep what "
                                 "fits, remove what does not, then save your plan."),
                              MessageBanner::Tone::Info);
    updateStatus();
    return added;
}

void PlanEditor::present() {
    PresentationView view(plan().normalized(), this);
    view.setWindowState(view.windowState() | Qt::WindowMaximized);
    view.exec();
}

}  // namespace mooring
