# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
#
# Runs one command line and checks what a user would see: the exit status and the output.
#
#   cmake -DEXPECT_EXIT=<status>
#         [-DEXPECT_STDOUT=<regex>] [-DEXPECT_STDERR=<regex>]
#         [-DSTDOUT_EMPTY=ON] [-DSTDERR_EMPTY=ON]
#         [-DWORKING_DIRECTORY=<dir>] [-DNOT_CREATED=<path>]
#         -P expect.cmake -- <program> [arguments...]
#
# Regular expressions are CMake's (no ';' in them: CTest would split the argument there).
# NOT_CREATED names a file the command must not leave behind.

set(command "")
set(collect OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
    if(collect)
        list(APPEND command "${CMAKE_ARGV${i}}")
    elseif("${CMAKE_ARGV${i}}" STREQUAL "--")
        set(collect ON)
    endif()
endforeach()
if(NOT command)
    message(FATAL_ERROR "expect.cmake: no command after --")
endif()
if(NOT DEFINED EXPECT_EXIT)
    message(FATAL_ERROR "expect.cmake: EXPECT_EXIT is required")
endif()

set(workdir_args "")
if(WORKING_DIRECTORY)
    file(MAKE_DIRECTORY "${WORKING_DIRECTORY}")
    set(workdir_args WORKING_DIRECTORY "${WORKING_DIRECTORY}")
endif()
if(NOT_CREATED)
    file(REMOVE "${NOT_CREATED}")
endif()

execute_process(COMMAND ${command} ${workdir_args}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(problems "")
if(NOT "${status}" STREQUAL "${EXPECT_EXIT}")
    string(APPEND problems "exit status ${status}, expected ${EXPECT_EXIT}\n")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
    string(APPEND problems "stdout does not match: ${EXPECT_STDOUT}\n")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
    string(APPEND problems "stderr does not match: ${EXPECT_STDERR}\n")
endif()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
    string(APPEND problems "stdout should be empty\n")
endif()
if(STDERR_EMPTY AND NOT err STREQUAL "")
    string(APPEND problems "stderr should be empty\n")
endif()
if(NOT_CREATED AND EXISTS "${NOT_CREATED}")
    string(APPEND problems "${NOT_CREATED} was created\n")
endif()

if(problems)
    list(JOIN command " " shown)
    message(FATAL_ERROR "${shown}\n${problems}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
