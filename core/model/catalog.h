// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/**
 * Where a catalog value comes from and how sure we are of it (H, M, L; see the report's
 * assumptions page). Kept for every entry because reports cite them.
 */
struct Provenance
{
    std::string source;
    std::string confidence;

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

/**
 * A rack model: footprint, power and cooling split, compute. Optional fields keep "not given" apart
 * from "given as the default" so that files round-trip exactly; the accessors resolve defaults.
 */
struct RackType
{
    std::string id;
    std::string name;
    double widthM = 0.6;
    double depthM = 1.2;
    std::optional<double> heightM;
    std::optional<double> weightKg;
    double maxKw = 0;
    std::optional<double> typicalKw;
    std::optional<double> liquidFraction;
    std::optional<int> gpus;
    std::map<std::string, double> pflops; ///< dense PFLOPS per rack by precision ("fp4", "fp8", ...)
    Provenance provenance;
    Extras extras;

    double typical() const { return typicalKw.value_or(maxKw); }
    double liquidShare() const { return liquidFraction.value_or(0.0); }
    int gpuCount() const { return gpus.value_or(0); }

    friend bool operator==(const RackType &, const RackType &) = default;
};

/** A CDU model; a plan's CDU may name it and omit the fields it supplies. */
struct CduType
{
    std::string id;
    std::string name;
    std::optional<double> widthM;
    std::optional<double> depthM;
    std::optional<double> capacityKw;
    std::optional<double> maxFlowLpm;
    Provenance provenance;
    Extras extras;

    friend bool operator==(const CduType &, const CduType &) = default;
};

/** A feed (busway) model; a plan's feed may name it and omit the fields it supplies. */
struct FeedType
{
    std::string id;
    std::string name;
    std::optional<double> capacityKw;
    std::optional<double> voltageV;
    std::optional<double> currentA;
    std::optional<int> phases;
    std::optional<double> powerFactor;
    std::optional<double> deratePct;
    Provenance provenance;
    Extras extras;

    friend bool operator==(const FeedType &, const FeedType &) = default;
};

/** A coolant with the properties the flow formula needs (SPEC §3: rho and cp at 30 °C). */
struct Coolant
{
    std::string id;
    std::string name;
    double densityKgPerL = 1.0;
    double cpKjPerKgK = 4.18;
    std::optional<double> freezeC;
    Provenance provenance;
    Extras extras;

    friend bool operator==(const Coolant &, const Coolant &) = default;
};

/**
 * The catalog: the built-in one that ships with the program, or a plan's own section, which adds
 * to or replaces entries of the built-in one by id (see mergedWith()).
 */
struct Catalog
{
    std::vector<RackType> rackTypes;
    std::vector<CduType> cduTypes;
    std::vector<FeedType> feedTypes;
    std::vector<Coolant> coolants;
    Extras extras; ///< unknown keys of the section (a plan's `catalog` object)

    const RackType *rackType(const std::string &id) const;
    const CduType *cduType(const std::string &id) const;
    const FeedType *feedType(const std::string &id) const;
    const Coolant *coolant(const std::string &id) const;

    bool empty() const
    {
        return rackTypes.empty() && cduTypes.empty() && feedTypes.empty() && coolants.empty() &&
               extras.empty();
    }

    /** This catalog with `overrides`' entries added, or replacing ours where the id is the same. */
    Catalog mergedWith(const Catalog &overrides) const;

    friend bool operator==(const Catalog &, const Catalog &) = default;
};

} // namespace hw::core
