#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each for SECONDS seconds.
#   scripts/fuzz.sh SECONDS [TARGET...]      (targets: formula csv labfile cli; default: all)
# Each target starts from its seed corpus (tests/fuzz/corpus/<target>/) and the inputs that
# once failed (tests/fuzz/regressions/<target>/); new interesting inputs go to
# build-fuzz/corpus/<target>/ and a failing input to build-fuzz/findings/<target>/. Prints the
# executions and findings per target and in total; exits 1 when anything was found. Copy a
# finding into tests/fuzz/regressions/<target>/ once it is fixed, so ctest replays it. The
# targets run side by side, one per core (ACTLAB_FUZZ_JOBS overrides).
# Needs clang and libclang-rt-14-dev (scripts/bootstrap.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 SECONDS [formula|csv|labfile|cli]..." >&2
    exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(formula csv labfile cli)

build=${ACTLAB_FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
# A build folder already configured for fuzzing (CI's build-asan, which also runs the test
# suite) is used as it is; otherwise build only the fuzz targets and what they need.
if ! grep -q '^ACTLAB_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DACTLAB_FUZZ=ON -DACTLAB_BUILD_TESTS=OFF \
        -DACTLAB_BUILD_BENCHMARKS=OFF -DACTLAB_WERROR=ON >/dev/null
fi
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

# The targets run side by side, as many at a time as there are cores (ACTLAB_FUZZ_JOBS): each
# is one process, so on CI's two cores the four take two rounds of SECONDS, not four.
jobs=${ACTLAB_FUZZ_JOBS:-$(nproc)}
fuzz_one() { # fuzz_one TARGET: runs it, leaves its log and exit status in $build
    local t=$1 corpus="$build/corpus/$1" findings="$build/findings/$1" status=0
    mkdir -p "$corpus" "$findings"
    "$build/fuzz/fuzz_$t" "$corpus" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$findings/" >"$build/fuzz-$t.log" 2>&1 || status=$?
    echo "$status" >"$build/fuzz-$t.status"
}
running=0
for t in "${targets[@]}"; do
    echo "== fuzz_$t for ${seconds}s (log: $build/fuzz-$t.log)"
    fuzz_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

total_runs=0
total_findings=0
summary=()
for t in "${targets[@]}"; do
    findings="$build/findings/$t"
    log="$build/fuzz-$t.log"
    status=$(cat "$build/fuzz-$t.status")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
    [ -n "$runs" ] || runs=0
    found=0
    if [ "$status" -ne 0 ]; then
        found=1
        echo "== fuzz_$t found something:"
        grep -E "^(==[0-9]+==ERROR|SUMMARY|.*FUZZ_CHECK|.*runtime error)" "$log" | head -n 5 || true
        ls "$findings" | tail -n 1 | sed "s|^|   input: $findings/|"
    fi
    summary+=("$(printf '%-8s %12s executions  %d findings' "$t" "$runs" "$found")")
    total_runs=$((total_runs + runs))
    total_findings=$((total_findings + found))
done
echo
printf '%s\n' "${summary[@]}"
printf '%-8s %12s executions  %d findings  (%ss per target)\n' total "$total_runs" \
    "$total_findings" "$seconds"
[ "$total_findings" -eq 0 ]
