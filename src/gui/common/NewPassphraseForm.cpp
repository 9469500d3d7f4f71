#include "gui/common/NewPassphraseForm.h"

#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/PassphraseStrength.h"
#include "gui/common/SecretInput.h"
#include "gui/common/StrengthMeter.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mooring {

NewPassphraseForm::NewPassphraseForm(QWidget* parent)
    : QWidget(parent),
      m_firstLabel(new QLabel(tr("&Passphrase"), this)),
      m_first(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_meter(new StrengthMeter(this)),
      m_problem(new MessageBanner(this)) {
    m_first->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_problem->setObjectName(QStringLiteral("newPassphraseProblem"));
    for (QLineEdit* field : {m_first, m_confirm}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(320);
    }
    m_firstLabel->setBuddy(m_first);
    m_first->setAccessibleName(tr("Passphrase"));
    auto* confirmLabel = new QLabel(tr("T&ype it again"), this);
    confirmLabel->setBuddy(m_confirm);
    m_confirm->setAccessibleName(tr("Type the passphrase again"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_firstLabel);
    layout->addWidget(m_first);
    layout->addSpacing(4);
    layout->addWidget(m_meter);
    layout->addSpacing(10);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_problem);
    setTabOrder(m_first, m_confirm);
    FocusLanding::install(this, [this] { return m_first; });

    connect(m_first, &QLineEdit::textChanged, m_meter, &StrengthMeter::assess);
    m_first->installEventFilter(this);
}

bool NewPassphraseForm::eventFilter(QObject* watched, QEvent* event) {
    // Enter in the first field moves on to "Type it again" instead of submitting half a form.
    if (watched == m_first && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_confirm->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NewPassphraseForm::setFirstLabel(const QString& text) {
    m_firstLabel->setText(text);
    m_first->setAccessibleName(QString(text).remove(u'&'));
}

std::optional<SecureBuffer> NewPassphraseForm::take() {
    m_problem->clearMessage();
    QString first = m_first->text();
    QString second = m_confirm->text();
    const qsizetype length = first.size();
    const bool same = first == second;
    wipeString(first);
    wipeString(second);
    if (length == 0) {
        showProblem(tr("Please choose a passphrase first."));
        m_first->setFocus();
        return std::nullopt;
    }
    if (length < PassphraseStrength::kMinimumLength) {
        showProblem(tr("Please use at least %1 characters. A short sentence that means something to you "
                       "is easy to remember.")
                        .arg(PassphraseStrength::kMinimumLength));
        m_first->setFocus();
        return std::nullopt;
    }
    if (!same) {
        showProblem(tr("The two don't match yet. Please type it again in the second field."));
        m_confirm->setText(QString());
        m_confirm->setFocus();
        return std::nullopt;
    }
    SecureBuffer passphrase = takeSecret(*m_first);
    m_confirm->setText(QString());
    return passphrase;
}

void NewPassphraseForm::clear() {
    m_first->setText(QString());
    m_confirm->setText(QString());
    m_problem->clearMessage();
}

void NewPassphraseForm::setBusy(bool busy) {
    m_first->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
}

void NewPassphraseForm::showProblem(const QString& text) { m_problem->showMessage(text); }

}  // namespace mooring
