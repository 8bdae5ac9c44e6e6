#!/usr/bin/env bash
# Fuzzing the scenario loader, validator, runner and report writers in process (libFuzzer; issue 18 item 10).
#
#   scripts/fuzz.sh [SECONDS [libFuzzer options…]]   build the fuzz target, then fuzz for SECONDS (default 600)
#   scripts/fuzz.sh build                             only build it (.build-fuzz/release/dedust-fuzz)
#   scripts/fuzz.sh run SECONDS [options…]            only fuzz (after build); what CI runs under `timeout`
#   scripts/fuzz.sh record FILE…                      write the regression header of each FILE (a finding copied
#                                                     into Tests/Fuzz/regressions/) from what `dedust run` does now
#
# The corpus starts from scenarios/*.yaml and Tests/Fuzz/regressions/*.yaml and grows in .build-fuzz/corpus (set
# FUZZ_CORPUS to keep it elsewhere); Tests/Fuzz/scenario.dict gives libFuzzer the scenario's keys and units. A finding
# (a trap, a refusal without a located error, a result the consistency pass refuses, a run over 10 s) is saved
# as .build-fuzz/findings/crash-… or timeout-…, libFuzzer exits non-zero, and so does this script. Turn each
# finding into a regression test: fix it, copy the input to Tests/Fuzz/regressions/<item>-<what>.yaml, run
# `scripts/fuzz.sh record` on it, check the recorded message, and commit it (RobustnessTests replays them all).
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENBLAS_NUM_THREADS=1

SCRATCH=.build-fuzz
CORPUS=${FUZZ_CORPUS:-$SCRATCH/corpus}
FINDINGS=$SCRATCH/findings

build() {
  swift build -c release --product dedust-fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DDEDUST_FUZZ >&2
}

run() {
  local seconds=${1:-600}; shift || true
  mkdir -p "$CORPUS" "$FINDINGS"
  cp -n scenarios/*.yaml Tests/Fuzz/regressions/*.yaml "$CORPUS"/ 2>/dev/null || true
  echo "fuzz: $seconds s on $CORPUS ($(ls "$CORPUS" | wc -l) inputs); findings go to $FINDINGS/" >&2
  "$SCRATCH/release/dedust-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -dict=Tests/Fuzz/scenario.dict -artifact_prefix="$FINDINGS/" -print_final_stats=1 "$@" "$CORPUS"
}

record() {
  local dedust=.build/release/dedust root err
  root=$(pwd)
  [ -x "$dedust" ] || swift build -c release --product dedust >&2
  for f in "$@"; do
    local dir name body why status first
    dir=$(dirname "$f"); name=$(basename "$f")
    if head -1 "$f" | grep -q '^# Fuzz regression'; then
      why=$(head -1 "$f"); body=$(tail -n +4 "$f")
    else
      why="# Fuzz regression (issue 18): describe what it found."; body=$(cat "$f")
    fi
    # The header has a fixed three lines, so the recorded message's line numbers are the file's own.
    printf '%s\n# exit: 0\n# stderr:\n%s\n' "$why" "$body" > "$f"
    status=0
    err=$(cd "$dir" && "$root/$dedust" run "$name" --format json --quiet 2>&1 >/dev/null) || status=$?
    first=""; [ "$status" = 0 ] || first=$(printf '%s\n' "$err" | head -1)
    printf '%s\n# exit: %s\n# stderr: %s\n%s\n' "$why" "$status" "$first" "$body" > "$f"
    echo "$f: exit $status${first:+: $first}" >&2
  done
}

case "${1:-}" in
  build) build ;;
  run) shift; run "$@" ;;
  record) shift; record "$@" ;;
  *) build; run "$@" ;;
esac
