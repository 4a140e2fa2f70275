// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/phase_filter.h"

#include <algorithm>

namespace hw::ui {

std::vector<std::string> phasesInBuildOrder(const core::Plan &plan)
{
    // The order of core::phaseTimeline(): dated phases by date, undated last, stable.
    std::vector<const core::Phase *> order;
    for (const core::Phase &p : plan.phases)
        order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const core::Phase *a, const core::Phase *b) {
        if (a->date.empty() != b->date.empty()) return b->date.empty();
        return a->date < b->date;
    });
    std::vector<std::string> ids;
    for (const core::Phase *p : order)
        ids.push_back(p->id);
    return ids;
}

PhaseSelection phaseSelection(const core::Plan &plan, const PhaseFilter &filter)
{
    PhaseSelection s;
    const std::vector<std::string> order = phasesInBuildOrder(plan);
    const auto at = std::find(order.begin(), order.end(), filter.phase);
    if (!filter.active() || at == order.end()) {
        s.phases = order;
        s.withoutPhase = true;
        return s;
    }
    if (filter.mode == PhaseFilter::Mode::Only) {
        s.phases = {filter.phase};
        s.withoutPhase = false;
    } else {
        s.phases.assign(order.begin(), at + 1);
        s.withoutPhase = true;
    }
    return s;
}

} // namespace hw::ui
