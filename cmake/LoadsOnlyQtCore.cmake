# cmake -DPROGRAM=<file> -DLDD=<ldd> -P LoadsOnlyQtCore.cmake
#
# Fails unless PROGRAM, as the dynamic loader resolves it, loads libQt6Core and no other Qt
# module: mooring-cli needs no windows, no printing and never a network module. Fails too
# when ldd or the program is missing, or when ldd's output names no Qt at all (a check that
# could not look must not pass).
cmake_minimum_required(VERSION 3.25)

# Said on one line as written (a FATAL_ERROR text is re-wrapped), then the script stops.
function(refuse text)
    message(NOTICE "${text}")
    message(FATAL_ERROR "The Qt module check did not pass.")
endfunction()

if(NOT LDD OR NOT EXISTS "${LDD}")
    refuse("ldd is needed for this check and was not found (package libc-bin).")
endif()
if(NOT PROGRAM OR NOT EXISTS "${PROGRAM}")
    refuse("The program to check is missing: \"${PROGRAM}\". Build it first.")
endif()
execute_process(COMMAND "${LDD}" "${PROGRAM}" OUTPUT_VARIABLE loaded ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    refuse("ldd could not read ${PROGRAM} (exit status ${status}): ${errors}")
endif()
string(REGEX MATCHALL "libQt6[A-Za-z0-9_]+" modules "${loaded}")
list(REMOVE_DUPLICATES modules)
if(NOT "libQt6Core" IN_LIST modules)
    refuse("ldd lists no libQt6Core for ${PROGRAM}, so this check cannot tell what it loads:\n${loaded}")
endif()
list(REMOVE_ITEM modules libQt6Core)
if(modules)
    list(JOIN modules ", " others)
    refuse("${PROGRAM} loads Qt modules besides libQt6Core: ${others}")
endif()
message(STATUS "${PROGRAM} loads libQt6Core and no other Qt module.")
