// Fault matrix (docs/security.md): every fault a person's computer can throw at Mooring,
// for every operation that touches the profile. Each must end in one clear message of
// its own, and the data that was there before must still be there.
#include "FaultMatrix.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <iostream>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Fault matrix: each fault of each operation has its own clear message and keeps the data", "[fault]") {
    int faults = 0;
    int kept = 0;
    QMap<QString, QMap<QString, QString>> messagesByOperation;  // operation -> fault -> message
    for (const Operation operation : allOperations()) {
        for (const Fault fault : allFaults()) {
            if (!applies(operation, fault)) continue;
            const FaultResult result = runFaultCase(operation, fault);
            ++faults;
            INFO(nameOf(operation).toStdString() << " / " << nameOf(fault).toStdString() << ": "
                                                 << result.message.toStdString() << " " << result.detail.toStdString());
            CHECK(result.failedAsExpected);
            CHECK(result.messageIsClear);
            CHECK(result.dataKept);
            if (result.dataKept) ++kept;
            std::cout << "fault matrix: " << nameOf(operation).toStdString() << " / " << nameOf(fault).toStdString()
                      << " -> " << result.message.toStdString() << std::endl;
            messagesByOperation[nameOf(operation)][nameOf(fault)] = result.message;
        }
    }
    // Distinct: within one operation no two faults share a message, so the person is told
    // which of them happened. One pair is a single case in docs/cli.md ("could not
    // write (read-only, disk full)", exit 4), and storage cannot always tell them apart (a size
    // limit reads as a write error): their shared message must then name both causes.
    const QString readOnly = nameOf(Fault::ReadOnlyFolder);
    const QString diskFull = nameOf(Fault::DiskFull);
    int clashes = 0;
    int sharedWriteMessages = 0;
    for (auto op = messagesByOperation.cbegin(); op != messagesByOperation.cend(); ++op) {
        const QStringList faultNames = op.value().keys();
        for (qsizetype i = 0; i < faultNames.size(); ++i)
            for (qsizetype j = i + 1; j < faultNames.size(); ++j) {
                const QString& message = op.value().value(faultNames[i]);
                if (message != op.value().value(faultNames[j])) continue;
                const QStringList pair{faultNames[i], faultNames[j]};
                // The same damage in two places of one file: one message, which says so.
                if (pair.contains(nameOf(Fault::DamagedDatabase)) && pair.contains(nameOf(Fault::DamagedJournalPage))) {
                    CHECK(message.contains(u"damaged"_s));
                    continue;
                }
                if (pair.contains(readOnly) && pair.contains(diskFull)) {
                    ++sharedWriteMessages;
                    CHECK(message.contains(u"read-only"_s));
                    CHECK(message.contains(u"full"_s));
                    continue;
                }
                ++clashes;
                FAIL_CHECK(op.key().toStdString() << ": " << faultNames[i].toStdString() << " and "
                                                  << faultNames[j].toStdString() << " say the same");
            }
    }
    std::cout << "fault matrix: " << faults << " faults, data kept in " << kept << ", messages shared " << clashes
              << " (read-only and disk full share one naming both in " << sharedWriteMessages << " operations)"
              << std::endl;
    CHECK(clashes == 0);
    // 8 operations x 10 faults, less the 2 that never meet a damaged journal page and the 6
    // damaged or missing files that restore is there to repair (tests/cli/CliNothingLostTest).
    CHECK(faults >= 72);
}
