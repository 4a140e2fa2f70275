// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/model/plan.h"

#include <algorithm>

namespace hw::core {

const Hall *Plan::hall(const std::string &id) const
{
    auto it = std::find_if(halls.begin(), halls.end(), [&](const Hall &h) { return h.id == id; });
    return it == halls.end() ? nullptr : &*it;
}

Hall *Plan::hall(const std::string &id)
{
    return const_cast<Hall *>(static_cast<const Plan *>(this)->hall(id));
}

const Tenant *Plan::tenant(const std::string &id) const
{
    auto it = std::find_if(tenants.begin(), tenants.end(), [&](const Tenant &t) { return t.id == id; });
    return it == tenants.end() ? nullptr : &*it;
}

} // namespace hw::core
