#pragma once

#include "domain/Contact.h"
#include "domain/Helpline.h"
#include "domain/SafetyPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace mooring {

// The printed safety plan: a calm one- or two-page document with the plan's sections,
// the person's contacts with their numbers, the region's helplines, and the version's
// date and note. Small enough to fold into a wallet or pin up.
class PlanDocument {
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
public:
    PlanDocument(PlanVersion version, QList<Contact> contacts, QList<Helpline> helplines);

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    void print(QPrinter& printer) const;
    // Writes a PDF to path; throws Error(CannotWrite) when the file cannot be written.
    void writePdf(const QString& path) const;

private:
    PlanVersion m_version;
    QList<Contact> m_contacts;
    QList<Helpline> m_helplines;
};

}  // namespace mooring
