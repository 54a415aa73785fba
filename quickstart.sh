#!/usr/bin/env bash
# Sets up CNN Workbench on Debian 12 and starts it or runs its tests.
#
#   ./quickstart.sh app    install what is missing, build (Release) and start the window
#   ./quickstart.sh test   install what is missing, build and run the whole test suite
#
# Both steps are idempotent: packages already installed are not touched, an existing
# build folder is reused, and a second run with nothing to rebuild takes seconds.
# Set BUILD_DIR to build elsewhere (default: ./build).
set -euo pipefail

mode=${1:-}
if [[ "$mode" != app && "$mode" != test ]]; then
    echo "usage: $0 app|test" >&2
    exit 2
fi
shift

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$source_dir/build}

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqcustomplot-dev
    libtorch-dev libopenblas0-pthread libjemalloc-dev
    libopencv-dev libtiff-dev libjpeg-dev libfreetype-dev libfontconfig-dev
    libgdcm-dev libzinnia-dev tegaki-zinnia-simplified-chinese
    fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming fonts-lxgw-wenkai
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" -j "$(nproc)"

if [[ "$mode" == app ]]; then
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
        echo "Run this from a desktop session, or headless: xvfb-run $build_dir/bin/cnn-workbench" >&2
        echo "The command line works without a display: $build_dir/bin/cnn-workbench --help" >&2
        exit 1
    fi
    exec "$build_dir/bin/cnn-workbench" "$@"
fi

cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
