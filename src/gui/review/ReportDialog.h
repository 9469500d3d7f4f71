#pragma once

#include "exchange/PrintableReport.h"
#include "printing/RangeReportDocument.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTimer;

namespace mooring {

class MessageBanner;
class ProfileSession;

// "Report for my next session": the person picks the days (since the last report saved or
// printed, else the last four weeks; up to a year) and the parts, sees the pages as they will be printed, then saves a
// PDF or prints. The range's figures are read through the session when the days change; their own words stay out unless
// they tick them.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(ProfileSession& session, QWidget* parent = nullptr);
    ~ReportDialog() override;

    ReportRange range() const;
    ReportPrintChoices choices() const;
    void setRange(const ReportRange& range);
    // The message under the dates (a backwards or too long range, a file that could not be
    // written, or that the PDF was saved), empty when there is none.
    QString message() const;
    // Each returns false, with a message, when the range cannot be made into a report or
    // the file or printer failed; nothing is written then.
    bool savePdf();
    bool savePdf(const QString& path);
    bool print();
    // Reads the range again now (normally a moment after the last change), for tests.
    void refreshNow();
    int previewPages() const;

private:
    QWidget* buildChoices();
    bool checkRange();
    // The days the dialog starts with: since the last report made, else four weeks.
    ReportRange startingRange();
    // Remembers the range's last day once a report is saved or printed.
    void rememberMade();
    void paintPreview(QPrinter* printer);

    ProfileSession& m_session;
    Qt::DayOfWeek m_firstDay;
    PrintableReport m_content;
    ReportRange m_fetched;  // the range m_content holds
    QTimer* m_refresh = nullptr;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MessageBanner* m_message = nullptr;
    QCheckBox* m_atAGlance = nullptr;
    QCheckBox* m_hours = nullptr;
    QCheckBox* m_helped = nullptr;
    QCheckBox* m_plan = nullptr;
    QCheckBox* m_notes = nullptr;
    QCheckBox* m_setbacks = nullptr;
    QCheckBox* m_setbackReflections = nullptr;
    QCheckBox* m_entries = nullptr;
    QCheckBox* m_checkIns = nullptr;
    QCheckBox* m_planChanges = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
};

}  // namespace mooring
