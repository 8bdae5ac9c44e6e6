#!/usr/bin/env bash
# Screenshots of the carbide HTML report for docs/, rendered by headless Chromium at 1400 px:
#
#   docs/report.png                   top of the report: summary, limits at a glance, concentration along each train
#   docs/report-grade-efficiency.png  grade efficiency of every unit, with the bag filters as penetration on a log axis
#   docs/report-configuration.png     one configuration's units, warnings and limit checks (margins in words)
#
#     scripts/report-screenshots.sh [scenario.yaml] [output directory]
#
# Each picture is one part of the report (its <h2> sections) on a page of its own, trimmed below. Needs a
# release build of dedust (built here if missing), Chromium (Debian: apt-get install chromium) and Python 3
# with Pillow (Debian: apt-get install python3-pil). Runs scripts/check-html-report.sh first, which checks the
# report and that nothing is wider than the page. Look at the pictures afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/carbide-furnace-81mva.yaml}"
dest="${2:-docs}"
stem="$(basename "${scenario%.*}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "report-screenshots: $*" >&2; exit 1; }
python=""
for p in /usr/bin/python3 python3; do
  if "$p" -c "import PIL" 2>/dev/null; then python="$p"; break; fi
done
[ -n "$python" ] || fail "Python 3 with Pillow not found (Debian: apt-get install python3-pil)"

scripts/check-html-report.sh "$scenario" "$work/full.png" >/dev/null
[ -x .build/release/dedust ] || swift build -c release --product dedust >&2
.build/release/dedust run "$scenario" --format html --output "$work" --quiet
html="$work/$stem.html"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
mkdir -p "$dest"

# page NAME FIRST-H2 LAST-H2: the report's head, its title, and the <h2> sections from FIRST to LAST.
"$python" - "$html" "$work" <<'PY'
import re, sys
html, work = sys.argv[1], sys.argv[2]
text = open(html, encoding="utf-8").read()
head, body = text.split("<body>\n", 1)
intro, *sections = re.split(r"(?=<h2>)", body.replace("</body>\n</html>\n", ""))
def title(s): return re.match(r"<h2>(.*?)</h2>", s).group(1)
def page(name, first, last, with_intro):
    names = [title(s) for s in sections]
    i = next(k for k, n in enumerate(names) if n.startswith(first))
    j = next(k for k, n in enumerate(names) if n.startswith(last))
    part = (intro if with_intro else "") + "".join(sections[i:j + 1])
    open(f"{work}/{name}.html", "w", encoding="utf-8").write(head + "<body>\n" + part + "</body>\n</html>\n")
page("report", "Summary", "Dust concentration", True)
page("report-grade-efficiency", "Grade efficiency", "Grade efficiency", False)
page("report-configuration", "Configuration original", "Configuration original", False)
PY

for name in report report-grade-efficiency report-configuration; do
  "$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --window-size=1400,6000 \
    --screenshot="$work/$name.png" "file://$work/$name.html" >/dev/null 2>&1 || fail "Chromium could not render $name"
  "$python" - "$work/$name.png" "$dest/$name.png" <<'PY'
import sys
from PIL import Image, ImageChops
im = Image.open(sys.argv[1]).convert("RGB")
box = ImageChops.difference(im, Image.new("RGB", im.size, (255, 255, 255))).getbbox()
if box is None: sys.exit("blank screenshot")
im.crop((0, 0, im.width, min(im.height, box[3] + 24))).save(sys.argv[2], optimize=True)
PY
  echo "report-screenshots: $dest/$name.png"
done
