// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/model/catalog.h"

#include <algorithm>

namespace hw::core {

namespace {

template<class T>
const T *findById(const std::vector<T> &items, const std::string &id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T &t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template<class T>
void mergeInto(std::vector<T> &base, const std::vector<T> &overrides)
{
    for (const T &o : overrides) {
        auto it = std::find_if(base.begin(), base.end(), [&](const T &t) { return t.id == o.id; });
        if (it == base.end())
            base.push_back(o);
        else
            *it = o;
    }
}

} // namespace

const RackType *Catalog::rackType(const std::string &id) const { return findById(rackTypes, id); }
const CduType *Catalog::cduType(const std::string &id) const { return findById(cduTypes, id); }
const FeedType *Catalog::feedType(const std::string &id) const { return findById(feedTypes, id); }
const Coolant *Catalog::coolant(const std::string &id) const { return findById(coolants, id); }

Catalog Catalog::mergedWith(const Catalog &overrides) const
{
    Catalog merged = *this;
    mergeInto(merged.rackTypes, overrides.rackTypes);
    mergeInto(merged.cduTypes, overrides.cduTypes);
    mergeInto(merged.feedTypes, overrides.feedTypes);
    mergeInto(merged.coolants, overrides.coolants);
    return merged;
}

} // namespace hw::core
