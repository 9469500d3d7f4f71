#include "storage/SqlCipher.h"

#include "domain/Error.h"
#include "storage/CryptoSelfTest.h"

#include <dlfcn.h>

namespace mooring {

namespace {

// The soname Debian's libsqlcipher0 installs; the library stays loaded for the whole process.
constexpr const char* kSoname = "libsqlcipher.so.0";

// The function `name` with the type of `Function`, or null when the library lacks it.
template <typename Function>
Function find(void* library, const char* name, bool& complete) {
    auto* found = reinterpret_cast<Function>(dlsym(library, name));
    if (!found) complete = false;
    return found;
}

#define MOORING_SQLITE(name) find<decltype(&sqlite3_##name)>(library, "sqlite3_" #name, complete)

SqlCipher load() {
    void* library = dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
    if (!library) throw Error(Error::Kind::Damaged, CryptoSelfTest::refusal());
    bool complete = true;
    SqlCipher api{
        MOORING_SQLITE(open_v2),
        MOORING_SQLITE(open),
        MOORING_SQLITE(close),
        MOORING_SQLITE(close_v2),
        MOORING_SQLITE(key),
        MOORING_SQLITE(exec),
        MOORING_SQLITE(free),
        MOORING_SQLITE(sleep),
        MOORING_SQLITE(threadsafe),
        MOORING_SQLITE(errmsg),
        MOORING_SQLITE(errcode),
        MOORING_SQLITE(extended_errcode),
        MOORING_SQLITE(extended_result_codes),
        MOORING_SQLITE(changes),
        MOORING_SQLITE(last_insert_rowid),
        MOORING_SQLITE(get_autocommit),
        MOORING_SQLITE(update_hook),
        MOORING_SQLITE(commit_hook),
        MOORING_SQLITE(rollback_hook),
        MOORING_SQLITE(prepare_v2),
        MOORING_SQLITE(step),
        MOORING_SQLITE(reset),
        MOORING_SQLITE(finalize),
        MOORING_SQLITE(bind_blob),
        MOORING_SQLITE(bind_double),
        MOORING_SQLITE(bind_int64),
        MOORING_SQLITE(bind_null),
        MOORING_SQLITE(bind_text),
        MOORING_SQLITE(column_blob),
        MOORING_SQLITE(column_bytes),
        MOORING_SQLITE(column_double),
        MOORING_SQLITE(column_int),
        MOORING_SQLITE(column_int64),
        MOORING_SQLITE(column_text),
        MOORING_SQLITE(column_type),
        MOORING_SQLITE(backup_init),
        MOORING_SQLITE(backup_step),
        MOORING_SQLITE(backup_finish),
    };
    if (!complete || !CryptoSelfTest::isSqlCipher(api)) throw Error(Error::Kind::Damaged, CryptoSelfTest::refusal());
    return api;
}

#undef MOORING_SQLITE

}  // namespace

const SqlCipher& SqlCipher::get() {
    // A throw leaves it unmade; the next call tries again and says the same.
    static const SqlCipher loaded = load();
    return loaded;
}

}  // namespace mooring
