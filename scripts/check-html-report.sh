#!/usr/bin/env bash
# Renders the carbide report in headless Chromium and writes docs/report.png, after checking that the HTML
# is self-contained (no scripts, no external resources) and free of NaN/inf.
#
#     scripts/check-html-report.sh [scenario.yaml] [output.png]
#
# Needs: a release build of dedust (built here if missing) and Chromium (Debian: apt-get install chromium).
# Look at the PNG afterwards: the charts must be legible and every configuration present.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/carbide-furnace-81mva.yaml}"
png="${2:-docs/report.png}"
stem="$(basename "${scenario%.*}")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

[ -x .build/release/dedust ] || swift build -c release --product dedust
.build/release/dedust run "$scenario" --format html --output "$out" --quiet
html="$out/$stem.html"

fail() { echo "check-html-report: $*" >&2; exit 1; }
grep -q '<script' "$html" && fail "the report contains a script"
grep -Eq '(src|href)=' "$html" && fail "the report references an external resource"
grep -Eq 'NaN|\binf\b' "$html" && fail "the report contains a non-finite number"
for tag in svg table; do
  opened=$(grep -o "<$tag[ >]" "$html" | wc -l); closed=$(grep -o "</$tag>" "$html" | wc -l)
  [ "$opened" -eq "$closed" ] || fail "<$tag> opened $opened times, closed $closed times"
done

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || fail "Chromium not found (Debian: apt-get install chromium)"
mkdir -p "$(dirname "$png")"
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --window-size=1280,4000 \
  --screenshot="$png" "file://$html" >/dev/null 2>&1 || fail "Chromium could not render $html"
[ -s "$png" ] || fail "no screenshot written"
echo "check-html-report: $html is self-contained and well-formed; screenshot in $png ($(stat -c %s "$png") bytes)"
