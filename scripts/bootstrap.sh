#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a Debian 12 machine from a fresh checkout to a running ActLab or a green test run.
#   scripts/bootstrap.sh app [ACTLAB ARGS...]   install what is missing, build, start the app
#   scripts/bootstrap.sh test                   install what is missing, build, run every test
# Installs Debian packages with apt-get (through sudo when not root); a second run installs
# nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
    app|test) shift ;;
    *) echo "usage: $0 app|test [actlab arguments]" >&2; exit 2 ;;
esac

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config ccache
    # Qt 6.4: Widgets, PrintSupport, Svg, Test, LinguistTools, and Qt's own Chinese dialogs
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    # plotting (Qt 6 build of QCustomPlot), formulas, linear algebra, parallel loops, benchmarks
    libqcustomplot-dev libqcustomplot2.1-qt6 libmuparser-dev libeigen3-dev libtbb-dev
    libbenchmark-dev
    # Chinese user interface
    fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

build=${ACTLAB_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build"

if [ "$mode" = app ]; then
    exec "$build/actlab" "$@"
fi
ctest --test-dir "$build" --output-on-failure -j2
