#!/usr/bin/env bash
# Loads eventline's exports in the front ends they feed, headless, and checks what was drawn.
#
#   bash tests/frontends/run.sh              # exports of the synthetic test dataset + negative checks
#   bash tests/frontends/run.sh DIR          # the files of `eventline build ... --format all -o DIR`
#
# Installs what it needs: Debian chromium (apt-get, as root) and the npm packages pinned in
# tests/frontends/package-lock.json, into $FE_DIR (default ~/.cache/eventline-frontends, outside
# the repo; reused while the lock file is unchanged). Screenshots and reports go to $CHECK_OUT
# (default DIR/checks). Ends with "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export FE_DIR="${FE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/eventline-frontends}"
PY=/usr/bin/python3

# ---- install ------------------------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v dot >/dev/null || need_apt+=(graphviz)
command -v node >/dev/null || need_apt+=(nodejs npm)
$PY -c 'import networkx, jsonschema, lxml' 2>/dev/null || need_apt+=(python3-networkx python3-jsonschema python3-lxml)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
if ((${#need_apt[@]})); then
  if [ "$(id -u)" != 0 ]; then echo "run.sh: missing ${need_apt[*]}; install them as root" >&2; exit 1; fi
  echo "installing: ${need_apt[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null || exit 1
fi
lock_sum="$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -c1-16)"
if [ "$(cat "$FE_DIR/.lock-sum" 2>/dev/null)" != "$lock_sum" ] || [ ! -d "$FE_DIR/node_modules" ]; then
  echo "npm ci into $FE_DIR"
  mkdir -p "$FE_DIR"
  cp "$here/package.json" "$here/package-lock.json" "$FE_DIR/"
  (cd "$FE_DIR" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
  echo "$lock_sum" > "$FE_DIR/.lock-sum"
fi

# ---- the files to check -------------------------------------------------------------------------
self_test=0
if [ $# -ge 1 ]; then
  dir="$(cd "$1" && pwd)" || exit 1
else
  self_test=1
  build="${BUILD_DIR:-$root/build}"
  [ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1
  cmake --build "$build" --target test_exporters -j"$(nproc)" >/dev/null || exit 1
  dir="$(mktemp -d /tmp/eventline-exports-XXXXXX)"
  EVENTLINE_EXPORT_DIR="$dir" "$build/tests/test_exporters" "[.export]" >/dev/null || exit 1
  echo "sample exports written to $dir"
fi
out="${CHECK_OUT:-$dir/checks}"
mkdir -p "$out"

pass=0; fail=0
result() {  # name ok(0/1) detail-file
  if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "PASS $1"; else fail=$((fail + 1)); echo "FAIL $1 (see $3)"; fi
}
browser() {  # format file [expect=ok|bad]
  local fmt="$1" f="$2" expect="${3:-ok}" name rc
  name="$(basename "$f")"
  node "$here/check.js" "$fmt" "$f" "$out/$name.png" >"$out/$name.report.json" 2>&1; rc=$?
  if [ "$expect" = bad ]; then [ $rc != 0 ]; rc=$?; fi
  result "$fmt $name${3:+ (expect $expect)}" "$rc" "$out/$name.report.json"
}
has() { [ -f "$dir/$1" ]; }

if has graph.dot; then
  ok=0
  for t in canon svg; do
    dot -T$t "$dir/graph.dot" >/dev/null 2>"$out/graph.dot.$t.err" || ok=1
    [ -s "$out/graph.dot.$t.err" ] && ok=1
  done
  dot -Tpng "$dir/graph.dot" -o "$out/graph.dot.png" 2>>"$out/graph.dot.svg.err" || ok=1
  result "dot graph.dot (dot -Tcanon/-Tsvg, empty stderr)" $ok "$out/graph.dot.*.err"
fi
if has graph.timeline.json; then
  $PY -c 'import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' \
    "$dir/graph.timeline.json" "$root/docs/timeline.schema.json" >"$out/timeline.err" 2>&1
  result "timeline graph.timeline.json (docs/timeline.schema.json)" $? "$out/timeline.err"
fi
if has graph.json && [ -f "$root/docs/eventline-1.schema.json" ]; then
  # A relative "$id" makes Debian's jsonschema 4.10 resolve "#/$defs/..." to a bogus URL: drop it.
  $PY -c 'import json,sys,jsonschema; s = json.load(open(sys.argv[2])); s.pop("$id", None); jsonschema.validate(json.load(open(sys.argv[1])), s)' \
    "$dir/graph.json" "$root/docs/eventline-1.schema.json" >"$out/json.err" 2>&1
  result "json graph.json (docs/eventline-1.schema.json)" $? "$out/json.err"
fi
for x in graphml gexf; do
  has graph.$x || continue
  $PY - "$dir/graph.$x" "$x" >"$out/$x.err" 2>&1 <<'EOF'
import sys, networkx as nx
from lxml import etree
path, fmt = sys.argv[1], sys.argv[2]
etree.parse(path)  # well-formed XML
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
ids = {n for n in g.nodes}
for n, d in g.nodes(data=True):
    assert d.get("eid", n) == n, f"node {n}: eid {d.get('eid')}"
    assert "kind" in d, f"node {n} has no kind"
if fmt == "gexf":
    root = etree.parse(path).getroot()
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
print(f"{fmt}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
EOF
  result "networkx graph.$x" $? "$out/$x.err"
done
if has graph.svg; then
  $PY -c 'import sys; from lxml import etree; r = etree.parse(sys.argv[1]).getroot(); assert r.tag.endswith("svg")' \
    "$dir/graph.svg" >"$out/svg.err" 2>&1
  result "svg graph.svg (well-formed SVG)" $? "$out/svg.err"
fi
if has graph.png; then
  head -c 8 "$dir/graph.png" | od -An -c | grep -q 'P   N   G'
  result "png graph.png (PNG signature)" $? "$dir/graph.png"
fi
has graph.geojson && browser geojson "$dir/graph.geojson"
has graph.tl.json && browser timelinejs "$dir/graph.tl.json"
has graph.vis.json && browser vis "$dir/graph.vis.json"
has graph.cy.json && browser cytoscape "$dir/graph.cy.json"
has graph.html && browser html "$dir/graph.html"

# ---- negative checks: the traps each front end hides must make the checks fail -----------------
if [ $self_test = 1 ]; then
  bad="$dir/bad"; mkdir -p "$bad"
  $PY - "$dir" "$bad" <<'EOF'
import json, sys, os
src, bad = sys.argv[1], sys.argv[2]
load = lambda n: json.load(open(os.path.join(src, n)))
save = lambda n, d: json.dump(d, open(os.path.join(bad, n), "w"))
tl = load("graph.tl.json"); del tl["events"][0]["start_date"]; save("nodate.tl.json", tl)       # silently dropped
vis = load("graph.vis.json"); vis["items"][0]["group"] = "nope"; save("badgroup.vis.json", vis)  # silently hidden
cy = load("graph.cy.json"); cy["elements"]["nodes"].append(dict(cy["elements"]["nodes"][0])); save("dupid.cy.json", cy)
geo = load("graph.geojson")
for f in geo["features"]:
    if f["geometry"]["type"] == "Point":
        f["geometry"]["coordinates"].reverse(); f["geometry"]["coordinates"][1] += 90   # swapped, off the globe
save("swapped.geojson", geo)
html = open(os.path.join(src, "graph.html")).read().replace('"undated":[', '"undated":[{"bogus":1},', 1)
open(os.path.join(bad, "broken.html"), "w").write(html)                                   # page script error
EOF
  browser timelinejs "$bad/nodate.tl.json" bad
  browser vis "$bad/badgroup.vis.json" bad
  browser cytoscape "$bad/dupid.cy.json" bad
  browser geojson "$bad/swapped.geojson" bad
  browser html "$bad/broken.html" bad
fi

echo "screenshots and reports: $out"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
