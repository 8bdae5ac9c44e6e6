#!/usr/bin/env bash
# Screenshot of the carbide study's HTML report for docs/ (docs/study-report.png: the inputs, P(limit met) with
# intervals and the cumulative distributions of the limited quantities), rendered by headless Chromium at 1400 px.
#
#     scripts/study-screenshot.sh [study.yaml] [output.png]
#
# Needs a release build of dedust (built here if missing), Chromium (Debian: apt-get install chromium) and Python 3
# with Pillow (apt-get install python3-pil). Look at the picture afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
study="${1:-scenarios/studies/carbide-furnace-study.yaml}"
out="${2:-docs/study-report.png}"
stem="$(basename "${study%.*}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "study-screenshot: Chromium not found (apt-get install chromium)" >&2; exit 1; }
[ -x .build/release/dedust ] || swift build -c release --product dedust >&2
.build/release/dedust study "$study" --format html --output "$work" --quiet >/dev/null
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2600 \
  --screenshot="$work/full.png" "file://$work/$stem.html" 2>/dev/null
/usr/bin/python3 - "$work/full.png" "$out" <<'PY'
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
# Trim the white below the last non-white row.
w, h = im.size
px = im.load()
bottom = h
while bottom > 1 and all(px[x, bottom - 1] == (255, 255, 255) for x in range(0, w, 7)):
    bottom -= 1
im.crop((0, 0, w, min(h, bottom + 16))).save(sys.argv[2], optimize=True)
PY
echo "wrote $out" >&2
