// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/plan_files.h"

#include "core/engine/plan_validator.h"
#include "core/io/json_plan_format.h"
#include "core/model/plan_limits.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hw::core {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string &path)
{
    std::string ext = fs::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

/** A unique temporary name in the target's folder, so rename() stays on one file system. */
std::string temporaryNameFor(const std::string &path)
{
    std::random_device rd;
    const fs::path target(path);
    const std::string base = target.filename().string();
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    return (dir / ("." + base + ".saving-" + std::to_string(::getpid()) + "-" +
                   std::to_string(rd() % 1000000)))
        .string();
}

std::string errnoText(int err)
{
    if (err == ENOSPC || err == EDQUOT) return "the disk is full";
    return std::strerror(err);
}

bool fsyncPath(const std::string &path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/**
 * Where a save really goes. Through a symbolic link, so that a plan opened through one (a synced
 * folder, a shared drive) is updated where it lives instead of the link being replaced by a copy.
 */
std::string saveTarget(const std::string &path)
{
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
        const fs::path real = fs::weakly_canonical(path, ec);
        if (!ec) return real.string();
    }
    return path;
}

/**
 * Moves a finished temporary file over `target` and makes the rename durable; messages name
 * `shown`, the path the user gave.
 */
Status commitTemporary(const std::string &tmp, const std::string &target, const std::string &shown)
{
    if (!fsyncPath(tmp, false)) {
        const int err = errno;
        std::remove(tmp.c_str());
        return Error(shown, "could not flush the new file to disk (" + errnoText(err) +
                                "); the old file is unchanged");
    }
    // Keep the permissions of the file being replaced.
    struct stat st
    {};
    if (::stat(target.c_str(), &st) == 0) ::chmod(tmp.c_str(), st.st_mode & 07777);
    if (std::rename(tmp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        std::remove(tmp.c_str());
        return Error(shown, "could not replace the file (" + errnoText(err) +
                                "); the old file is unchanged");
    }
    const fs::path dir =
        fs::path(target).has_parent_path() ? fs::path(target).parent_path() : fs::path(".");
    fsyncPath(dir.string(), true);
    return Done{};
}

} // namespace

std::optional<PlanFileFormat> planFormatForPath(const std::string &path)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".json") return PlanFileFormat::Json;
    if (ext == ".hallplan") return PlanFileFormat::Hallplan;
    return std::nullopt;
}

Result<std::string> readWholeFile(const std::string &path, std::size_t maxBytes)
{
    std::error_code ec;
    if (fs::is_directory(path, ec)) return Error(path, "is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error(path, std::string("cannot open: ") + std::strerror(errno));
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) return Error(path, "cannot read the file");
    if (static_cast<std::size_t>(size) > maxBytes)
        return Error(path, "the file is too large (" + std::to_string(size / (1024 * 1024)) +
                               " MiB; at most " + std::to_string(maxBytes / (1024 * 1024)) +
                               " MiB are read)");
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), size);
    if (!in) return Error(path, "cannot read the file");
    return bytes;
}

Result<Plan> readPlanFile(const std::string &path)
{
    const auto format = planFormatForPath(path);
    if (!format) return Error(path, "unknown file type; plans are .json or .hallplan files");
    std::error_code ec;
    if (!fs::exists(path, ec)) return Error(path, "no such file");
    if (*format == PlanFileFormat::Hallplan) return readHallplan(path);
    auto bytes = readWholeFile(path, kMaxPlanJsonBytes);
    if (!bytes) return bytes.error();
    auto plan = readPlanJson(*bytes);
    if (!plan) {
        // Text-level problems ("line 3, column 9") name the file too: a script that reads
        // several plans must see which one is broken. Model places (halls[0]...) stay as SPEC §2
        // writes them.
        Error error = plan.error();
        for (Problem &problem : error.problems) {
            if (problem.place.empty())
                problem.place = path;
            else if (problem.place.rfind("line ", 0) == 0)
                problem.place = path + ": " + problem.place;
        }
        return error;
    }
    return plan;
}

Result<Plan> loadPlan(const std::string &path, const Catalog &builtin)
{
    auto plan = readPlanFile(path);
    if (!plan) return plan;
    if (auto status = checkPlan(*plan, builtin); !status) return status.error();
    return plan;
}

Status writeFileAtomically(const std::string &path, const std::string &bytes)
{
    const std::string target = saveTarget(path);
    const std::string tmp = temporaryNameFor(target);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return Error(path, "cannot write the file (" + errnoText(errno) + ")");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            std::remove(tmp.c_str());
            return Error(path, "could not write the file (" + errnoText(err) +
                                   "); the old file is unchanged");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        const int err = errno;
        std::remove(tmp.c_str());
        return Error(path, "could not write the file (" + errnoText(err) +
                               "); the old file is unchanged");
    }
    return commitTemporary(tmp, target, path);
}

Status writePlanFile(const Plan &plan, const std::string &path, const WriteOptions &options)
{
    const auto format = planFormatForPath(path);
    if (!format) return Error(path, "unknown file type; plans are saved as .json or .hallplan");
    if (*format == PlanFileFormat::Json) return writeFileAtomically(path, writePlanJson(plan));

    const std::string target = saveTarget(path);
    // SQLite would say "unable to open database file": name the real cause.
    std::error_code ec;
    const fs::path folder = fs::path(target).parent_path();
    if (!folder.empty() && !fs::is_directory(folder, ec))
        return Error(path,
                     "cannot write the file (the folder " + folder.string() + " does not exist)");
    const bool existed = fs::exists(target, ec);
    const std::string tmp = temporaryNameFor(target);
    auto status = writeHallplan(plan, tmp, HallplanWriteOptions{options.vfs});
    if (!status) {
        std::remove(tmp.c_str());
        Error e = status.error();
        for (auto &p : e.problems) {
            if (p.place == tmp) p.place = path;
            // Messages from the writer name the temporary file; the user knows the target.
            for (std::size_t at; (at = p.message.find(tmp)) != std::string::npos;)
                p.message.replace(at, tmp.size(), path);
        }
        if (existed) e.problems.push_back({path, "the old file is unchanged"});
        return e;
    }
    return commitTemporary(tmp, target, path);
}

} // namespace hw::core
