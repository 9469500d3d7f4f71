#include "cli/ReportPdfWriter.h"

namespace mooring::cli {

namespace {

ReportPdfWriter& registered() {
    static ReportPdfWriter writer;
    return writer;
}

}  // namespace

void registerReportPdfWriter(ReportPdfWriter writer) { registered() = std::move(writer); }

const ReportPdfWriter& reportPdfWriter() { return registered(); }

}  // namespace mooring::cli
