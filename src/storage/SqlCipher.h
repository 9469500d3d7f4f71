#pragma once

#include <sqlite3.h>

namespace mooring {

// SQLCipher's functions, opened the first time a database is, instead of linked: the library
// and OpenSSL's libcrypto it brings would cost every start about 1.5 ms before the first
// window, and the lock screen and "I need help now" open no database. Each pointer has the
// type the installed header declares, so the compiler still checks every call.
struct SqlCipher {
    decltype(&sqlite3_open_v2) open_v2;
    decltype(&sqlite3_open) open;
    decltype(&sqlite3_close) close;
    decltype(&sqlite3_close_v2) close_v2;
    decltype(&sqlite3_key) key;
    decltype(&sqlite3_exec) exec;
    decltype(&sqlite3_free) free;
    decltype(&sqlite3_sleep) sleep;
    decltype(&sqlite3_threadsafe) threadsafe;
    decltype(&sqlite3_errmsg) errmsg;
    decltype(&sqlite3_errcode) errcode;
    decltype(&sqlite3_extended_errcode) extended_errcode;
    decltype(&sqlite3_extended_result_codes) extended_result_codes;
    decltype(&sqlite3_changes) changes;
    decltype(&sqlite3_last_insert_rowid) last_insert_rowid;
    decltype(&sqlite3_get_autocommit) get_autocommit;
    decltype(&sqlite3_update_hook) update_hook;
    decltype(&sqlite3_commit_hook) commit_hook;
    decltype(&sqlite3_rollback_hook) rollback_hook;
    decltype(&sqlite3_prepare_v2) prepare_v2;
    decltype(&sqlite3_step) step;
    decltype(&sqlite3_reset) reset;
    decltype(&sqlite3_finalize) finalize;
    decltype(&sqlite3_bind_blob) bind_blob;
    decltype(&sqlite3_bind_double) bind_double;
    decltype(&sqlite3_bind_int64) bind_int64;
    decltype(&sqlite3_bind_null) bind_null;
    decltype(&sqlite3_bind_text) bind_text;
    decltype(&sqlite3_column_blob) column_blob;
    decltype(&sqlite3_column_bytes) column_bytes;
    decltype(&sqlite3_column_double) column_double;
    decltype(&sqlite3_column_int) column_int;
    decltype(&sqlite3_column_int64) column_int64;
    decltype(&sqlite3_column_text) column_text;
    decltype(&sqlite3_column_type) column_type;
    decltype(&sqlite3_backup_init) backup_init;
    decltype(&sqlite3_backup_step) backup_step;
    decltype(&sqlite3_backup_finish) backup_finish;

    // Opened once per process and checked before first use: it must be SQLCipher, not plain
    // SQLite (CryptoSelfTest). Throws Error(Damaged), with the self-test's words, when the
    // library or one of its functions is missing or the check does not pass.
    static const SqlCipher& get();
};

inline const SqlCipher& sqlcipher() { return SqlCipher::get(); }

}  // namespace mooring
