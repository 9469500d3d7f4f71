# Stands in for a check whose tool was not found when CMake ran (see cmake/Checks.cmake):
# ctest reports it as failed, with what to install.
message(FATAL_ERROR "This check needs ${WHAT}, which was not found when CMake ran. "
                    "Install it (scripts/deps.sh lists the Debian packages) and run CMake again.")
