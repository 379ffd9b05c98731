#!/usr/bin/env bash
# Whole-process comparison of `roadmap validate` with ajv-cli over the same JSON files.
#
#   benchmarks/cli-vs-ajv.sh [--runs N] [--counts "1 100 10000"] [--keep]
#
# Installs ajv-cli 5, ajv 8 and ajv-formats 3 locally (benchmarks/target/ajv, never globally), builds the command line
# tool and the benchmarks, generates the files (benchmarks/target/cli-vs-ajv: generated roadmaps as JSON, one in 10
# invalid in a way both the JSON Schema and the strict reader refuse; the one-file case is a real roadmap of
# examples/roadmaps converted to JSON), then for each case runs, in one invocation over all its files:
#   ajv          ajv validate --spec=draft2020 -c ajv-formats -s roadmap.schema.json -d 'DIR/*.json'
#   schema-only  ./roadmap validate --schema-only FILES...    (read strictly, no rules: the like-for-like comparison)
#   all rules    ./roadmap validate --quiet --as-of 2030-12-31 FILES...
# First each tool's verdict on each file is compared: a case whose verdicts differ is reported and not timed.
# Then every command runs once untimed (the first run of ./roadmap creates its class data sharing archive) and
# N times timed (default 7), in turn; the medians of the wall times are compared with the budgets:
#   one file:     roadmap (schema-only) at most 1.5 times ajv-cli's wall time;
#   10,000 files: roadmap (schema-only) at least 1.5 times faster than ajv-cli.
# Exits 1 when a budget is missed or verdicts differ. Prints a Markdown table; needs node/npm and a JDK 17.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/benchmarks/target"
ajv_dir="$target/ajv"
work="$target/cli-vs-ajv"
runs=7
counts="1 100 10000"
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --counts) counts="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "usage: $0 [--runs N] [--counts \"1 100 10000\"] [--keep]" >&2; exit 64 ;;
  esac
done

log() { echo "cli-vs-ajv: $*" >&2; }

# ---------------------------------------------------------------------------------------------------- tools
if [ ! -x "$ajv_dir/node_modules/.bin/ajv" ]; then
  log "installing ajv-cli 5, ajv 8 and ajv-formats 3 into $ajv_dir"
  mkdir -p "$ajv_dir"
  (cd "$ajv_dir" && npm install --no-audit --no-fund --silent ajv-cli@5.0.0 ajv@8 ajv-formats@3 >&2)
fi
ajv_version() { node -p "require('$ajv_dir/node_modules/$1/package.json').version"; }
log "ajv-cli $(ajv_version ajv-cli), ajv $(ajv_version ajv), ajv-formats $(ajv_version ajv-formats), node $(node --version)"

log "building the command line tool and the benchmarks"
(cd "$root" && ./mvnw -q -B -pl roadmap-cli,benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2)
"$root/roadmap" --version >/dev/null  # the launcher sees its jar is fresh
schema="$ajv_dir/roadmap.schema.json"
cp "$root/roadmap-io/src/main/resources/io/github/eduroadmap/io/schema/roadmap.schema.json" "$schema"

# ---------------------------------------------------------------------------------------------------- files
rm -rf "$work"
mkdir -p "$work"
for n in $counts; do
  dir="$work/$n"
  if [ "$n" = 1 ]; then
    mkdir -p "$dir"
    "$root/roadmap" convert "$root/examples/roadmaps/primorsky-krai-2021-low-results.yaml" "$dir/primorsky-krai-2021-low-results.json" >&2
    : >"$work/$n.invalid"
  else
    java -cp "$target/benchmarks.jar" io.github.eduroadmap.benchmarks.CliFiles "$dir" "$n" 10 >"$work/$n.invalid"
  fi
  log "$n file(s): $(du -sh "$dir" | cut -f1), $(wc -l <"$work/$n.invalid") invalid"
done

# ---------------------------------------------------------------------------------------------------- commands
ajv_cmd() { (cd "$ajv_dir" && node_modules/.bin/ajv validate --spec=draft2020 --allow-union-types -c ajv-formats \
  -s "$schema" -d "$1/*.json" --errors=line); }
schema_only_cmd() { "$root/roadmap" validate --schema-only --lang en "$1"/*.json; }
all_rules_cmd() { "$root/roadmap" validate --quiet --lang en --as-of 2030-12-31 "$1"/*.json; }

# The valid files as each tool sees them, sorted.
ajv_valid() { (ajv_cmd "$1" 2>/dev/null || true) | sed -n 's/ valid$//p' | sort; }
schema_only_valid() { (schema_only_cmd "$1" 2>/dev/null || true) | sed -n 's/^valid: //p' | sort; }
all_rules_readable() {
  local dir="$1" out
  out="$(cd "$work" && "$root/roadmap" validate --format json --lang en --as-of 2030-12-31 "$dir"/*.json 2>/dev/null || true)"
  if [ "$(ls "$dir" | wc -l)" = 1 ]; then  # one file: the bare report, or nothing when it cannot be read
    if [ -n "$out" ]; then ls "$dir"/*.json; fi
  else
    printf '%s' "$out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const f of JSON.parse(s).files){if(f.report)console.log(f.file)}})' | sort
  fi
}

# Wall time of a command in milliseconds; its output is thrown away.
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# ---------------------------------------------------------------------------------------------------- runs
status=0
rows=()
load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for n in $counts; do
  dir="$work/$n"
  log "$n file(s): comparing verdicts"
  ajv_v="$(ajv_valid "$dir")"
  ours_v="$(schema_only_valid "$dir")"
  rules_v="$(all_rules_readable "$dir")"
  expected="$(ls "$dir"/*.json | grep -v -F -f <(sed 's/^/\//' "$work/$n.invalid") | sort || true)"
  if [ "$ajv_v" != "$ours_v" ] || [ "$ours_v" != "$rules_v" ] || [ "$ours_v" != "$expected" ]; then
    log "$n file(s): the tools disagree on which files are valid; not timed"
    diff <(echo "$ajv_v") <(echo "$ours_v") | head -10 >&2 || true
    rows+=("| $n | verdicts differ: ajv $(echo -n "$ajv_v" | grep -c . || true) valid, roadmap $(echo -n "$ours_v" | grep -c . || true) valid | | | | | MISSED |")
    status=1
    continue
  fi
  valid_count=$(echo -n "$ours_v" | grep -c . || true)
  log "$n file(s): both tools find the same $valid_count valid; timing $runs runs each (after one untimed run)"
  wall_ms ajv_cmd "$dir" >/dev/null
  wall_ms schema_only_cmd "$dir" >/dev/null
  wall_ms all_rules_cmd "$dir" >/dev/null
  a=(); s=(); r=()
  for ((i = 0; i < runs; i++)); do
    a+=("$(wall_ms ajv_cmd "$dir")")
    s+=("$(wall_ms schema_only_cmd "$dir")")
    r+=("$(wall_ms all_rules_cmd "$dir")")
  done
  am=$(printf '%s\n' "${a[@]}" | median)
  sm=$(printf '%s\n' "${s[@]}" | median)
  rm_=$(printf '%s\n' "${r[@]}" | median)
  log "$n file(s): ajv ${a[*]} ms; schema-only ${s[*]} ms; all rules ${r[*]} ms"
  ratio=$(awk -v s="$sm" -v a="$am" 'BEGIN {printf "%.2f", s / a}')
  speedup=$(awk -v s="$sm" -v a="$am" 'BEGIN {printf "%.2f", a / s}')
  budget="-"; verdict="-"
  if [ "$n" = 1 ]; then
    budget="roadmap <= 1.5x ajv"
    verdict=$(awk -v x="$ratio" 'BEGIN {print (x <= 1.5) ? "met" : "MISSED"}')
  elif [ "$n" = 10000 ]; then
    budget="ajv / roadmap >= 1.5"
    verdict=$(awk -v x="$speedup" 'BEGIN {print (x >= 1.5) ? "met" : "MISSED"}')
  fi
  [ "$verdict" = MISSED ] && status=1
  rows+=("| $n | $am | $sm | $ratio (ajv/roadmap $speedup) | $rm_ | $budget | $verdict |")
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

echo
echo "machine: $(nproc) processors, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "JDK: $(java -version 2>&1 | head -1); node $(node --version); ajv-cli $(ajv_version ajv-cli), ajv $(ajv_version ajv)"
echo "load average (1, 5, 15 min): $load_start at the start, $load_end at the end; medians of $runs runs, wall time in ms"
echo
echo "| files | ajv-cli | roadmap --schema-only | roadmap / ajv | roadmap, all rules | budget | verdict |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ "$keep" = false ]; then rm -rf "$work"; fi
exit $status
