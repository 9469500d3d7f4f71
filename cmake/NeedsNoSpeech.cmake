# cmake -DPROGRAM=<file> -DREADELF=<readelf> -P NeedsNoSpeech.cmake
#
# Fails when PROGRAM's dynamic section names a speech or sound library as NEEDED: the
# speech libraries (libspeechd, libespeak-ng), libpulse-simple and libpulse, and the Ogg
# Opus ones (libopusenc, libopusfile, and libopus and libogg under them). Reading aloud and
# sound open them the first time they are used (src/sound/RuntimeLibrary.h), so no start of
# Mooring pays for loading them and the libraries they bring. Fails too when readelf or the
# program is missing, or when readelf lists nothing NEEDED at all (a check that could not
# look must not pass).
cmake_minimum_required(VERSION 3.25)

# Said on one line as written (a FATAL_ERROR text is re-wrapped), then the script stops.
function(refuse text)
    message(NOTICE "${text}")
    message(FATAL_ERROR "The speech and sound library check did not pass.")
endfunction()

if(NOT READELF OR NOT EXISTS "${READELF}")
    refuse("readelf is needed for this check and was not found (package binutils).")
endif()
if(NOT PROGRAM OR NOT EXISTS "${PROGRAM}")
    refuse("The program to check is missing: \"${PROGRAM}\". Build it first.")
endif()
execute_process(COMMAND "${READELF}" -d "${PROGRAM}" OUTPUT_VARIABLE dynamic ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    refuse("readelf could not read ${PROGRAM} (exit status ${status}): ${errors}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
if(NOT needed)
    refuse("readelf lists nothing NEEDED for ${PROGRAM}, so this check cannot tell what it loads:\n${dynamic}")
endif()
set(speech)
foreach(line IN LISTS needed)
    if(line MATCHES "\\[(lib(speechd|espeak-ng|pulse-simple|pulse|opusenc|opusfile|opus|ogg)\\.so[^]]*)\\]")
        list(APPEND speech ${CMAKE_MATCH_1})
    endif()
endforeach()
if(speech)
    list(JOIN speech ", " names)
    refuse("${PROGRAM} needs speech or sound libraries at start-up: ${names}")
endif()
message(STATUS "${PROGRAM} needs no speech or sound library at start-up.")
