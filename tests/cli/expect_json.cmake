# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
#
# expect.cmake for a command that prints JSON (`--json`): runs it and checks the exit status (and
# any other expect.cmake option) there, then that stdout parses as a JSON object holding the
# fields asked for, with the type (and value) asked for.
#
#   cmake -DEXPECT_EXIT=<status> -DFIELDS=<key.key:TYPE[=value],...> [expect.cmake options]
#         -P expect_json.cmake -- <program> [arguments...]
#
# A field is its keys joined with '.', then ':' and the type string(JSON ... TYPE) names (NULL,
# NUMBER, STRING, BOOLEAN, ARRAY, OBJECT), then optionally '=' and the value the field must have
# as string(JSON ... GET) gives it (numbers compare as numbers). Fields are separated by ','
# (no ';': CTest would split the argument there).

if(NOT DEFINED FIELDS)
    message(FATAL_ERROR "expect_json.cmake: FIELDS is required")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/expect.cmake) # sets out, err and command

set(problems "")
string(JSON top ERROR_VARIABLE parse_error TYPE "${out}")
if(parse_error)
    string(APPEND problems "stdout is not JSON: ${parse_error}\n")
elseif(NOT top STREQUAL "OBJECT")
    string(APPEND problems "stdout is a JSON ${top}, expected an object\n")
else()
    string(REPLACE "," ";" fields "${FIELDS}")
    foreach(field ${fields})
        if(NOT field MATCHES "^([^:]+):([A-Z]+)(=(.*))?$")
            message(FATAL_ERROR "expect_json.cmake: bad field '${field}'")
        endif()
        set(path "${CMAKE_MATCH_1}")
        set(want_type "${CMAKE_MATCH_2}")
        set(has_value "${CMAKE_MATCH_3}")
        set(want_value "${CMAKE_MATCH_4}")
        string(REPLACE "." ";" keys "${path}")
        string(JSON type ERROR_VARIABLE missing TYPE "${out}" ${keys})
        if(missing)
            string(APPEND problems "${path}: missing\n")
            continue()
        endif()
        if(NOT type STREQUAL want_type)
            string(APPEND problems "${path}: ${type}, expected ${want_type}\n")
            continue()
        endif()
        if(NOT has_value)
            continue()
        endif()
        string(JSON value GET "${out}" ${keys})
        set(same OFF)
        if(type STREQUAL "NUMBER" AND value EQUAL want_value) # 0.0 is 0
            set(same ON)
        elseif(NOT type STREQUAL "NUMBER" AND value STREQUAL want_value)
            set(same ON)
        endif()
        if(NOT same)
            string(APPEND problems "${path}: ${value}, expected ${want_value}\n")
        endif()
    endforeach()
endif()

if(problems)
    list(JOIN command " " shown)
    message(FATAL_ERROR "${shown}\n${problems}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
