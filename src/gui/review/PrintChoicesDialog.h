#pragma once

#include "printing/ReviewDocument.h"

#include <QDialog>

class QCheckBox;

namespace mooring {

// "What goes on paper?" before printing the week or saving it as a PDF. The figures are
// ticked; the person's own words about each moment are not, unless they tick them.
class PrintChoicesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Output { Print, Pdf };

    explicit PrintChoicesDialog(QWidget* parent = nullptr);

    ReviewPrintChoices choices() const;
    void setChoices(const ReviewPrintChoices& choices);

Q_SIGNALS:
    void chosen(mooring::PrintChoicesDialog::Output output, const mooring::ReviewPrintChoices& choices);

private:
    QCheckBox* m_figures;
    QCheckBox* m_names;
    QCheckBox* m_ideas;
    QCheckBox* m_diary;
    QCheckBox* m_reflection;
    QCheckBox* m_entries;
    QCheckBox* m_setbacks;
};

}  // namespace mooring
