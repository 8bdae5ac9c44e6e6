#!/usr/bin/env bash
# Dedust ↔ Dyssol cross-check of the VDI-2019 Muschelknautz cyclone (issue 4).
#
# Usage: scripts/dyssol/compare.sh [OUTPUT_DIR]
#
# 1. Runs Dyssol's own regression case (a1-regression.script.txt, physics.md §8 A1) with the installed DyssolC
#    and prints its coarse-outlet flows (Dyssol 1.1.1 with its Debian materials database prints the values of the
#    older ideal.res; see README.md).
# 2. Runs the Swift test CycloneDyssolCrossCheckTests, which generates one DyssolC script per cyclone case
#    (like example-case.script.txt), runs DyssolC, reads the gas and solid properties from Dyssol's materials
#    database, evaluates Dedust's MuschelknautzVDI on the same inputs and checks total efficiency (0.5 %) and
#    per-class efficiency (1 percentage point). The comparison table is written to OUTPUT_DIR/comparison.md,
#    the generated DyssolC scripts and results to OUTPUT_DIR/runs/case*/.
#
# Needs: DyssolC (Debian/Ubuntu: apt-get install dyssol), the Swift toolchain.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/scripts/dyssol"
dyssol="${DYSSOLC:-/usr/bin/DyssolC}"
if [ ! -x "$dyssol" ]; then
  echo "compare.sh: $dyssol not found (install the Debian package 'dyssol')" >&2
  exit 2
fi
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/dedust-dyssol.XXXXXX")}"
mkdir -p "$out/a1" "$out/runs"
out="$(cd "$out" && pwd)"

# Installed model and database paths, from Dyssol's config when present.
models=/usr/lib/x86_64-linux-gnu/Dyssol/Units
database=/usr/share/Dyssol/MaterialsDB/Materials.dmdb
if [ -f /usr/share/Dyssol/config.ini ]; then
  m=$(sed -n 's/^modelsFolders=\([^,]*\).*/\1/p' /usr/share/Dyssol/config.ini); [ -n "$m" ] && models="$m"
  d=$(sed -n 's/^materialsDBPath=//p' /usr/share/Dyssol/config.ini); [ -n "$d" ] && database="$d"
fi

echo "== Dyssol regression case A1 with $("$dyssol" --version 2>/dev/null | head -1 || echo DyssolC)"
sed -e "s#@DIR@#$out/a1#g" \
    -e "s#^MODELS_PATH .*#MODELS_PATH $models#" \
    -e "s#^MATERIALS_DATABASE .*#MATERIALS_DATABASE $database#" \
    "$here/a1-regression.script.txt" > "$out/a1/script.txt"
"$dyssol" --script="$out/a1/script.txt" > "$out/a1/log.txt" 2>&1
grep '^STREAM_MASS "OutC"' "$out/a1/real.res"
echo "   (Dyssol-open ideal.res @4df08772, repository database: 0 0.0488536 10 0.24927 20 0.49951 30 4.99982 40 6.99938 50 8.99522;"
echo "    @064be73b, as the Debian 1.1.1 database: 0 0.0483981 10 0.248789 20 0.499155 30 4.99972 40 6.99895 50 8.99246)"

echo "== Dedust MuschelknautzVDI vs DyssolC on the cyclone cases (swift test)"
cd "$root"
DEDUST_DYSSOL_KEEP="$out/runs" DEDUST_DYSSOL_REPORT="$out/comparison.md" \
  swift test --filter CycloneDyssolCrossCheckTests 2>&1 | grep -E "✔|✘|error" || true
if [ -f "$out/comparison.md" ]; then
  cat "$out/comparison.md"
  echo "Comparison table: $out/comparison.md; DyssolC scripts and results: $out/runs/case*/"
else
  echo "compare.sh: the cross-check test did not write a report (see the test output above)" >&2
  exit 1
fi
