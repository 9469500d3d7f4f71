# The project's own checks of its sources, run by ctest with the tests (label "checks";
# also "fast"). Each one fails, never skips, when something is wrong or when the tool it
# needs is missing: a check that quietly does not run cannot protect anything.
#
#   layers_point_down     tools/check-layers.py  includes in src/ only point down the layers
#   safe_messaging_texts  tools/text-audit.py    no shown text breaks the safe-messaging rules
#   clang_format          tools/check-format.sh  src/, tests/ and bench/ follow .clang-format

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
