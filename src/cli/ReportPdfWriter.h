#pragma once

#include "exchange/PrintableReport.h"
#include "exchange/ReportPrintChoices.h"

#include <QDate>
#include <QString>

#include <functional>

namespace mooring::cli {

// Draws the report for the next session as a PDF at `path` (owner-only, replaced whole or not
// at all); throws Error. Drawing needs Qt's painting modules, which mooring-cli never loads
// (docs/architecture.md), so the cli layer only declares it: mooring-cli-pdf (src/app/)
// registers printing's RangeReportDocument here before it runs the commands. Without one,
// `report --pdf` hands over to that program (PdfCompanion).
using ReportPdfWriter = std::function<void(const PrintableReport& content, const ReportPrintChoices& choices,
                                           const QDate& madeOn, const QString& path)>;

// Called once at start, before any command runs.
void registerReportPdfWriter(ReportPdfWriter writer);
// Empty when none was registered.
const ReportPdfWriter& reportPdfWriter();

}  // namespace mooring::cli
