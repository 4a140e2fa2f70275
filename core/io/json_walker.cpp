// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/json_walker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hw::core::detail {

namespace {

const char *typeName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

} // namespace

void JsonWalker::problem(const std::string &place, std::string message)
{
    mProblems.push_back({place, std::move(message)});
}

std::string JsonWalker::join(const std::string &place, const char *key)
{
    return place.empty() ? std::string(key) : place + "." + key;
}

std::string JsonWalker::index(const std::string &place, const char *key, std::size_t i)
{
    return join(place, key) + "[" + std::to_string(i) + "]";
}

bool JsonWalker::expectObject(const Json &obj, const std::string &place)
{
    if (obj.is_object())
        return true;
    problem(place, std::string("expected an object, found ") + typeName(obj));
    return false;
}

std::optional<std::string> JsonWalker::string(const Json &obj, const char *key,
                                              const std::string &place, bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problem(join(place, key), "missing (required)");
        return std::nullopt;
    }
    if (!it->is_string()) {
        problem(join(place, key), std::string("expected a string, found ") + typeName(*it));
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<double> JsonWalker::number(const Json &obj, const char *key, const std::string &place,
                                         bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problem(join(place, key), "missing (required)");
        return std::nullopt;
    }
    if (!it->is_number()) {
        problem(join(place, key), std::string("expected a number, found ") + typeName(*it));
        return std::nullopt;
    }
    const double v = it->get<double>();
    if (!std::isfinite(v)) {
        problem(join(place, key), "the number is not finite");
        return std::nullopt;
    }
    return v;
}

std::optional<int> JsonWalker::integer(const Json &obj, const char *key, const std::string &place,
                                       bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problem(join(place, key), "missing (required)");
        return std::nullopt;
    }
    if (!it->is_number()) {
        problem(join(place, key), std::string("expected a whole number, found ") + typeName(*it));
        return std::nullopt;
    }
    const double v = it->get<double>();
    if (!std::isfinite(v) || v != std::floor(v)) {
        problem(join(place, key), "expected a whole number, found " + it->dump());
        return std::nullopt;
    }
    if (std::fabs(v) > 1e9) {
        problem(join(place, key), "the whole number " + it->dump() +
                                      " is out of range (at most 1000000000 either way)");
        return std::nullopt;
    }
    return static_cast<int>(v);
}

std::optional<Vec2> JsonWalker::toPoint(const Json &v, const std::string &place)
{
    if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number()) {
        problem(place, "expected a point [x, y] of two numbers (metres)");
        return std::nullopt;
    }
    Vec2 p{v[0].get<double>(), v[1].get<double>()};
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
        problem(place, "the coordinates are not finite");
        return std::nullopt;
    }
    return p;
}

std::optional<Vec2> JsonWalker::point(const Json &obj, const char *key, const std::string &place,
                                      bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problem(join(place, key), "missing (required)");
        return std::nullopt;
    }
    return toPoint(*it, join(place, key));
}

std::optional<Polyline> JsonWalker::points(const Json &obj, const char *key,
                                           const std::string &place, bool required)
{
    const Json *arr = array(obj, key, place, required);
    if (!arr)
        return std::nullopt;
    Polyline out;
    out.reserve(arr->size());
    bool ok = true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        auto p = toPoint((*arr)[i], index(place, key, i));
        if (p)
            out.push_back(*p);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<std::vector<std::string>> JsonWalker::strings(const Json &obj, const char *key,
                                                            const std::string &place)
{
    const Json *arr = array(obj, key, place);
    if (!arr)
        return std::nullopt;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const Json &v = (*arr)[i];
        if (!v.is_string()) {
            problem(index(place, key, i), std::string("expected a string, found ") + typeName(v));
            return std::nullopt;
        }
        out.push_back(v.get<std::string>());
    }
    return out;
}

const Json *JsonWalker::array(const Json &obj, const char *key, const std::string &place,
                              bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            problem(join(place, key), "missing (required)");
        return nullptr;
    }
    if (!it->is_array()) {
        problem(join(place, key), std::string("expected an array, found ") + typeName(*it));
        return nullptr;
    }
    return &*it;
}

const Json *JsonWalker::object(const Json &obj, const char *key, const std::string &place)
{
    auto it = obj.find(key);
    if (it == obj.end())
        return nullptr;
    if (!it->is_object()) {
        problem(join(place, key), std::string("expected an object, found ") + typeName(*it));
        return nullptr;
    }
    return &*it;
}

Extras JsonWalker::extras(const Json &obj, std::initializer_list<std::string_view> known)
{
    return extras(obj, std::vector<std::string_view>(known));
}

Extras JsonWalker::extras(const Json &obj, const std::vector<std::string_view> &known)
{
    Json unknown = Json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const Json &v = it.value();
        const bool isEmpty = (v.is_string() && v.get_ref<const std::string &>().empty()) ||
                             ((v.is_array() || v.is_object()) && v.empty());
        if (isEmpty ||
            std::find(known.begin(), known.end(), std::string_view(it.key())) == known.end())
            unknown[it.key()] = v;
    }
    if (unknown.empty())
        return {};
    return {unknown.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

void mergeExtras(Json &obj, const Extras &extras)
{
    if (extras.empty())
        return;
    Json unknown = Json::parse(extras.json, nullptr, /*allow_exceptions=*/false);
    if (!unknown.is_object())
        return;
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        if (!obj.contains(it.key()))
            obj[it.key()] = it.value();
    }
}

namespace {

bool isLiteralChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
           c == '-' || c == '.';
}

/** "line L, column C" of the character at byte `offset` (both from 1; columns count characters). */
std::string lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count UTF-8 characters, not bytes
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/** Where the run of literal characters (a number, true, a bare word) that ends before `end` starts. */
std::size_t literalStart(std::string_view text, std::size_t end)
{
    while (end > 0 && end <= text.size() && isLiteralChar(text[end - 1]))
        --end;
    return end;
}

/**
 * Where the token whose last character is at `last` begins: nlohmann reports the position after a
 * whole unexpected token (a string's closing quote, a number's last digit), but a planner looks
 * for where it starts.
 */
std::size_t tokenStart(std::string_view text, std::size_t last)
{
    if (last >= text.size())
        return last;
    if (text[last] == '"') {
        for (std::size_t i = last; i-- > 0;) {
            std::size_t backslashes = 0;
            while (backslashes < i && text[i - 1 - backslashes] == '\\')
                ++backslashes;
            if (text[i] == '"' && backslashes % 2 == 0)
                return i;
        }
        return last;
    }
    return isLiteralChar(text[last]) ? literalStart(text, last + 1) : last;
}

/** Byte offset of the first number token (outside strings) spelled `token`, else npos. */
std::size_t findNumberToken(std::string_view text, std::string_view token)
{
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && isLiteralChar(text[end]))
                ++end;
            if (text.substr(i, end - i) == token)
                return i;
            i = end;
        } else {
            ++i;
        }
    }
    return std::string_view::npos;
}

/**
 * After a value in an object or array nlohmann names only the closing bracket as expected; a
 * comma is just as likely what is missing, so say both.
 */
std::string clarifyExpected(std::string detail)
{
    struct Rewrite
    {
        std::string_view context, expected, clearer;
    };
    constexpr Rewrite rewrites[] = {
        {"while parsing object - ", "; expected '}'", "; expected ',' or '}'"},
        {"while parsing array - ", "; expected ']'", "; expected ',' or ']'"}};
    for (const Rewrite &r : rewrites) {
        if (detail.find(r.context) != std::string::npos && detail.size() >= r.expected.size() &&
            detail.compare(detail.size() - r.expected.size(), r.expected.size(), r.expected) == 0)
            detail.replace(detail.size() - r.expected.size(), r.expected.size(), r.clearer);
    }
    return detail;
}

/** "UTF-16" or "UTF-32" when the text starts like one (a byte order mark, or NULs in ASCII). */
const char *wideEncoding(std::string_view text)
{
    auto at = [&](std::size_t i) {
        return i < text.size() ? static_cast<int>(static_cast<unsigned char>(text[i])) : 1;
    };
    if ((at(0) == 0 && at(1) == 0) || (at(2) == 0 && at(3) == 0 && at(0) != 0)) return "UTF-32";
    if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF) ||
        (at(0) == 0 && at(1) != 0) || (at(0) != 0 && at(1) == 0))
        return "UTF-16";
    return nullptr;
}

/** How deep the text nests and how many values it holds, as far as brackets and commas say. */
struct JsonShape
{
    int depth = 0;          ///< deepest nesting of arrays and objects
    std::size_t values = 0; ///< arrays, objects and commas: at most one less than the values
};

/**
 * One pass over the text outside strings (linear, unlike nlohmann's parser callback, which
 * rescans a whole array at the end of each object in it). A syntax error is left to the parser.
 */
JsonShape scanShape(std::string_view text, int stopDepth, std::size_t stopValues)
{
    JsonShape shape;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        switch (text[i]) {
        case '"':
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') ++i;
            }
            break;
        case '[':
        case '{':
            shape.depth = std::max(shape.depth, ++depth);
            ++shape.values;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            ++shape.values;
            break;
        default:
            break;
        }
        if (shape.depth > stopDepth || shape.values > stopValues) break;
    }
    return shape;
}

} // namespace

Result<Json> parseJsonText(std::string_view text, int maxDepth, std::size_t maxValues)
{
    if (const char *encoding = wideEncoding(text); encoding && text.size() >= 2)
        return Error("line 1, column 1", std::string("the file is ") + encoding +
                                             " text; Hallwright reads JSON in UTF-8 (save it as "
                                             "UTF-8)");
    // Depth and size are checked before parsing, so that neither can cost memory or time.
    const JsonShape shape = scanShape(text, maxDepth, maxValues);
    if (shape.depth > maxDepth)
        return Error("the JSON nests deeper than " + std::to_string(maxDepth) +
                     " levels; a plan never does");
    if (shape.values > maxValues)
        return Error("the file holds more than " + std::to_string(maxValues) + " values (about " +
                     std::to_string(maxValues / 12) +
                     " racks); it is too large to be read (docs/RELIABILITY.md)");
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 9: syntax error ..."
        auto colon = what.find(": ", what.find("parse error"));
        std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
        // e.byte counts the characters read, so the last one read is at e.byte - 1. A token
        // that is wrong inside a string is pointed at where it goes wrong; any other error at
        // the start of the offending token.
        const std::size_t last = e.byte > 0 ? e.byte - 1 : 0;
        std::size_t offset = last;
        if (detail.find("; last read: ") == std::string::npos)
            offset = tokenStart(text, last); // an unexpected token
        else if (detail.find("invalid string:") == std::string::npos)
            offset = literalStart(text, last); // a bad literal or number: where it begins
        return Error(lineColumn(text, offset), clarifyExpected(detail));
    } catch (const Json::out_of_range &e) {
        // A number too large for a double (1e400): nlohmann does not say where; the first such
        // number in the text is the one, since every number before it was read.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        if (open != std::string::npos && close > open) {
            const std::string token = what.substr(open + 1, close - open - 1);
            const std::size_t at = findNumberToken(text, token);
            if (at != std::string_view::npos)
                return Error(lineColumn(text, at),
                             "the number " + token + " is too large (not a finite number)");
        }
        return Error(std::string("not readable as JSON: ") + what);
    } catch (const std::exception &e) {
        return Error(std::string("not readable as JSON: ") + e.what());
    }
}

} // namespace hw::core::detail
