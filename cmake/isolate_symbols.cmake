# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DNM=… -DOBJCOPY=… -DINPUT=in.o -DOUTPUT=out.o -DPREFIX=p_ -P isolate_symbols.cmake
#
# Gives every weak definition in INPUT (inline functions and template instances: Eigen's
# products, libstdc++ helpers, function-local statics) a name of its own, PREFIX + name.
# An object compiled with -mavx2 or -mavx512f defines such functions with those instructions;
# left under their usual names, the linker would keep one copy of each for the whole program
# and might hand the AVX-512 one to baseline code, which then dies with SIGILL on an older
# processor. Renamed, each copy is only ever called from its own object.
execute_process(COMMAND "${NM}" --defined-only "${INPUT}"
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "nm failed on ${INPUT}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(map "")
set(count 0)
foreach(line IN LISTS lines)
    # "address type name": W/V weak (functions/objects), u GNU unique (local statics)
    if(line MATCHES "^[0-9a-fA-F]* [WVu] (.+)$")
        string(APPEND map "${CMAKE_MATCH_1} ${PREFIX}${CMAKE_MATCH_1}\n")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
file(WRITE "${OUTPUT}.map" "${map}")
execute_process(COMMAND "${OBJCOPY}" "--redefine-syms=${OUTPUT}.map" "${INPUT}" "${OUTPUT}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "objcopy failed on ${INPUT}")
endif()
