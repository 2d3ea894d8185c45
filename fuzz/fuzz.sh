#!/usr/bin/env bash
# Long fuzzing runs of the parsers (docs/fuzzing.md), one target after another.
#
#   fuzz/fuzz.sh [DURATION] [TARGET...]
#
# DURATION is per target, in Jazzer's syntax (10m, 1h, 30s; default 10m, the bar before a
# release). A TARGET is Class#method; without any, every target runs. Extra Maven flags go in
# MVN_FLAGS (e.g. MVN_FLAGS=-o). Logs: fuzz/target/fuzz-logs/<target>.log. A finding is saved by
# Jazzer as crash-*/timeout-* in the target's corpus directory under fuzz/src/test/resources, so
# that the regression run in ./mvnw verify replays it; the inputs that grew coverage stay in
# fuzz/.cifuzz-corpus (not committed) and seed the next run. Exits 1 when any target found
# something.
set -uo pipefail
cd "$(dirname "$0")/.."

duration=${1:-10m}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    CaseFileFuzzTest#yaml
    CaseFileFuzzTest#json
    CatalogFuzzTest#yaml
    ScenarioFuzzTest#yaml
    ComplaintCsvFuzzTest#csv
    BusinessDurationsFuzzTest#duration
    DateTimesFuzzTest#instant
  )
fi

logs=fuzz/target/fuzz-logs
mkdir -p "$logs"
failed=()
for target in "${targets[@]}"; do
  log="$logs/${target/\#/.}.log"
  echo "fuzzing $target for $duration (log: $log)"
  # The parsers' own libraries are instrumented too, so that coverage guides the fuzzer through
  # the YAML and JSON grammars and not only through Anxin's code.
  if JAZZER_FUZZ=1 ./mvnw ${MVN_FLAGS:-} -B -pl fuzz -am test \
      -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="$duration" \
      -Djazzer.instrument='org.anxin.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**' \
      >"$log" 2>&1; then
    grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs)' "$log" | tail -2
  else
    echo "  FINDING or failure in $target: see $log"
    grep -E 'Tests run:|== Java Exception|FuzzTestFindingException|AssertionError|crash-|timeout-' "$log" | head -10
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "findings or failures in: ${failed[*]}"
  exit 1
fi
echo "no findings in ${#targets[@]} target(s), $duration each"
