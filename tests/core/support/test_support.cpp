// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "support/test_support.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace hw::test {

namespace fs = std::filesystem;

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::vector<std::string> planFixtures()
{
    std::vector<std::string> files;
    for (const char *dir : {HW_TEST_DATA_DIR, HW_SAMPLES_DIR}) {
        for (const auto &entry : fs::directory_iterator(dir)) {
            if (entry.is_regular_file() && entry.path().extension() == ".json")
                files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> folderEntries(const std::string &dir)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// --- a VFS whose disk fills up -----------------------------------------------------------------

namespace {

std::int64_t gBudget = -1;
std::int64_t gWritten = 0;

sqlite3_vfs *realVfs()
{
    return static_cast<sqlite3_vfs *>(sqlite3_vfs_find(nullptr));
}

/** Our file object; the real VFS's file object follows it in the same allocation. */
struct FailingFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FailingFile *>(f)->real;
}

int fileClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int fileRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int fileWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (gBudget >= 0 && gWritten + amount > gBudget) {
        const auto part = static_cast<int>(gBudget - gWritten);
        if (part > 0) real(f)->pMethods->xWrite(real(f), buf, part, offset);
        gWritten = gBudget;
        return SQLITE_FULL;
    }
    gWritten += amount;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fileSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fileLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int fileUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int fileCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fileSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fileDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

// Version 1: no shared memory and no memory mapping, so every write goes through fileWrite().
const sqlite3_io_methods kMethods = {1,
                                     fileClose,
                                     fileRead,
                                     fileWrite,
                                     fileTruncate,
                                     fileSync,
                                     fileSize,
                                     fileLock,
                                     fileUnlock,
                                     fileCheckReservedLock,
                                     fileControl,
                                     fileSectorSize,
                                     fileDeviceCharacteristics,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<FailingFile *>(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = realVfs()->xOpen(realVfs(), name, f->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    f->base.pMethods = f->real->pMethods ? &kMethods : nullptr;
    return rc;
}
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs()->xDelete(realVfs(), name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs()->xAccess(realVfs(), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return realVfs()->xFullPathname(realVfs(), name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs()->xDlOpen(realVfs(), name);
}
void vfsDlError(sqlite3_vfs *, int n, char *out)
{
    realVfs()->xDlError(realVfs(), n, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs()->xDlSym(realVfs(), handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    realVfs()->xDlClose(realVfs(), handle);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return realVfs()->xRandomness(realVfs(), n, out);
}
int vfsSleep(sqlite3_vfs *, int micros)
{
    return realVfs()->xSleep(realVfs(), micros);
}
int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return realVfs()->xCurrentTime(realVfs(), out);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *out)
{
    return realVfs()->xGetLastError(realVfs(), n, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return realVfs()->xCurrentTimeInt64(realVfs(), out);
}

sqlite3_vfs makeVfs()
{
    sqlite3_vfs v{};
    v.iVersion = 2;
    v.szOsFile = static_cast<int>(sizeof(FailingFile)) + realVfs()->szOsFile;
    v.mxPathname = realVfs()->mxPathname;
    v.zName = "hw-test-disk-full";
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = vfsDlOpen;
    v.xDlError = vfsDlError;
    v.xDlSym = vfsDlSym;
    v.xDlClose = vfsDlClose;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = vfsGetLastError;
    v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return v;
}

} // namespace

const char *failingVfsName()
{
    static sqlite3_vfs vfs = makeVfs();
    static const bool registered = sqlite3_vfs_register(&vfs, /*makeDflt=*/0) == SQLITE_OK;
    if (!registered) throw std::runtime_error("cannot register the failing SQLite VFS");
    return vfs.zName;
}

void setFailingVfsBudget(std::int64_t bytes)
{
    gBudget = bytes;
    gWritten = 0;
}

std::int64_t failingVfsBytesWritten()
{
    return gWritten;
}

} // namespace hw::test
