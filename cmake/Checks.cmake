# The project's own checks of its sources, run by ctest with the tests (label "checks";
# also "fast"). Each one fails, never skips, when something is wrong or when the tool it
# needs is missing: a check that quietly does not run cannot protect anything.
#
#   layers_point_down     tools/check-layers.py  includes in src/ only point down the layers
#   safe_messaging_texts  tools/text-audit.py    no shown text breaks the safe-messaging rules
#   clang_format          tools/check-format.sh  src/, tests/ and bench/ follow .clang-format
# and, on fixtures that break the rules on purpose, that each check still reports them.

find_program(MOORING_PYTHON3 python3)
find_program(MOORING_BASH bash)
find_program(MOORING_CLANG_FORMAT clang-format)

# mooring_add_check(name TOOL program COMMAND args...): a check whose tool may be missing.
function(mooring_add_check name)
    cmake_parse_arguments(ARG "" "TOOL;PACKAGE" "COMMAND" ${ARGN})
    if(ARG_TOOL)
        add_test(NAME ${name} COMMAND ${ARG_TOOL} ${ARG_COMMAND})
    else()
        # Still registered, so that ctest reports the missing tool as a failure.
        add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -D "WHAT=${ARG_PACKAGE}" -P
                                      ${PROJECT_SOURCE_DIR}/cmake/MissingTool.cmake)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "fast;checks" TIMEOUT 120)
endfunction()

set(MOORING_PYTHON3_OR_NOTHING "")
if(MOORING_PYTHON3)
    set(MOORING_PYTHON3_OR_NOTHING ${MOORING_PYTHON3})
endif()
mooring_add_check(layers_point_down TOOL "${MOORING_PYTHON3_OR_NOTHING}" PACKAGE python3
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/check-layers.py ${PROJECT_SOURCE_DIR})
mooring_add_check(safe_messaging_texts TOOL "${MOORING_PYTHON3_OR_NOTHING}" PACKAGE python3
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/text-audit.py ${PROJECT_SOURCE_DIR})

set(MOORING_BASH_OR_NOTHING "")
if(MOORING_BASH)
    set(MOORING_BASH_OR_NOTHING ${MOORING_BASH})
endif()
mooring_add_check(clang_format TOOL "${MOORING_BASH_OR_NOTHING}" PACKAGE bash
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/check-format.sh ${PROJECT_SOURCE_DIR})
# The script itself fails when clang-format is missing; it is told which one was found.
if(MOORING_CLANG_FORMAT)
    set_property(TEST clang_format APPEND PROPERTY ENVIRONMENT "CLANG_FORMAT=${MOORING_CLANG_FORMAT}")
endif()

# Each check also runs once on a fixture in tests/data/checks/ that breaks its rules on
# purpose and must be reported exactly so: a check that can no longer fail protects nothing.
set(fixtures ${PROJECT_SOURCE_DIR}/tests/data/checks)
mooring_add_check(layers_catch_problems TOOL "${MOORING_PYTHON3_OR_NOTHING}" PACKAGE python3
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/check-layers.py ${fixtures}/layers)
mooring_add_check(safe_messaging_catches_words TOOL "${MOORING_PYTHON3_OR_NOTHING}" PACKAGE python3
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/text-audit.py ${fixtures}/texts)
mooring_add_check(clang_format_catches_layout TOOL "${MOORING_BASH_OR_NOTHING}" PACKAGE bash
                  COMMAND ${PROJECT_SOURCE_DIR}/tools/check-format.sh ${fixtures}/format)
if(MOORING_CLANG_FORMAT)
    set_property(TEST clang_format_catches_layout APPEND PROPERTY ENVIRONMENT "CLANG_FORMAT=${MOORING_CLANG_FORMAT}")
endif()
# The expected report, word for word; the exit status alone would also pass a crash.
set_tests_properties(layers_catch_problems PROPERTIES PASS_REGULAR_EXPRESSION
                     "points up the layers.*check-layers: 3 problem\\(s\\) in 3 file\\(s\\)")
set_tests_properties(safe_messaging_catches_words PROPERTIES PASS_REGULAR_EXPRESSION
                     "\"Du hast wieder versagt.\".*\"Hold an ice cube\".*text-audit: 5 phrase\\(s\\) to change")
set_tests_properties(clang_format_catches_layout PROPERTIES PASS_REGULAR_EXPRESSION
                     "check-format: 1 of 1 file\\(s\\) are not formatted")
