# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
#
# A refused conversion writes nothing: an existing OUT keeps its bytes, and converting (or
# placing into) a file onto itself is refused (SPEC §2: nothing is ever written over the input).
#
#   cmake -DCLI=<hallwright-cli> -DBAD=<bad plan.json> -DGOOD=<plan.json> -DWORK=<dir>
#         -P convert_keeps_output.cmake

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(expect_refused)
    execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out
        ERROR_VARIABLE err)
    if(NOT status EQUAL 2)
        list(JOIN ARGN " " shown)
        message(FATAL_ERROR "convert ${shown}: exit status ${status}, expected 2\n${out}${err}")
    endif()
    if(NOT err MATCHES "^error: ")
        message(FATAL_ERROR "no error message on stderr:\n${err}")
    endif()
    set(stderr "${err}" PARENT_SCOPE)
endfunction()

foreach(out out.json out.hallplan)
    file(WRITE "${WORK}/${out}" "the old content\n")
    expect_refused(convert "${BAD}" "${WORK}/${out}")
    file(READ "${WORK}/${out}" content)
    if(NOT content STREQUAL "the old content\n")
        message(FATAL_ERROR "${out} was changed by a refused conversion")
    endif()
endforeach()

configure_file("${GOOD}" "${WORK}/plan.json" COPYONLY)
file(READ "${WORK}/plan.json" before)
expect_refused(convert "${WORK}/plan.json" "${WORK}/plan.json")
if(NOT stderr MATCHES "input")
    message(FATAL_ERROR "converting a file onto itself should say it is the input:\n${stderr}")
endif()
get_filename_component(name "${WORK}" NAME)
expect_refused(convert "${WORK}/plan.json" "${WORK}/../${name}/./plan.json") # the same file
# place writes a new plan too: -o naming its input is refused the same way.
expect_refused(place "${WORK}/plan.json" --hall H1 --rack-type gb300-nvl72 --max
               -o "${WORK}/plan.json")
if(NOT stderr MATCHES "is the input file; place writes a new file")
    message(FATAL_ERROR "placing onto the input should say it is the input:\n${stderr}")
endif()
file(READ "${WORK}/plan.json" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "the input was rewritten")
endif()

file(GLOB left RELATIVE "${WORK}" "${WORK}/*" "${WORK}/.*")
list(SORT left)
if(NOT left STREQUAL "out.hallplan;out.json;plan.json")
    message(FATAL_ERROR "unexpected files left behind: ${left}")
endif()
