# Run after a test executable is built (see cmake/CatchCases.cmake): asks it for its test
# cases and writes one add_test per case into OUTPUT, which ctest includes.
# In: SUITE (target name), EXECUTABLE, OUTPUT, LABELS ('|'-separated), TIMEOUT (seconds).
execute_process(
    COMMAND "${EXECUTABLE}" --list-test-names-only
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
# Catch2 exits with the number of cases it listed; anything else is a crash.
if(NOT result MATCHES "^[0-9]+$" OR result EQUAL 0)
    message(FATAL_ERROR "${SUITE}: listing its test cases did not work (${result}):\n${output}\n${errors}")
endif()

# A case name may hold ';', CMake's list separator, and '[' or ']', between which CMake
# does not split a list: all three are hidden while the output is split into lines.
string(ASCII 30 hidden_semicolon)
string(ASCII 28 hidden_open)
string(ASCII 29 hidden_close)
string(REPLACE ";" "${hidden_semicolon}" output "${output}")
string(REPLACE "[" "${hidden_open}" output "${output}")
string(REPLACE "]" "${hidden_close}" output "${output}")
string(REPLACE "\n" ";" lines "${output}")
string(REPLACE "|" ";" labels "${LABELS}")

set(script "# Written by cmake/CatchListCases.cmake from `${SUITE} --list-test-names-only`.\n")
set(count 0)
foreach(line IN LISTS lines)
    if(line STREQUAL "")
        continue()
    endif()
    string(REPLACE "${hidden_semicolon}" ";" name "${line}")
    string(REPLACE "${hidden_open}" "[" name "${name}")
    string(REPLACE "${hidden_close}" "]" name "${name}")
    # Catch2 prints a name that starts with '#' in quotes.
    if(name MATCHES "^\"(#.*)\"$")
        set(name "${CMAKE_MATCH_1}")
    endif()
    # The name as a Catch2 test spec: a backslash makes the next character plain, so
    # commas, brackets, quotes and a leading '~' are taken as part of the name, and a
    # leading '-' is not read as an option ("--profile wins over ...").
    string(REPLACE "\\" "\\\\" spec "${name}")
    foreach(special , [ ] "\"" ~)
        string(REPLACE "${special}" "\\${special}" spec "${spec}")
    endforeach()
    if(spec MATCHES "^-")
        string(PREPEND spec "\\")
    endif()
    # ctest's own name: ';' would split it into a list.
    string(REPLACE ";" "," test "${SUITE}: ${name}")
    string(APPEND script
           "add_test([==[${test}]==] [==[${EXECUTABLE}]==] [==[${spec}]==] -w NoTests)\n"
           "set_tests_properties([==[${test}]==] PROPERTIES LABELS [==[${labels}]==]"
           " ENVIRONMENT QT_QPA_PLATFORM=offscreen TIMEOUT ${TIMEOUT})\n")
    math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "${SUITE}: no test cases found in its list:\n${output}")
endif()
file(WRITE "${OUTPUT}" "${script}")
