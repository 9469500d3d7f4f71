#pragma once

#include <QList>
#include <QString>

namespace mooring::test {

// The rows and columns of the fault matrix (FaultMatrixTest.cpp).
enum class Operation { Open, SaveEntry, SavePlan, Backup, CliBackup, Passwd, Import, Restore };
enum class Fault {
    WrongPassphrase,
    DamagedKeyFile,
    DamagedDatabase,     // page 1: found as the profile opens
    DamagedJournalPage,  // a later page (the journal's): found when something reads it
    MissingKeyFile,
    MissingDatabase,
    EmptyDatabase,  // 0 bytes: never taken for a new profile
    ReadOnlyFolder,
    DiskFull,
    OpenElsewhere,
};

QList<Operation> allOperations();
QList<Fault> allFaults();
QString nameOf(Operation operation);
QString nameOf(Fault fault);
bool applies(Operation operation, Fault fault);

struct FaultResult {
    bool failedAsExpected = false;  // the kind of error (or CLI exit status) the fault calls for
    bool messageIsClear = false;    // plain words, nothing technical
    bool dataKept = false;          // every record from before is still there
    QString message;                // what the person is told
    QString detail;                 // for the test log
};

// Whether the operation meets the fault at all: a damaged journal page is met only by what
// reads the journal; saving a plan version or changing the passphrase rightly goes on.
// Restore is what repairs damaged and missing files, so it meets only the others.
// A fresh profile with a few entries and a plan version, the fault, the operation, and the
// checks afterwards.
FaultResult runFaultCase(Operation operation, Fault fault);

}  // namespace mooring::test
