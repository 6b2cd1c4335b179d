#!/usr/bin/env bash
# Measures RoiReport against the tools a user would pick instead, side by side on this machine,
# and prints the ratios of issue #6. Whole processes, wall time and peak memory (GNU time),
# each side run alternately RUNS times (default 5); medians are compared.
#
#   bench/run.sh            everything
#   bench/run.sh cube       roireport benchmark against DuckDB on 1,000,000 firms
#   bench/run.sh content    roireport build against Hugo on 1,000 Markdown pages
#   bench/run.sh site       the demonstration site: a cold build, then one with a page changed,
#                           then serve (also alone: bench/run.sh serve)
#   bench/run.sh curves     growth with firms (10k, 100k, 1M) and pages (100, 1,000, 10,000)
#   bench/run.sh micro      the BenchmarkDotNet micro-benchmarks (parser, quantile kernel, pages, PNG encoders)
#
# Inputs and outputs go to bench/out/ (ignored by git). The tools come from the registries:
# DuckDB's Node.js package (npm ci in bench/), Hugo and GNU time from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
OUT=bench/out
mkdir -p "$OUT"
WHAT=${1:-all}

need_debian() {
  if ! command -v "$1" > /dev/null; then
    echo "installing $2 from Debian" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$2" > /dev/null; else sudo apt-get install -y -q "$2" > /dev/null; fi
  fi
}
need_debian /usr/bin/time time
[ -x /usr/bin/time ] || { echo "GNU time is needed at /usr/bin/time" >&2; exit 1; }

# The CLI as it is published for use: Release, compiled ahead of time (ReadyToRun) for this
# platform, so that a run does not spend its first half-second compiling ScottPlot, Markdig and
# Handlebars. BENCH_JIT=1 measures the plain `dotnet build` output instead.
ROOT=$PWD
if [ "${BENCH_JIT:-0}" = 1 ]; then
  dotnet build -c Release -v quiet -nologo src/RoiReport.Cli > /dev/null
  ROIREPORT=(dotnet "$ROOT/src/RoiReport.Cli/bin/Release/net10.0/roireport.dll")
else
  dotnet publish src/RoiReport.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -v quiet -nologo -o "$OUT/roireport" > /dev/null
  ROIREPORT=(dotnet "$ROOT/$OUT/roireport/roireport.dll")
fi

# One run of a command: prints "SECONDS KILOBYTES".
measure() {
  local log
  log=$(mktemp)
  if ! /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null 2> "$OUT/last-stderr.txt"; then
    echo "failed: $*" >&2
    cat "$OUT/last-stderr.txt" >&2
    exit 1
  fi
  cat "$log"
  rm -f "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Runs two commands alternately RUNS times; prints a result line with medians and ratios.
# compare NAME TIME_TARGET MEMORY_TARGET_MB -- ours... -- theirs...
compare() {
  local name=$1 time_target=$2 memory_target=$3
  shift 3
  local ours=() theirs=() side=0
  for arg in "$@"; do
    if [ "$arg" = "--" ]; then side=$((side + 1)); continue; fi
    if [ $side = 1 ]; then ours+=("$arg"); else theirs+=("$arg"); fi
  done
  local our_times=() their_times=() our_memory=() their_memory=()
  for _ in $(seq "$RUNS"); do
    read -r t m < <(measure "${ours[@]}"); our_times+=("$t"); our_memory+=("$m")
    read -r t m < <(measure "${theirs[@]}"); their_times+=("$t"); their_memory+=("$m")
  done
  local ot tt om tm
  ot=$(printf '%s\n' "${our_times[@]}" | median)
  tt=$(printf '%s\n' "${their_times[@]}" | median)
  om=$(printf '%s\n' "${our_memory[@]}" | median)
  tm=$(printf '%s\n' "${their_memory[@]}" | median)
  awk -v n="$name" -v ot="$ot" -v tt="$tt" -v om="$om" -v tm="$tm" -v target="$time_target" -v mt="$memory_target" 'BEGIN {
    ratio = ot / tt
    printf "%-34s roireport %6.2f s %5.0f MB | other %6.2f s %5.0f MB | ratio %.2f (target <= %s) %s", n, ot, om / 1024, tt, tm / 1024, ratio, target, (ratio <= target ? "ok" : "MISSED")
    if (mt != "-") printf " | memory %.0f MB (target <= %s MB) %s", om / 1024, mt, (om / 1024 <= mt ? "ok" : "MISSED")
    printf "\n"
  }' | tee -a "$OUT/results.txt"
}

sample() { # sample FIRMS FILE
  [ -f "$2" ] || "${ROIREPORT[@]}" sample --firms "$1" --year 2025 --seed 6 --out "$2" > /dev/null
}

duckdb_ready() {
  [ -d bench/node_modules/@duckdb/node-api ] || npm ci --prefix bench --no-audit --no-fund > /dev/null
}

content() { # content PAGES -> $OUT/content-PAGES
  [ -d "$OUT/content-$1" ] || python3 bench/make_content.py "$1" "$OUT/content-$1"
}

cube() {
  duckdb_ready
  sample 1000000 "$OUT/firms-1000000.csv"
  compare "benchmark, 1,000,000 firms vs DuckDB" 0.5 200 \
    -- "${ROIREPORT[@]}" benchmark --data "$OUT/firms-1000000.csv" --out "$OUT/cube-roireport.json" \
    -- node bench/duckdb-cube.mjs "$OUT/firms-1000000.csv" "$OUT/cube-duckdb.csv"
}

content_site() {
  need_debian hugo hugo
  content 1000
  # From the site's own folder, which has no data/: a site of pages alone.
  compare "build, 1,000 pages vs Hugo" 1.0 - \
    -- env -C "$OUT/content-1000/roireport" "${ROIREPORT[@]}" build --theme "$PWD/theme" \
    -- hugo --quiet --source "$OUT/content-1000/hugo" --destination "$OUT/content-1000/hugo-site"
}

demo_site() {
  local times=() warm=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$OUT/demo-cache" "$OUT/demo-site"
    read -r t _ < <(measure "${ROIREPORT[@]}" build --input "$OUT/demo-input" --output "$OUT/demo-site" --cache "$OUT/demo-cache"); times+=("$t")
    echo "<!-- $RANDOM -->" >> "$OUT/demo-input/posts/2024-11-18-first-wave.md" 2> /dev/null || true
    read -r t _ < <(measure "${ROIREPORT[@]}" build --input "$OUT/demo-input" --output "$OUT/demo-site" --cache "$OUT/demo-cache"); warm+=("$t")
  done
  local cold second lowest highest
  cold=$(printf '%s\n' "${times[@]}" | median)
  second=$(printf '%s\n' "${warm[@]}" | median)
  # The file system moves the cold build by a second from run to run (docs/performance.md), so its range is shown too.
  lowest=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  highest=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  awk -v c="$cold" -v w="$second" -v lo="$lowest" -v hi="$highest" 'BEGIN {
    printf "%-34s cold %6.2f s (runs %.2f to %.2f s; target < 5 s) %s | one page changed %6.2f s, %.1fx faster (target >= 5x) %s\n", "demonstration site", c, lo, hi, (c < 5 ? "ok" : "MISSED"), w, c / w, (c / w >= 5 ? "ok" : "MISSED")
  }' | tee -a "$OUT/results.txt"
}

# roireport serve: the time from saving a Markdown page to the new page being served, polled
# with curl every few milliseconds (so the figure includes the watcher's quiet period and HTTP).
serve_edit() {
  local port=5391 input="$OUT/serve-input" times=()
  rm -rf "$input" && cp -r input "$input"
  "${ROIREPORT[@]}" serve --port "$port" --input "$input" > "$OUT/serve.log" 2>&1 &
  local server=$!
  until curl -sf "http://127.0.0.1:$port/methodology/" > /dev/null; do sleep 0.2; done
  for i in $(seq "$RUNS"); do
    sleep 1
    local marker="edit-$i-$RANDOM" start end
    start=$(date +%s%N)
    printf '\n%s\n' "$marker" >> "$input/methodology.md"
    until curl -s "http://127.0.0.1:$port/methodology/" | grep -q "$marker"; do sleep 0.005; done
    end=$(date +%s%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
  done
  kill "$server"; wait "$server" 2> /dev/null || true
  local t
  t=$(printf '%s\n' "${times[@]}" | median)
  awk -v t="$t" 'BEGIN { printf "%-34s one page edited until served %6.3f s (target <= 0.2 s) %s\n", "serve", t, (t <= 0.2 ? "ok" : "MISSED") }' | tee -a "$OUT/results.txt"
}

curves() {
  for firms in 10000 100000 1000000; do
    sample "$firms" "$OUT/firms-$firms.csv"
    local ts=()
    for _ in $(seq "$RUNS"); do read -r t m < <(measure "${ROIREPORT[@]}" benchmark --data "$OUT/firms-$firms.csv" --out "$OUT/curve.json"); ts+=("$t"); done
    printf "curve: benchmark %8d firms   %6.2f s  %5.0f MB\n" "$firms" "$(printf '%s\n' "${ts[@]}" | median)" "$((m / 1024))" | tee -a "$OUT/results.txt"
  done
  for pages in 100 1000 10000; do
    content "$pages"
    local ts=()
    for _ in $(seq "$RUNS"); do read -r t m < <(measure env -C "$OUT/content-$pages/roireport" "${ROIREPORT[@]}" build --theme "$PWD/theme"); ts+=("$t"); done
    printf "curve: build %8d pages       %6.2f s  %5.0f MB\n" "$pages" "$(printf '%s\n' "${ts[@]}" | median)" "$((m / 1024))" | tee -a "$OUT/results.txt"
  done
}

rm -rf "$OUT/demo-input" && cp -r input "$OUT/demo-input"
: > "$OUT/results.txt"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(dotnet --version), $(hugo version 2> /dev/null | cut -d' ' -f2 || true), RUNS=$RUNS" | tee -a "$OUT/results.txt"
case "$WHAT" in
  cube) cube ;;
  content) content_site ;;
  site) demo_site; serve_edit ;;
  serve) serve_edit ;;
  curves) curves ;;
  micro) dotnet run -c Release --project bench/RoiReport.Bench -- --filter '*' --join ;;
  all) cube; content_site; demo_site; serve_edit; curves ;;
  *) echo "unknown: $WHAT (expected cube, content, site, serve, curves, micro or nothing for all but micro)" >&2; exit 2 ;;
esac
