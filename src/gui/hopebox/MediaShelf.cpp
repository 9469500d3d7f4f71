#include "gui/hopebox/MediaShelf.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/MessageBanner.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/hopebox/MediaIntake.h"
#include "gui/hopebox/MediaShelfModel.h"
#include "gui/hopebox/MediumActions.h"
#include "gui/hopebox/ThumbnailMender.h"
#include "gui/hopebox/VoiceNoteDialog.h"
#include "session/ProfileSession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QPushButton* makeButton(const QString& text, const QString& name, const QString& objectName, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(name);
    b->setObjectName(objectName);
    return b;
}

}  // namespace

MediaShelf::MediaShelf(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new MediaShelfModel(this)),
      m_intake(new MediaIntake(session, this)),
      m_actions(new MediumActions(session, this)),
      m_mender(new ThumbnailMender(session, this)),
      m_intro(new QLabel(this)),
      m_privacyNote(new QLabel(tr("Place and camera details are taken out of every photo before it is kept."), this)),
      m_busyBar(new QProgressBar(this)),
      m_busyText(new QLabel(this)),
      m_banner(new MessageBanner(this)),
      m_view(new QListView(this)),
      m_emptyNote(new QLabel(this)),
      m_notice(new LiveNotice(this)) {
    setObjectName(u"mediaShelf"_s);
    setAcceptDrops(true);
    m_intro->setObjectName(u"mediaShelfIntro"_s);
    m_intro->setWordWrap(true);
    Appearance::makeHeading(m_intro, 3);
    m_privacyNote->setObjectName(u"mediaPrivacyNote"_s);
    m_privacyNote->setWordWrap(true);
    m_busyBar->setObjectName(u"mediaBusy"_s);
    m_busyBar->setRange(0, 0);  // a calm moving bar: how long it takes is not known
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_busyText->setObjectName(u"mediaBusyText"_s);
    m_busyText->hide();
    m_emptyNote->setObjectName(u"mediaEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setText(
        tr("Nothing here yet. A photo of someone or somewhere that matters to you, a voice that "
           "calms you, or a song that carries you can be kept here."));

    m_view->setObjectName(u"mediaList"_s);
    m_view->setAccessibleName(tr("Photos and sounds"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWrapping(true);
    m_view->setUniformItemSizes(true);  // 200 photos are laid out without asking each
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    buildButtons();

    auto* adds = new crisis::FlowLayout(nullptr, 8);
    for (QPushButton* b : {m_addPhoto, m_addSound, m_record}) adds->addWidget(b);
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_busyText);
    busy->addWidget(m_busyBar, 1);
    auto* items = new crisis::FlowLayout(nullptr, 8);
    for (QPushButton* b : {m_caption, m_turn, m_play, m_remove, m_undoButton}) items->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addLayout(adds);
    layout->addWidget(m_privacyNote);
    layout->addLayout(busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_view, 1);
    layout->addLayout(items);
    layout->addWidget(m_notice);
    const QList<QWidget*> chain{m_addPhoto, m_addSound, m_record, m_view,      m_caption,
                                m_turn,     m_play,     m_remove, m_undoButton};
    for (qsizetype i = 1; i < chain.size(); ++i) setTabOrder(chain.at(i - 1), chain.at(i));
    Appearance::makeLargeTargets(this);
    updateSizes();

    auto* undoKey = new QShortcut(QKeySequence::Undo, this, this, &MediaShelf::undo);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_view, &QListView::customContextMenuRequested, this, [this] { openMenu(); });
    connect(m_view, &QListView::doubleClicked, this, [this] { openMenu(); });
    connect(m_actions->undoStack(), &QUndoStack::indexChanged, this, &MediaShelf::updateButtons);
    connect(m_intake, &MediaIntake::busyChanged, this, [this](bool on, const QString& what) {
        m_busyText->setText(what);
        m_busyText->setVisible(on);
        m_busyBar->setVisible(on);
        if (on) say(what);
        updateButtons();
    });
    connect(m_intake, &MediaIntake::refused, this, [this](const QString& message) { say(message, true); });
    connect(m_intake, &MediaIntake::added, this, &MediaShelf::added);
    connect(m_actions, &MediumActions::said, this, [this](const QString& said, bool problem) {
        say(said, problem);
        updateButtons();
    });
    connect(m_actions, &MediumActions::changed, this, [this](const QString& id) {
        reload();  // the session's signal comes later, from the event loop
        if (!id.isEmpty()) selectId(id);
    });
    connect(m_actions, &MediumActions::captionClosed, this, &MediaShelf::focusShelf);
    connect(&session, &ProfileSession::mediaChanged, this, &MediaShelf::reload);
    connect(&session, &ProfileSession::importDone, this, &MediaShelf::reload);
}

MediaShelf::~MediaShelf() {
    m_actions->undoStack()->disconnect(this);  // the stack clears itself after this object is half gone
}

void MediaShelf::buildButtons() {
    m_addPhoto = makeButton(tr("Add a &photo\u2026"), tr("Add a photo"), u"addPhoto"_s, this);
    m_addPhoto->setToolTip(tr("A JPEG or PNG picture. You can also drop one here."));
    m_addSound = makeButton(tr("Add a so&und file\u2026"), tr("Add a sound file"), u"addSound"_s, this);
    m_addSound->setToolTip(tr("An Opus or WAV sound file, up to 25 MB."));
    m_record = makeButton(tr("&Record a voice note\u2026"), tr("Record a voice note"), u"recordVoice"_s, this);
    m_caption = makeButton(tr("C&aption\u2026"), tr("Change the caption"), u"mediumCaption"_s, this);
    m_caption->setToolTip(tr("F2"));
    m_turn = makeButton(tr("Tur&n"), tr("Turn the photo clockwise"), u"mediumTurn"_s, this);
    m_play = makeButton(tr("P&lay"), tr("Play"), u"mediumPlay"_s, this);
    m_remove = makeButton(tr("Re&move"), tr("Remove"), u"mediumRemove"_s, this);
    m_remove->setToolTip(tr("Delete"));
    m_undoButton = makeButton(tr("Put &back"), tr("Put back what was removed"), u"mediumUndo"_s, this);
    m_undoButton->setToolTip(tr("Ctrl+Z"));
    connect(m_addPhoto, &QPushButton::clicked, this, &MediaShelf::choosePhoto);
    connect(m_addSound, &QPushButton::clicked, this, &MediaShelf::chooseSound);
    connect(m_record, &QPushButton::clicked, this, &MediaShelf::recordVoiceNote);
    connect(m_caption, &QPushButton::clicked, this, &MediaShelf::editCaption);
    connect(m_turn, &QPushButton::clicked, this, &MediaShelf::turnPhoto);
    connect(m_play, &QPushButton::clicked, this, &MediaShelf::togglePlay);
    connect(m_remove, &QPushButton::clicked, this, &MediaShelf::removeCurrent);
    connect(m_undoButton, &QPushButton::clicked, this, &MediaShelf::undo);
}

void MediaShelf::setPlace(const MediaPlace& place) {
    const bool other = !(place == m_place);
    m_place = place;
    m_intake->setPlace(place);
    m_intro->setText(place.isReasonsForLiving() ? tr("Photos and sounds of what matters to me")
                                                : tr("Photos and sounds kept with this idea"));
    if (other) {
        m_actions->forget();
        m_banner->clearMessage();
    }
    reload();
}

void MediaShelf::reload() {
    const QString keep = currentId();
    try {
        m_model->setMedia(m_session.media().list(m_place));
    } catch (const Error& e) {
        m_model->setMedia({});
        m_banner->showMessage(e.message());
    }
    // An empty box shows its invitation instead of an empty frame (a drop still lands).
    m_emptyNote->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
    QStringList unthumbed;
    for (const MediaStore::Listed& listed : m_model->media())
        if (listed.medium.kind == MediumKind::Photo && listed.thumbnail.isEmpty()) unthumbed << listed.medium.id;
    if (!unthumbed.isEmpty()) m_mender->mend(unthumbed);
    selectId(keep);
}

void MediaShelf::updateSizes() {
    // Thumbnails grow with the text size, so captions and pictures keep their proportion.
    const int side = std::max(96, fontMetrics().lineSpacing() * 7);
    m_view->setIconSize(QSize(side, side));
    m_model->setIconSize(QSize(side, side));
    const int lines = fontMetrics().lineSpacing() * 2;
    m_view->setGridSize(QSize(side + 24, side + lines + 16));
    m_view->setMinimumHeight(side + lines + 40);
    m_privacyNote->setVisible(true);
}

void MediaShelf::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateSizes();
}

QString MediaShelf::currentId() const { return m_view->currentIndex().data(MediaShelfModel::IdRole).toString(); }

const Medium* MediaShelf::current() const { return m_model->medium(m_view->currentIndex().row()); }

void MediaShelf::selectId(const QString& id) {
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->rowCount() > 0) row = std::clamp(m_view->currentIndex().row(), 0, m_model->rowCount() - 1);
    if (row >= 0) m_view->setCurrentIndex(m_model->index(row));
    updateButtons();
}

void MediaShelf::focusShelf() { (m_view->isVisible() ? static_cast<QWidget*>(m_view) : m_addPhoto)->setFocus(); }

bool MediaShelf::isBusy() const { return m_intake->isBusy(); }

QString MediaShelf::lastSaid() const { return m_notice->lastSaid(); }

QString MediaShelf::bannerText() const { return m_banner->isVisible() ? m_banner->text() : QString(); }

void MediaShelf::updateButtons() {
    const Medium* m = current();
    const bool busy = m_intake->isBusy();
    for (QPushButton* b : {m_addPhoto, m_addSound, m_record}) b->setEnabled(!busy);
    // Nothing in the box: only the ways to add something, no grey buttons under it.
    const bool any = m_model->rowCount() > 0;
    m_caption->setVisible(any);
    m_remove->setVisible(any);
    m_caption->setEnabled(m != nullptr);
    m_turn->setVisible(any && (!m || m->kind == MediumKind::Photo));
    m_turn->setEnabled(m && !busy);
    m_play->setVisible(m && m->kind != MediumKind::Photo);
    const bool playing = m && m_actions->playingId() == m->id;
    m_play->setText(playing ? tr("St&op") : tr("P&lay"));
    m_play->setAccessibleName(playing ? tr("Stop") : tr("Play"));
    m_remove->setEnabled(m != nullptr);
    m_undoButton->setVisible(m_actions->undoStack()->canUndo());
}

void MediaShelf::say(const QString& words, bool problem) {
    if (problem)
        m_banner->showMessage(words);
    else
        m_banner->clearMessage();
    m_notice->say(words);
}

bool MediaShelf::addFile(const QString& path) { return m_intake->addFile(path, MediaIntake::Expect::Either); }

bool MediaShelf::addPhotoBytes(const QByteArray& bytes) { return m_intake->addPhoto(bytes); }

bool MediaShelf::addSoundBytes(const QByteArray& bytes, const QString& caption) {
    return m_intake->addSound(bytes, caption);
}

void MediaShelf::choosePhoto() {
    const QString path = DialogHooks::openFileName(this, tr("Add a photo"),
                                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                   tr("Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (!path.isEmpty()) m_intake->addFile(path, MediaIntake::Expect::Photo);
}

void MediaShelf::chooseSound() {
    const QString path = DialogHooks::openFileName(this, tr("Add a sound file"),
                                                   QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
                                                   tr("Sound files (*.opus *.ogg *.wav *.OPUS *.OGG *.WAV);;"
                                                      "All files (*)"));
    if (!path.isEmpty()) m_intake->addFile(path, MediaIntake::Expect::Sound);
}

void MediaShelf::recordVoiceNote() {
    auto* dialog = new VoiceNoteDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_intake->addRecording(dialog->recording(), dialog->caption()); });
    connect(dialog, &QDialog::finished, this, &MediaShelf::focusShelf);
    dialog->open();
}

void MediaShelf::added(const Medium& medium, bool ask) {
    reload();  // the session's signal comes later, from the event loop
    selectId(medium.id);
    const QString kept[] = {tr("The photo is kept."), tr("Your voice note is kept."), tr("The sound is kept.")};
    say(kept[int(medium.kind)]);
    if (ask) m_actions->askCaption(medium.id, true);
}

void MediaShelf::editCaption() {
    if (const Medium* m = current()) m_actions->askCaption(m->id, false);
}

void MediaShelf::turnPhoto() {
    const Medium* m = current();
    if (m && m->kind == MediumKind::Photo) m_actions->turn(m->id);
}

void MediaShelf::togglePlay() {
    if (const Medium* m = current()) m_actions->togglePlay(*m);
}

void MediaShelf::removeCurrent() {
    if (const Medium* m = current()) m_actions->remove(*m);
    focusShelf();
}

void MediaShelf::undo() { m_actions->undo(); }

QUndoStack* MediaShelf::undoStack() const { return m_actions->undoStack(); }

QMenu* MediaShelf::openMenu() {
    const Medium* m = current();
    if (!m) return nullptr;
    if (m_menu) return m_menu;
    auto* menu = new QMenu(this);
    m_menu = menu;
    menu->setObjectName(u"mediumMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(MediaShelfModel::accessibleName(*m));
    menu->addAction(tr("C&aption\u2026"), this, &MediaShelf::editCaption);
    if (m->kind == MediumKind::Photo) menu->addAction(tr("Tur&n clockwise"), this, &MediaShelf::turnPhoto);
    if (m->kind != MediumKind::Photo)
        menu->addAction(m_actions->playingId() == m->id ? tr("St&op") : tr("P&lay"), this, &MediaShelf::togglePlay);
    menu->addAction(tr("Re&move"), this, &MediaShelf::removeCurrent);
    const QRect item = m_view->visualRect(m_view->currentIndex());
    menu->popup(m_view->viewport()->mapToGlobal(item.center()));
    return menu;
}

bool MediaShelf::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter opens the item's choices here, never the page's main button around the shelf.
        if ((enter && mods == Qt::NoModifier) || (key->key() == Qt::Key_F10 && mods == Qt::ShiftModifier) ||
            key->key() == Qt::Key_Menu) {
            openMenu();
            return true;
        }
        if (key->key() == Qt::Key_F2 && mods == Qt::NoModifier) {
            editCaption();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Space && mods == Qt::NoModifier && current() &&
            current()->kind != MediumKind::Photo) {
            togglePlay();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::FocusIn) updateButtons();
    return QWidget::eventFilter(watched, event);
}

void MediaShelf::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_intake->isBusy() && !urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MediaShelf::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    // One at a time: each is captioned before the next (more than one are dropped one by one).
    if (urls.size() > 1) say(tr("One file at a time, please: the first one is being added."));
    addFile(urls.first().toLocalFile());
}

}  // namespace mooring
