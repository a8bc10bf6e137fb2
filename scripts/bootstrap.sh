#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a Debian 12 machine from a fresh checkout to a running ActLab or a green test run.
#   scripts/bootstrap.sh app [ACTLAB ARGS...]   install what is missing, build, start the app
#   scripts/bootstrap.sh test                   install what is missing, build, run every test:
#                                               test-release, test-asan, test-tsan, fuzz 30
#                                               (what CI runs; about 25 minutes from scratch)
#   scripts/bootstrap.sh test-release           the suite in the Release build (warnings are
#                                               errors), benchmarks built too
#   scripts/bootstrap.sh test-asan              every test under ASan + UBSan (clang, build-asan/)
#   scripts/bootstrap.sh test-tsan              the threaded tests under TSan (build-tsan/)
#   scripts/bootstrap.sh fuzz SECONDS           every fuzz target for SECONDS (build-fuzz/)
# Installs Debian packages with apt-get (through sudo when not root); a second run installs
# nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
    app|test|test-release|test-asan|test-tsan) shift ;;
    fuzz) shift; [ $# -ge 1 ] || { echo "usage: $0 fuzz SECONDS" >&2; exit 2; } ;;
    *) echo "usage: $0 app|test|test-release|test-asan|test-tsan|fuzz SECONDS [arguments]" >&2
       exit 2 ;;
esac

packages=(
    # toolchain (libc6-dev, which g++ brings anyway, has libmvec: vector maths for formulas)
    g++ libc6-dev cmake ninja-build pkg-config ccache
    # Qt 6.4: Widgets, PrintSupport, Svg, Test, LinguistTools, and Qt's own Chinese dialogs
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    # plotting (Qt 6 build of QCustomPlot), formulas, linear algebra, parallel loops, benchmarks
    libqcustomplot-dev libqcustomplot2.1-qt6 libmuparser-dev libeigen3-dev libtbb-dev
    libbenchmark-dev
    # Chinese user interface
    fonts-noto-cjk
)
# The test suite's format_check (one include order, .clang-format) needs clang-format; its
# install_check validates the desktop entry, metainfo and MIME types and builds the .deb.
case "$mode" in
    app) ;;
    *) packages+=(clang-format desktop-file-utils appstream shared-mime-info dpkg-dev) ;;
esac
# The sanitizer and fuzzing builds: clang with its libFuzzer and sanitizer runtimes.
case "$mode" in app|test-release) ;; *) packages+=(clang libclang-rt-14-dev) ;; esac

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

# Several worktrees of this repository may share one ccache; relative paths let them share it.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
# The sanitizer builds carry debug information, which names the build folder; without this,
# ccache would never share their objects between build-asan/ and build-fuzz/ (or worktrees).
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
build=${ACTLAB_BUILD_DIR:-build}

if [ "$mode" = app ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build"
    exec "$build/actlab" "$@"
fi

# Tests that use threads, run under ThreadSanitizer (tst_propagation as
# tst_propagation_threads: its thread-related functions, tests/core/CMakeLists.txt).
tsan_tests=(tst_engine tst_engineretirement tst_trainer tst_parallelexecutor tst_propagation
            tst_depthlabworker tst_formulaprogram tst_modelprobe tst_playgroundpage
            tst_enginestress tst_playgroundstress)
tsan_test_names=("${tsan_tests[@]/#tst_propagation/tst_propagation_threads}")
# Sanitizer builds: -O1 with assertions on; benchmarks are not needed. They are built from
# scratch in CI, where precompiled Qt headers save most of the parsing (ACTLAB_PCH); ccache
# caches such compiles only with these sloppiness settings.
sanitizer_flags=(-G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1"
                 -DACTLAB_BUILD_BENCHMARKS=OFF -DACTLAB_WERROR=ON -DACTLAB_PCH=ON)
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}

stage_times=()
stage() { # stage NAME COMMAND...: runs one stage and records its wall time
    local name=$1 start=$SECONDS
    shift
    echo "=== $name"
    "$@"
    stage_times+=("$(printf '%-14s %4d s' "$name" $((SECONDS - start)))")
}
report() {
    echo
    echo "Wall time per stage:"
    printf '  %s\n' "${stage_times[@]}"
}

test_release() {
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DACTLAB_WERROR=ON
    cmake --build "$build"
    ctest --test-dir "$build" --output-on-failure -j2
}

# ASan + UBSan with clang and libFuzzer's instrumentation: the same build then runs the whole
# suite and the fuzz targets, so CI compiles the sanitized code once, not twice.
asan_build=${ACTLAB_ASAN_BUILD_DIR:-build-asan}
test_asan() {
    cmake -S . -B "$asan_build" "${sanitizer_flags[@]}" -DCMAKE_CXX_COMPILER=clang++ \
        -DACTLAB_FUZZ=ON
    cmake --build "$asan_build"
    ctest --test-dir "$asan_build" --output-on-failure -j2
}

test_tsan() {
    local dir=${ACTLAB_TSAN_BUILD_DIR:-build-tsan}
    cmake -S . -B "$dir" "${sanitizer_flags[@]}" -DACTLAB_SANITIZE=thread
    cmake --build "$dir" --target "${tsan_tests[@]}"
    local pattern
    pattern="^($(IFS='|'; echo "${tsan_test_names[*]}"))\$"
    ctest --test-dir "$dir" --output-on-failure -j2 -R "$pattern"
}

trap report EXIT
case "$mode" in
    test-release) stage release test_release ;;
    test)
        stage release test_release
        stage asan+ubsan test_asan
        stage tsan test_tsan
        stage fuzz env ACTLAB_FUZZ_BUILD_DIR="$asan_build" ./scripts/fuzz.sh 30
        ;;
    test-asan) stage asan+ubsan test_asan ;;
    test-tsan) stage tsan test_tsan ;;
    fuzz) stage fuzz ./scripts/fuzz.sh "$@" ;;
esac
