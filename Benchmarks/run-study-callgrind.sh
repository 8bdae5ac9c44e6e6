#!/bin/sh
# Instructions per study sample (issue 12 item 5), a count that does not depend on the machine's load:
# `scenario-benchmark --study-only` under valgrind's callgrind with N1 and N2 variants; the difference divided by
# N2 − N1 is one sample (variant by parameter path + ScenarioRunner(threads: 1).run of every configuration), free
# of start-up, parsing and warm-up. Debug info is stripped from a copy first (valgrind 3.19 cannot read Swift
# 6's DWARF); SWIFT_DETERMINISTIC_HASHING=1 fixes the hash seed, so the count repeats to a
# few hundred instructions (without it, ±1 %).
# Usage: Benchmarks/run-study-callgrind.sh [N1 N2] (default 2 6); SCRATCH=<scratch path> (default .build).
set -e
cd "$(dirname "$0")/.."
N1=${1:-2}
N2=${2:-6}
SCRATCH=${SCRATCH:-.build}
OPENBLAS_NUM_THREADS=1 swift build -c release --scratch-path "$SCRATCH" --product scenario-benchmark >/dev/null
BIN=$(mktemp)
objcopy --strip-debug "$SCRATCH/release/scenario-benchmark" "$BIN"
count() {
    SWIFT_DETERMINISTIC_HASHING=1 OPENBLAS_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" --study-only --study "$1" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
A=$(count "$N1")
B=$(count "$N2")
rm -f "$BIN"
echo "instructions: $N1 variants $A, $N2 variants $B -> $(( (B - A) / (N2 - N1) )) per sample"
