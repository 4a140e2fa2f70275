# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
#
# SPEC §2 and issue 2's acceptance: `convert sample.json a.hallplan && convert a.hallplan b.json`
# gives a document equal to the sample, compared as JSON values by an independent reader.
#
#   cmake -DCLI=<hallwright-cli> -DPYTHON=<python3> -DINPUT=<plan.json> -DWORK=<dir>
#         -P convert_roundtrip.cmake

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        list(JOIN ARGN " " shown)
        message(FATAL_ERROR "${shown}: exit status ${status}\n${out}${err}")
    endif()
endfunction()

run("${CLI}" convert "${INPUT}" "${WORK}/a.hallplan")
run("${CLI}" validate "${WORK}/a.hallplan")
run("${CLI}" convert "${WORK}/a.hallplan" "${WORK}/b.json")
run("${CLI}" convert "${WORK}/b.json" "${WORK}/c.hallplan")

# Python's json compares 1 and 1.0 as equal, as SPEC §2 allows ("number formatting may differ").
run("${PYTHON}" -c [[
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    before = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    after = json.load(f)
if before != after:
    sys.exit("the converted document differs from " + sys.argv[1])
]] "${INPUT}" "${WORK}/b.json")

# Nothing but the outputs is left in the folder (no temporary files).
file(GLOB left RELATIVE "${WORK}" "${WORK}/*" "${WORK}/.*")
list(SORT left)
if(NOT left STREQUAL "a.hallplan;b.json;c.hallplan")
    message(FATAL_ERROR "unexpected files left behind: ${left}")
endif()
