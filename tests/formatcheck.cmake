# SPDX-License-Identifier: GPL-3.0-or-later
# ctest format_check: fails when any C++ file under src/ or tests/ differs from what
# clang-format makes of it (run `clang-format -i FILE` to fix), naming each file.
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format not found: install Debian's clang-format "
                        "(scripts/bootstrap.sh test does)")
endif()
file(GLOB_RECURSE _files "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
# One clang-format run over all files; it names each file that differs in its messages.
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${_files}
                RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _messages)
list(LENGTH _files _count)
if(NOT _rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error" _errors "${_messages}")
    set(_bad "")
    foreach(_error IN LISTS _errors)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error$" "" _file "${_error}")
        file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_file}")
        list(APPEND _bad "${_rel}")
    endforeach()
    list(REMOVE_DUPLICATES _bad)
    list(JOIN _bad "\n  " _list)
    message(FATAL_ERROR "Not formatted by .clang-format (run clang-format -i on them):\n  ${_list}")
endif()
message(STATUS "${_count} files follow .clang-format")
