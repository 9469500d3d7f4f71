# `cpack` in a build folder makes a Debian 12 package (.deb) of what `cmake --install`
# installs. The dependencies are Debian 12 package names, written out rather than
# worked out by dpkg-shlibdeps, so a sanitizer build cannot slip libasan into them;
# tests/package/deb_installs.sh checks the package unpacks and runs.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mooring)
set(CPACK_PACKAGE_VENDOR "The Mooring contributors")
set(CPACK_PACKAGE_CONTACT "The Mooring contributors <mooring@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private, offline companion for recovery from self-harm")
# No double quotes inside: CPack writes this string into CPackConfig.cmake as it is.
set(CPACK_PACKAGE_DESCRIPTION "Mooring keeps a personal safety plan, a coping toolbox and a private journal on
this computer only, in an encrypted database, and opens no network connection.
'I need help now' is one click away from the start, even before unlocking.
mooring-cli checks, exports and backs up a profile from a terminal, and with
mooring-cli-pdf saves the report for a therapy session as a PDF.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3+)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
# Checked against `dpkg -S` of every library the programs link or open at run time (Debian 12,
# bookworm): SQLCipher, sound and speech are opened when first needed, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), \
libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6charts6 (>= 6.4), \
libsqlcipher0 (>= 3.4.1), libsodium23 (>= 1.0.18), libqrencode4, libzxcvbn0, libspeechd2, libespeak-ng1, \
libpulse0, libopusenc0, libopusfile0, libfontconfig1")
include(CPack)
