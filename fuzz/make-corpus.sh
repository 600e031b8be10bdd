#!/usr/bin/env bash
# fuzz/make-corpus.sh [BUILD_DIR]: seed corpora for the fuzz targets, in
# BUILD_DIR/corpus/NAME/ (default build-fuzz). Seeds come from tests/data, resources/, a few
# written here, and ../shared/vectors and ../shared/pages when they are beside the checkout
# (read in place, never copied into the repository). Seeds are named seed-*; what the
# fuzzer adds to a corpus is kept, so running this again only refreshes the seeds.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build-fuzz}"
CORPUS="$BUILD/corpus"
SHARED="$ROOT/../shared"

targets=(sse_parser ndjson_parser openai_stream ollama_stream html_decoder html_extractor
         script_json script_markdown import_file session_json score_parser sentence_splitter
         speech_text number_reading)
for t in "${targets[@]}"; do mkdir -p "$CORPUS/$t"; done

# seed NAME FILE...: copies files into NAME's corpus as seed-<n>-<basename>.
seed() {
    local target=$1; shift
    local n=0 f
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        cp "$f" "$CORPUS/$target/seed-$n-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
}
# put NAME SEEDNAME: stdin becomes one seed.
put() { cat >"$CORPUS/$1/seed-$2"; }

# --- Server-sent events (OpenAI-compatible streams) -------------------------------------
if [ -f "$SHARED/vectors/sse_wpt.json" ]; then
    if command -v jq >/dev/null; then
        i=0
        while IFS= read -r b64; do
            i=$((i + 1))
            printf '%s' "$b64" | base64 -d >"$CORPUS/sse_parser/seed-wpt-$i"
        done < <(jq -r '.[].input_b64' "$SHARED/vectors/sse_wpt.json")
    else
        echo "make-corpus: jq is missing; the WPT vectors are not seeded" >&2
    fi
fi
printf 'event: ping\nid: 7\nretry: 1000\n: comment\ndata: a\r\ndata: b\r\rdata:c\n\n' | put sse_parser fields
printf 'error: {"message":"model not loaded"}\n\n' | put sse_parser llama-error

openai_chunk() { printf 'data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":%s,"finish_reason":%s}]}\n\n' "$1" "$2"; }
{
    openai_chunk '{"role":"assistant","content":""}' null
    openai_chunk '{"content":"Once upon a time, "}' null
    openai_chunk '{"content":"the ship was found empty. 船は空だった。"}' null
    openai_chunk '{}' '"stop"'
    printf 'data: {"id":"c1","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":40,"total_tokens":160}}\n\n'
    printf 'data: [DONE]\n\n'
} | put openai_stream reply
printf 'data: {"error":{"message":"Incorrect API key provided: sk-fuzz-0123456789abcdef","type":"invalid_request_error","code":"invalid_api_key"}}\n\n' | put openai_stream error
{ openai_chunk '{"content":"cut"}' null; openai_chunk '{}' '"length"'; } | put openai_stream length
cp "$CORPUS/openai_stream/"seed-* "$CORPUS/sse_parser/" 2>/dev/null || true

# --- NDJSON (Ollama) --------------------------------------------------------------------
{
    printf '{"model":"llama3","created_at":"2024-05-01T19:02:03Z","message":{"role":"assistant","content":"Once "},"done":false}\n'
    printf '{"model":"llama3","message":{"role":"assistant","content":"upon a time. 옛날 옛적에."},"done":false}\r\n'
    printf '{"model":"llama3","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":26,"eval_count":298,"total_duration":5000000}\n'
} | put ollama_stream reply
printf '{"error":"model \\"llama9\\" not found, try pulling it first"}\n' | put ollama_stream error
printf '{"message":{"content":"long"},"done":true,"done_reason":"length"}' | put ollama_stream length-no-newline
cp "$CORPUS/ollama_stream/"seed-* "$CORPUS/ndjson_parser/"
printf 'a\n\nb\r\n\r\nc' | put ndjson_parser lines

# --- HTML -------------------------------------------------------------------------------
for t in html_decoder html_extractor; do
    seed "$t" "$ROOT"/tests/data/web/*/source.html
    if [ -d "$SHARED/pages" ]; then
        for f in "$SHARED"/pages/*/source.html; do
            cp "$f" "$CORPUS/$t/seed-shared-$(basename "$(dirname "$f")").html"
        done
    fi
done
printf '<!doctype html><html lang="ja"><head><meta charset="shift_jis"><title>t</title></head><body><p>\x82\xa0\x82\xa2</p></body></html>' | put html_decoder meta-sjis
printf 'Content-Type: text/html; charset=euc-kr\n<html><body>\xc7\xd1\xb1\xdb</body></html>' | put html_decoder header-euckr
printf '\xef\xbb\xbf<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>caf\xe9</body></html>' | put html_decoder bom
printf '\xff\xfe<\x00p\x00>\x00' | put html_decoder utf16le
cat <<'HTML' | put html_extractor article-jsonld
<!doctype html><html lang="en-GB"><head><title>The Mary Celeste | Sea Stories</title>
<meta property="og:title" content="The Mary Celeste"><meta property="og:site_name" content="Sea Stories">
<meta name="author" content="A. Writer">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"The Mary Celeste","name":"Mary Celeste","publisher":{"@type":"Organization","name":"Sea Stories"}}]}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>The Mary Celeste</h1><p class="byline">By A. Writer</p>
<p>In December 1872 the brigantine was found drifting in the Atlantic with no one aboard. Her cargo was intact.</p>
<p>The crew's belongings were still there, and six months of food and water. The lifeboat was gone.</p>
<table><tr><td>Built</td><td>1861</td></tr></table><figure><img src="a.jpg"><figcaption>The ship</figcaption></figure>
</article><aside class="sidebar">Related</aside><footer>© 2024</footer></body></html>
HTML

# --- Scripts ----------------------------------------------------------------------------
seed import_file "$ROOT"/resources/library/*.json
if command -v jq >/dev/null; then
    # Each bundled script whole (one per language), and cut to three sections: small seeds
    # the fuzzer can mutate quickly.
    for f in "$ROOT"/resources/library/*.json; do
        b=$(basename "$f" .json)
        for i in 0 1 2 3; do
            jq ".scripts[$i] // empty" "$f" >"$CORPUS/script_json/seed-$b-$i.json"
            jq -c ".scripts[$i] // empty | .sections |= .[0:3]" "$f" >"$CORPUS/script_json/seed-$b-$i-short.json"
        done
    done
    jq -s '[.[].scripts[0] | .sections |= .[0:2]]' "$ROOT"/resources/library/*.json | put import_file list
    jq '{scripts: [.scripts[] | .sections |= .[0:2]]}' "$ROOT/resources/library/mary-celeste.json" | put import_file object
    jq '.scripts |= [.[] | .sections |= .[0:2]]' "$ROOT/resources/library/roanoke-colony.json" | put import_file bundle-short
else
    seed script_json "$ROOT"/resources/library/*.json
fi
cat <<'MD' | tee "$CORPUS/import_file/seed-markdown" | put script_markdown en
# Title: **The Dancing Plague**
## Prologue 1: Strasbourg, 1518
In July a woman began to dance in the street.
## Exposition 2 : Saint Vitus
> Dozens joined her.
- the council
- the musicians
# development 2 : A stage
# climax
Some danced until they collapsed.
# Dénouement
# epilogue
N/A
MD
printf '# 제목: 퉁구스카 대폭발\n## 프롤로그 1: 섬광\n시베리아 하늘에 불빛이 번쩍였다.\n## 発端 1：爆発\n木々がなぎ倒された。\n## Desarrollo 1. Expediciones\nLlegaron los científicos.\n## 절정 2 — 충격\n나무 팔천만 그루.\n## 結末\n謎は残った。\n## Epílogo\nTodavía se debate.\n' | put script_markdown mixed
seed script_markdown "$ROOT"/resources/prompts/write_script.md

# --- Sessions ---------------------------------------------------------------------------
body='{"format":"storyteller-script","formatVersion":1,"title":"T","language":"en","sections":[]}'
if command -v jq >/dev/null; then
    body=$(jq -c '.scripts[0] | .sections |= .[0:3]' "$ROOT/resources/library/mary-celeste.json")
fi
cat <<JSON | put session_json export
{"format": "storyteller-session", "version": 1,
 "session": {"uuid": "0b6f3c56-58f1-4c1f-9f35-3a3d4e8b9f10", "name": "The Mary Celeste",
  "language": "en", "provider": "offline", "model": null,
  "created_at": "2024-05-01T19:02:03.120Z", "last_used_at": 1714590123120,
  "forked_from": null, "summary": null, "summary_upto_seq": null,
  "metadata": {"voice": {"speed": 1.0}, "tags": ["sea", 1, null, true]},
  "script": {"title": "The Mary Celeste", "body": $body}},
 "messages": [
  {"seq": 1, "role": "assistant", "content": "Hello.", "status": "complete", "chapter": 0,
   "prompt_tokens": null, "completion_tokens": null, "created_at": "2024-05-01T19:02:03.120Z",
   "updated_at": "2024-05-01T19:02:03.120Z", "original": null, "original_language": null,
   "alternatives": [{"content": "Hi.", "status": "interrupted", "chapter": 0,
     "prompt_tokens": 10, "completion_tokens": 2, "written_at": "2024-05-01T19:02:03.000Z"}]},
  {"seq": 2, "role": "user", "content": "계속해", "status": "complete", "chapter": null,
   "prompt_tokens": null, "completion_tokens": null, "created_at": "2024-05-01T19:03:00.000Z",
   "updated_at": "2024-05-01T19:03:00.000Z", "original": "go on", "original_language": "en"}]}
JSON

# --- Scores -----------------------------------------------------------------------------
printf 'Score: 85' | put score_parser plain
printf '{"score": 70, "reason": "close"}' | put score_parser json
printf '```json\n{"score": "90"}\n```\nThe request names the title.' | put score_parser fenced
printf 'I would rate this 7/10, or about 70%%.' | put score_parser prose
printf '점수: 95점' | put score_parser korean

# --- Sentences for the voice ------------------------------------------------------------
printf 'Dr. Smith arrived at 3 p.m. on Jan. 5. "Who\xe2\x80\x99s there?" she asked... Nobody! 1.5 m of water.\n- a list item\n# Heading\n**Bold** and _emphasis_, `code`, [a link](https://example.com) and https://example.org/x?y=1.' | put sentence_splitter english
printf '船は空だった。誰もいなかった！本当に？　옛날 옛적에… 사람이 없었다. ¿Dónde estaban? ¡Nadie lo sabe!' | put sentence_splitter cjk-es
if [ -d "$SHARED/pages" ] && command -v jq >/dev/null; then
    for p in "$SHARED"/pages/*/expected.json; do
        jq -r '.text[0:4000]' "$p" >"$CORPUS/sentence_splitter/seed-shared-$(basename "$(dirname "$p")")"
    done
fi

seed speech_text "$CORPUS"/sentence_splitter/seed-*
printf '## Heading ##\n> quoted **bold** _em_ `code` ![img](a.png) [link](https://x.y) [ref][1] <https://a.b> <b>tag</b> \\*escaped\\* | cell | cell |\n---\n1. item' | put speech_text markdown

# The first byte picks the language: 0 Japanese, 1 Korean, 2 Spanish.
printf '\0001872年12月4日、10人が3本の1,200メートル、4万7000キロ、10:30、45%%。' | put number_reading japanese
printf '\0011872년 12월 4일, 선원 10명이 3:20에 6월 2.4킬로미터 9,800여 명' | put number_reading korean
printf '\002El 1.º de mayo, 21 personas, 1.701 barriles, 40 °C, 3 km/h, Enrique II, s. XIX, 45 a. C.' | put number_reading spanish

for t in "${targets[@]}"; do
    printf '%-18s %5d seeds\n' "$t" "$(find "$CORPUS/$t" -type f | wc -l)"
done
