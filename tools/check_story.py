#!/usr/bin/env python3
"""tools/check_story.py FILE...: checks bundled story files (resources/library/ID.json) the way
the library test does (BundledStoriesTest; keep the minimums in step), plus upper bounds the
test leaves to review, and prints per-language lengths. Exit 1 on any problem.

A bundle: {"id": ID (the file name), "version": N, "scripts": [one per language en, ko, ja, es]}.
Each script: title, language, summary (one line), keywords (6-14), hook, sources (>= 2, each
with a title and an http(s) url), and the 14 sections in order, each with a heading, content
of at least MIN_SECTION characters for its language, and a question (all but the epilogue).
"""
import json
import os
import sys

SECTIONS = ["prologue 1", "prologue 2", "prologue 3", "exposition 1", "exposition 2",
            "exposition 3", "development 1", "development 2", "development 3", "climax 1",
            "climax 2", "climax 3", "denouement", "epilogue"]
LANGUAGES = ["en", "ko", "ja", "es"]
# Characters per section, below today's shortest (en 667, ko 368, ja 313, es 732).
MIN_SECTION = {"en": 560, "ko": 300, "ja": 260, "es": 600}
MAX_SECTION = {"en": 1300, "ko": 700, "ja": 650, "es": 1400}


def check(path):
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            bundle = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"not valid JSON: {e}"]
    want_id = os.path.splitext(os.path.basename(path))[0]
    if bundle.get("id") != want_id:
        problems.append(f"id {bundle.get('id')!r} is not the file name {want_id!r}")
    if not isinstance(bundle, dict) or not isinstance(bundle.get("scripts"), list):
        return ["not a bundle: want an object with a list of scripts"]
    scripts = [s for s in bundle["scripts"] if isinstance(s, dict)]
    if len(scripts) != len(bundle["scripts"]):
        problems.append("a script that is not an object")
    langs = [str(s.get("language")) for s in scripts]
    if sorted(langs) != sorted(LANGUAGES):
        problems.append(f"languages {langs}, want one script each of {LANGUAGES}")
    for s in scripts:
        lang = s.get("language", "?")
        where = f"[{lang}]"
        for key in ("title", "summary", "hook"):
            if not isinstance(s.get(key), str) or not s[key].strip():
                problems.append(f"{where} no {key}")
        if "\n" in str(s.get("summary", "")):
            problems.append(f"{where} summary is not one line")
        if s.get("format") != "storyteller-script" or s.get("formatVersion") != 1:
            problems.append(f"{where} format/formatVersion missing")
        kw = s.get("keywords", [])
        if not (6 <= len(kw) <= 14):
            problems.append(f"{where} {len(kw)} keywords, want 6-14")
        srcs = s.get("sources", [])
        if not (2 <= len(srcs) <= 40):
            problems.append(f"{where} {len(srcs)} sources, want 2-40")
        for i, src in enumerate(srcs):
            if not src.get("title") or not str(src.get("url", "")).startswith(("http://", "https://")):
                problems.append(f"{where} sources[{i}] needs a title and an http(s) url")
        secs = s.get("sections", [])
        names = [x.get("section") if isinstance(x, dict) else None for x in secs]
        if names != SECTIONS:
            problems.append(f"{where} sections {names}, want {SECTIONS}")
        total = 0
        for x in secs:
            if not isinstance(x, dict):
                problems.append(f"{where} a section that is not an object")
                continue
            c = x.get("content", "")
            if not isinstance(c, str):
                problems.append(f"{where} {x.get('section')}: content is not text")
                continue
            total += len(c)
            name = x.get("section")
            if not x.get("heading"):
                problems.append(f"{where} {name}: no heading")
            if c.strip().upper() in ("", "N/A"):
                problems.append(f"{where} {name}: empty or N/A")
            elif len(c) < MIN_SECTION.get(lang, 0):
                problems.append(f"{where} {name}: {len(c)} characters, want >= {MIN_SECTION[lang]}")
            elif len(c) > MAX_SECTION.get(lang, 10**9):
                problems.append(f"{where} {name}: {len(c)} characters, want <= {MAX_SECTION[lang]}")
            q = x.get("question", "")
            if name != "epilogue" and not q.strip():
                problems.append(f"{where} {name}: no question")
        print(f"{want_id} {lang}: {s.get('title')!r} {total} characters, {len(srcs)} sources")
    return problems


def main():
    bad = 0
    for path in sys.argv[1:]:
        for p in check(path):
            print(f"{path}: {p}")
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
