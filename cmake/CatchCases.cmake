# One ctest test per Catch2 test case, so that a failure names its case in ctest's output
# and `ctest -j` spreads the cases of a big suite over every core.
#
# Like catch_discover_tests (Catch2's own CMake module), the list of cases is read from the
# executable after each build, so a new TEST_CASE needs no CMake run. Debian 12's Catch2
# 2.13 module cuts case names at ';' and cannot select names holding '"'; several of ours
# have both, so cmake/CatchListCases.cmake writes the list itself and escapes each name.
#
#   mooring_catch_cases(target LABELS label... [TIMEOUT seconds])
#
# TIMEOUT is per case (default 120 s: the slowest GUI case takes a few seconds, and even
# under the sanitizers well under a minute), so one case that hangs costs two minutes,
# not the whole run.
#
# Every case runs with `-w NoTests`: a case that no longer matches its own name fails
# instead of passing with nothing run.
set(MOORING_CATCH_LIST_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/CatchListCases.cmake)

function(mooring_catch_cases target)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # A list cannot travel through a custom command's -D intact; '|' joins it instead.
    string(REPLACE ";" "|" labels "${ARG_LABELS}")
    set(cases_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_cases.cmake)
    add_custom_command(TARGET ${target} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -D SUITE=${target} -D EXECUTABLE=$<TARGET_FILE:${target}>
                -D OUTPUT=${cases_file} -D LABELS=${labels} -D TIMEOUT=${ARG_TIMEOUT}
                -P ${MOORING_CATCH_LIST_SCRIPT}
        BYPRODUCTS ${cases_file}
        COMMENT "Listing the test cases of ${target}"
        VERBATIM)
    # A change to the listing script relinks the executable, which lists its cases again.
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${MOORING_CATCH_LIST_SCRIPT})
    # ctest reads the list when it runs; before the first build there is none, and the
    # placeholder test says so instead of ctest quietly running nothing.
    set(include_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake)
    file(WRITE ${include_file}
         "if(EXISTS \"${cases_file}\")\n"
         "    include(\"${cases_file}\")\n"
         "else()\n"
         "    add_test(${target}_NOT_BUILT ${target}_NOT_BUILT)\n"
         "endif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${include_file})
endfunction()

# Catch2's single header is 18,000 lines and every test file includes it: compiled once
# per test target instead of once per file. TestMain.cpp is left out because it must
# define CATCH_CONFIG_RUNNER before the header is read.
function(mooring_catch_pch target)
    target_precompile_headers(${target} PRIVATE <catch2/catch.hpp>)
endfunction()
