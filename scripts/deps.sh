# Sourced by scripts/run and scripts/test: installs the Debian 12 packages that are missing.
# Only packages that `dpkg -s` does not report as installed are fetched.

MOORING_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libgl-dev
    libqt6opengl6-dev
    libsqlcipher-dev libsodium-dev nlohmann-json3-dev libzxcvbn-dev libdtl-dev libqrencode-dev
    libspeechd-dev libespeak-ng-dev libpulse-dev libopusenc-dev libopusfile-dev
    libfontconfig-dev  # fontconfig read ahead on a thread at start-up (src/app/StartupReadAhead.h)
)
MOORING_TEST_PACKAGES=(
    catch2 clang libclang-rt-14-dev sqlcipher poppler-utils xvfb xdotool bc strace gdb python3-jsonschema
    util-linux desktop-file-utils appstream tzdata
    python3 clang-format
    openbox dbus-daemon at-spi2-core python3-pyatspi
    pulseaudio  # a private sound server: a tone played and recorded back, nothing left in HOME
)

mooring_install_missing() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "All needed Debian packages are installed."
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
