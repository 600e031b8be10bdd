#!/usr/bin/env bash
# fuzz/run.sh [SECONDS]: runs every fuzz target for SECONDS (default 20) over its corpus
# (refreshed by make-corpus.sh), one after another on one core, and fails if any crashes.
# Needs the fuzz build: cmake --preset fuzz && cmake --build --preset fuzz.
# BUILD_DIR overrides build-fuzz; FUZZ_TARGETS="a b" runs only those; extra libFuzzer
# flags go in FUZZ_FLAGS (e.g. FUZZ_FLAGS=-runs=1000000).
# Crashing inputs are left in BUILD_DIR/artifacts/NAME/; logs in BUILD_DIR/fuzz-logs/.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build-fuzz}"
SECONDS_EACH="${1:-20}"
TARGETS="${FUZZ_TARGETS:-sse_parser ndjson_parser openai_stream ollama_stream html_decoder
    html_extractor script_json script_markdown import_file session_json score_parser
    sentence_splitter speech_text number_reading}"

# The longest input per target: long enough for real pages and scripts, short enough to stay
# clear of the known deep-nesting defects (issue 16) and to keep runs fast.
max_len() {
    case "$1" in
        html_decoder | html_extractor) echo 65536 ;;
        script_json | import_file | session_json) echo 32768 ;;
        speech_text) echo 4096 ;; # ~15 regular expressions over the text: slow per byte
        number_reading) echo 4096 ;; # a sentence or a paragraph
        *) echo 16384 ;;
    esac
}
dict_for() {
    case "$1" in
        sse_parser | openai_stream) echo sse ;;
        ndjson_parser | ollama_stream | script_json | import_file | session_json | score_parser) echo json ;;
        html_decoder | html_extractor) echo html ;;
        script_markdown) echo markdown ;;
        *) echo "" ;;
    esac
}

"$ROOT/fuzz/make-corpus.sh" "$BUILD" >/dev/null || exit 1
mkdir -p "$BUILD/fuzz-logs"
failed=()
printf '%-18s %10s %7s %7s %7s %s\n' target execs cov ft corpus result
for t in $TARGETS; do
    bin="$BUILD/fuzz/${t}_fuzz"
    if [ ! -x "$bin" ]; then
        echo "$t: $bin is missing (build the fuzz preset)" >&2
        failed+=("$t")
        continue
    fi
    mkdir -p "$BUILD/artifacts/$t"
    log="$BUILD/fuzz-logs/$t.log"
    args=(-max_total_time="$SECONDS_EACH" -print_final_stats=1 -rss_limit_mb=2048
          -timeout=25 -max_len="$(max_len "$t")" -artifact_prefix="$BUILD/artifacts/$t/")
    d=$(dict_for "$t")
    [ -n "$d" ] && args+=(-dict="$ROOT/fuzz/$d.dict")
    # shellcheck disable=SC2086
    "$bin" "${args[@]}" ${FUZZ_FLAGS:-} "$BUILD/corpus/$t" >"$log" 2>&1
    rc=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$done_line")
    if [ "$rc" = 0 ]; then result=ok; else result="FAILED (exit $rc)"; failed+=("$t"); fi
    printf '%-18s %10s %7s %7s %7s %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
    if [ "$rc" != 0 ]; then
        grep -E 'ERROR|SUMMARY|^    #[0-9]+ ' "$log" | head -25 >&2
        ls "$BUILD/artifacts/$t" >&2
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${failed[*]} crashed or failed (logs in $BUILD/fuzz-logs)" >&2
    exit 1
fi
echo "fuzz: every target ran ${SECONDS_EACH}s without a crash"
