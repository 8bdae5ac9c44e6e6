#!/bin/sh
# Trajectory engine benchmark with the NumPy settler side by side (docs/trajectories.md).
# Usage: Benchmarks/run-trajectory-bench.sh [--quick]
set -e
cd "$(dirname "$0")/.."
OPENBLAS_CORETYPE=SkylakeX OPENBLAS_NUM_THREADS=1 swift run -c release trajectory-benchmark --numpy "$@"
