// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace hw::core {

/** One problem with an input, with the place it was found (`halls[0].racks[12].type`). */
struct Problem
{
    std::string place;   ///< JSON path, `line L, column C`, or a file name; may be empty
    std::string message; ///< what is wrong, in words a planner understands

    std::string toString() const { return place.empty() ? message : place + ": " + message; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

/** Why an operation failed: one or more problems, the first being the most important. */
struct Error
{
    std::vector<Problem> problems;

    Error() = default;
    explicit Error(std::string message) { problems.push_back({{}, std::move(message)}); }
    Error(std::string place, std::string message)
    {
        problems.push_back({std::move(place), std::move(message)});
    }

    /** All problems, one per line. */
    std::string toString() const
    {
        std::string s;
        for (const auto &p : problems) {
            if (!s.empty())
                s += '\n';
            s += p.toString();
        }
        return s;
    }
};

/**
 * A value or an Error: how core reports failure without exceptions crossing into callers (the
 * STYLE's `Result<T>`; std::expected is C++23).
 */
template<class T>
class Result
{
public:
    Result(T value) : mData(std::move(value)) {}
    Result(Error error) : mData(std::move(error)) {}

    bool ok() const { return mData.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(mData); }
    const T &value() const & { return std::get<0>(mData); }
    T &&value() && { return std::get<0>(std::move(mData)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(mData); }

private:
    std::variant<T, Error> mData;
};

/** Result of an operation that returns nothing on success. */
struct Done
{};
using Status = Result<Done>;

} // namespace hw::core
