# Checks of what the built programs link, run by ctest (labels "fast" and "checks"). Like
# the checks in cmake/Checks.cmake, each fails, never skips, when its tool is missing, and
# each has a twin that must catch a case made to break it.
#
#   cli_loads_only_qtcore      ldd on mooring-cli: libQt6Core and no other Qt module
#   mooring_needs_no_speech    readelf on mooring: no speech or sound library NEEDED (espeak,
#                              speechd, pulse, opusenc, opusfile...); reading aloud and sound
#                              open them when first used (cmake/NeedsNoSpeech.cmake)
#   no_network_catches_links   cmake/NoNetwork.cmake refuses QtNetwork or QtSql reached only
#                              through other targets (tests/data/checks/network)

find_program(MOORING_LDD ldd)
set(only_qtcore ${PROJECT_SOURCE_DIR}/cmake/LoadsOnlyQtCore.cmake)

if(TARGET mooring-cli)
    add_test(NAME cli_loads_only_qtcore
             COMMAND ${CMAKE_COMMAND} -DLDD=${MOORING_LDD} -DPROGRAM=$<TARGET_FILE:mooring-cli> -P ${only_qtcore})
    set_tests_properties(cli_loads_only_qtcore PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                                                          "loads libQt6Core and no other Qt module")
endif()
# The same check on a library that loads QtWidgets and QtGui (Qt's own print support, which
# every build has): it must name them.
add_test(NAME cli_qt_check_catches_modules
         COMMAND ${CMAKE_COMMAND} -DLDD=${MOORING_LDD} -DPROGRAM=$<TARGET_FILE:Qt6::PrintSupport> -P ${only_qtcore})
set_tests_properties(cli_qt_check_catches_modules PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                                                             "loads Qt modules besides libQt6Core: .*libQt6Widgets")
# ... and on a program that is not there: missing is a failure, never a pass.
add_test(NAME cli_qt_check_catches_missing
         COMMAND ${CMAKE_COMMAND} -DLDD=${MOORING_LDD} -DPROGRAM=${PROJECT_BINARY_DIR}/no-such-program -P ${only_qtcore})
set_tests_properties(cli_qt_check_catches_missing PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                                                             "The program to check is missing")

# A scratch configure of tests/data/checks/network with the real cmake/NoNetwork.cmake; it
# must stop with both forbidden chains named and the clean program left out.
add_test(NAME no_network_catches_links
         COMMAND ${CMAKE_COMMAND} --fresh -S ${PROJECT_SOURCE_DIR}/tests/data/checks/network
                 -B ${CMAKE_CURRENT_BINARY_DIR}/no_network_fixture -G ${CMAKE_GENERATOR}
                 -DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}
                 -DMOORING_SOURCE_DIR=${PROJECT_SOURCE_DIR} -DQt6_DIR=${Qt6_DIR})
set_tests_properties(
    no_network_catches_links
    PROPERTIES LABELS "fast;checks" TIMEOUT 120
               PASS_REGULAR_EXPRESSION
               "far_program -> innocent_layer -> talks_to_the_net -> Qt6::Network[\n ]+help_user -> Qt6::Help -> Qt::Sql"
               FAIL_REGULAR_EXPRESSION "clean_program")

# mooring names no speech or sound library as NEEDED: they are opened when reading aloud or
# sound is first used.
find_program(MOORING_READELF readelf)
set(no_speech ${PROJECT_SOURCE_DIR}/cmake/NeedsNoSpeech.cmake)
if(TARGET mooring)
    add_test(NAME mooring_needs_no_speech COMMAND ${CMAKE_COMMAND} -DREADELF=${MOORING_READELF}
                                                  -DPROGRAM=$<TARGET_FILE:mooring> -P ${no_speech})
    set_tests_properties(mooring_needs_no_speech PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                                                            "needs no speech or sound library at start-up")
endif()
# The same check on libpulse-simple, which needs libpulse: it must name it.
find_library(MOORING_PULSE_SIMPLE pulse-simple)
add_test(NAME no_speech_check_catches_needed COMMAND ${CMAKE_COMMAND} -DREADELF=${MOORING_READELF}
                                                     -DPROGRAM=${MOORING_PULSE_SIMPLE} -P ${no_speech})
set_tests_properties(no_speech_check_catches_needed PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                     "needs speech or sound libraries at start-up: libpulse\\.so")
# ... and on libopusurl (installed with libopusfile), which needs libopusfile: it must name it.
find_library(MOORING_OPUSURL opusurl)
add_test(NAME no_speech_check_catches_opus COMMAND ${CMAKE_COMMAND} -DREADELF=${MOORING_READELF}
                                                   -DPROGRAM=${MOORING_OPUSURL} -P ${no_speech})
set_tests_properties(no_speech_check_catches_opus PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                     "needs speech or sound libraries at start-up: libopusfile\\.so")
# ... and on a program that is not there: missing is a failure, never a pass.
add_test(NAME no_speech_check_catches_missing COMMAND ${CMAKE_COMMAND} -DREADELF=${MOORING_READELF}
                                                      -DPROGRAM=${PROJECT_BINARY_DIR}/no-such-program -P ${no_speech})
set_tests_properties(no_speech_check_catches_missing PROPERTIES LABELS "fast;checks" TIMEOUT 60 PASS_REGULAR_EXPRESSION
                                                                "The program to check is missing")
