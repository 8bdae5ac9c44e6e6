#!/usr/bin/env bash
# Checks the carbide HTML report: self-contained (no scripts, no external resources), free of NaN/inf, tags
# balanced; then renders the whole page in headless Chromium at 1400 px and, when Python 3 with Pillow is
# there, checks that nothing (no table, no chart) runs off the page's right edge.
#
#     scripts/check-html-report.sh [scenario.yaml] [output.png]     (default output: a temporary file)
#
# Needs: a release build of dedust (built here if missing) and Chromium (Debian: apt-get install chromium).
# The screenshots in docs/ come from scripts/report-screenshots.sh, which runs this first.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/carbide-furnace-81mva.yaml}"
png="${2:-}"
stem="$(basename "${scenario%.*}")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
[ -n "$png" ] || png="$out/full.png"

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
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --window-size=1400,16000 \
  --screenshot="$png" "file://$html" >/dev/null 2>&1 || fail "Chromium could not render $html"
[ -s "$png" ] || fail "no screenshot written"
# The page is at most 1320 px wide plus its margins; anything drawn in the last 20 px of a 1400 px window has run
# off it (tables and charts are bordered, so an overflow is never white).
for p in /usr/bin/python3 python3; do
  if "$p" -c "import PIL" 2>/dev/null; then
    "$p" - "$png" <<'PY' || fail "something runs off the page at 1400 px (see the screenshot)"
import sys
from PIL import Image, ImageChops
im = Image.open(sys.argv[1]).convert("RGB")
strip = im.crop((im.width - 20, 0, im.width, im.height))
sys.exit(1 if ImageChops.difference(strip, Image.new("RGB", strip.size, (255, 255, 255))).getbbox() else 0)
PY
    break
  fi
done
echo "check-html-report: $html is self-contained and well-formed and fits 1400 px; screenshot in $png ($(stat -c %s "$png") bytes)"
