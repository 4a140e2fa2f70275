// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The child process of test_crash_safe_save: saves two versions of a plan over and over, in turn,
// through the very function the program uses, until the test kills it with SIGKILL.
//
//   hw_save_loop hallplan|json TARGET A.json B.json   writePlanFile(), what Save and convert do
//   hw_save_loop recovery DIR A.json B.json           RecoveryStore::save(), the GUI's autosave
//
// It prints "ready PATH" once the first save of A is complete (PATH: the file it keeps saving),
// then saves B, A, B, ... without end.
#include "core/io/plan_files.h"
#include "core/model/plan.h"

#ifdef HW_WITH_RECOVERY
#include "ui/services/recovery_store.h"

#include <QFile>
#include <QString>
#endif

#include <cstdio>
#include <cstring>
#include <string>

using namespace hw::core;

namespace {

Plan load(const char *path)
{
    auto plan = readPlanFile(path);
    if (!plan) {
        std::fprintf(stderr, "hw_save_loop: %s\n", plan.error().toString().c_str());
        std::exit(2);
    }
    return std::move(plan).value();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: hw_save_loop hallplan|json|recovery TARGET A.json B.json\n");
        return 2;
    }
    const std::string mode = argv[1];
    const std::string target = argv[2];
    const Plan versions[2] = {load(argv[3]), load(argv[4])};

#ifdef HW_WITH_RECOVERY
    hw::ui::RecoveryStore store;
    if (mode == "recovery") hw::ui::RecoveryStore::setDirectory(QString::fromStdString(target));
#endif
    std::string path = target;
    for (unsigned long n = 0;; ++n) {
        const Plan &plan = versions[n % 2];
        Status s = Done{};
        if (mode == "hallplan" || mode == "json") {
            s = writePlanFile(plan, target);
#ifdef HW_WITH_RECOVERY
        } else if (mode == "recovery") {
            s = store.save(plan, QStringLiteral("/plans/original.hallplan"));
            path = QFile::encodeName(store.planFile()).toStdString();
#endif
        } else {
            std::fprintf(stderr, "hw_save_loop: unknown mode %s\n", mode.c_str());
            return 2;
        }
        if (!s) {
            std::fprintf(stderr, "hw_save_loop: save %lu failed: %s\n", n,
                         s.error().toString().c_str());
            return 1;
        }
        if (n == 0) {
            std::printf("ready %s\n", path.c_str());
            std::fflush(stdout);
        }
    }
}
