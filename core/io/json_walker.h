// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"
#include "core/model/plan_limits.h"
#include "core/model/result.h"
#include "core/model/vec2.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hw::core::detail {

using Json = nlohmann::ordered_json;

/**
 * Reads typed fields out of a JSON object while recording problems with their JSON path
 * (`halls[0].racks[12].position`). Type errors are recorded, never thrown; the caller checks
 * problems() once at the end so one pass reports every mistake in a file.
 */
class JsonWalker
{
public:
    explicit JsonWalker(std::vector<Problem> &problems) : mProblems(problems) {}

    void problem(const std::string &place, std::string message);

    /** `obj` must be an object; returns false (and records it) otherwise. */
    bool expectObject(const Json &obj, const std::string &place);

    std::optional<std::string> string(const Json &obj, const char *key, const std::string &place,
                                      bool required = false);
    std::optional<double> number(const Json &obj, const char *key, const std::string &place,
                                 bool required = false);
    std::optional<int> integer(const Json &obj, const char *key, const std::string &place,
                               bool required = false);
    std::optional<Vec2> point(const Json &obj, const char *key, const std::string &place,
                              bool required = false);
    std::optional<Polyline> points(const Json &obj, const char *key, const std::string &place,
                                   bool required = false);
    std::optional<std::vector<std::string>> strings(const Json &obj, const char *key,
                                                     const std::string &place);
    /** The array at `key` (absent: nullptr; not an array: recorded, nullptr). */
    const Json *array(const Json &obj, const char *key, const std::string &place,
                      bool required = false);
    /** The object at `key` (absent: nullptr; not an object: recorded, nullptr). */
    const Json *object(const Json &obj, const char *key, const std::string &place);

    /**
     * The keys of `obj` not in `known`, as the compact JSON text of an object; also the known keys
     * whose value is empty ("", [] or {}), which writers leave out, so the document round-trips.
     */
    static Extras extras(const Json &obj, std::initializer_list<std::string_view> known);
    static Extras extras(const Json &obj, const std::vector<std::string_view> &known);

    static std::string join(const std::string &place, const char *key);
    static std::string index(const std::string &place, const char *key, std::size_t i);

private:
    std::optional<Vec2> toPoint(const Json &v, const std::string &place);
    std::vector<Problem> &mProblems;
};

/** Appends the keys held in `extras` to `obj` (keys the writer already set are not replaced). */
void mergeExtras(Json &obj, const Extras &extras);

/**
 * Parses JSON text, refusing nesting deeper than `maxDepth` and more than `maxValues` values
 * (numbers, strings, arrays, objects), so that memory stays bounded whatever the file holds.
 * Syntax errors come back as `line L, column C: ...`; UTF-16 and UTF-32 text is refused as such.
 */
Result<Json> parseJsonText(std::string_view text, int maxDepth = 64,
                           std::size_t maxValues = kMaxPlanJsonValues);

} // namespace hw::core::detail
