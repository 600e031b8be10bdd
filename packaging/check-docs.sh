#!/usr/bin/env bash
# Checks a manual page, and a bash completion if given, against the program's --help:
# - every command (the "Commands:" section) and every option (in OPTIONS) --help lists is a
#   tag in the manual page, and the page names no --option that --help lacks;
# - the completion offers every command, sub-command and --option, en ko ja es after
#   --language, json md after --format (wav mp3 opus after export-audio's), and files where a file is expected;
# - groff, when installed, has nothing to warn about in the page (warnings are errors).
# Usage: check-docs.sh PROGRAM MANPAGE [COMPLETION]   (ctest: packaging_docs_cli, _app)
set -euo pipefail
program=$1
page=$2
completion=${3-}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} # the app's --help needs no display
failures=0
fail() {
    echo "$page: $*" >&2
    failures=$((failures + 1))
}

help=$("$program" --help)

# Options: the first column of the lines that start with two spaces and a dash, e.g.
# "  -?, -h, --help    Displays …" or "  --data-dir <dir>    Use …".
mapfile -t options < <(sed -n 's/^  \(-[^ ].*\)$/\1/p' <<<"$help" |
    sed 's/  .*//; s/ <[^>]*>//g; s/, /\n/g')
# Commands: "  word" or "  word sub-word" (one space between) under "Commands:".
mapfile -t commands < <(sed -n '/^Commands:/,/^$/p' <<<"$help" |
    sed -n 's/^  \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\}\([ ]\{2,\}.*\| [^a-z].*\)\{0,1\}$/\1\2/p')
if [ "${#options[@]}" -lt 3 ]; then
    fail "found only ${#options[@]} options in $program --help"
fi

# The page as text: roff escapes for '-', fonts and zero-width marks undone.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/\\%//g' "$page")
# The tags of .TP paragraphs (commands, options), macros and quotes dropped; SECTION: only
# those in that section.
tags() {
    awk -v section="${1-}" '/^\.SH/ { in_section = (section == "" || $0 == ".SH " section) }
        in_section && /^\.TP/ { if ((getline line) > 0) print line }' <<<"$text" |
        sed -e 's/^\.[A-Z]* //' -e 's/"//g'
}
tags=$(tags)
tag_tokens=$(tags OPTIONS | tr ' ,[]|' '\n' | sed '/^$/d' | sort -u)

for option in "${options[@]}"; do
    grep -qxF -- "$option" <<<"$tag_tokens" || fail "no tag for the option $option in OPTIONS"
done
for command in "${commands[@]}"; do
    grep -qE "^$command( |$)" <<<"$tags" || fail "no tag for the command '$command'"
done
while read -r named; do
    grep -qxF -- "$named" <<<"$(printf '%s\n' "${options[@]}")" ||
        fail "names $named, which $program --help does not list"
done < <(grep -oE -- '--[a-z][a-z-]*[a-z]' <<<"$text" | sort -u)

if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff failed"
    if [ -n "$warnings" ]; then fail "groff warns: $warnings"; fi
else
    echo "note: groff is not installed (Debian: groff-base); the page's roff is not checked"
fi

if [ -n "$completion" ]; then
    completion=$(realpath "$completion")
    bash -n "$completion" || fail "the completion does not parse"
    name=$(basename "$program")
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    touch "$scratch/story.json"
    # What the completion offers for "NAME WORD…" (the last word is the one completed).
    offered() {
        (cd "$scratch" && bash -c '
            source "$1"; name=$2; shift 2
            function=$(complete -p "$name" | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
            COMP_WORDS=("$name" "$@"); COMP_CWORD=$#
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            "$function" "$name" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$name" "$@")
    }
    expect() { # WORD: what the completion must offer; then the command line
        local want=$1 got
        shift
        got=$(offered "$@") # not piped into grep -q: pipefail would see offered's SIGPIPE
        grep -qxF -- "$want" <<<"$got" ||
            fail "the completion does not offer '$want' after '$name ${*:1:$#-1}'"
    }
    for command in "${commands[@]}"; do
        read -r first second <<<"$command"
        expect "$first" ""
        if [ -n "${second-}" ]; then expect "$second" "$first" ""; fi
    done
    for option in "${options[@]}"; do
        case $option in --*) expect "$option" "--" ;; esac
    done
    for language in en ko ja es; do expect "$language" --language ""; done
    for format in json md; do expect "$format" session export x --format ""; done
    for format in wav mp3 opus; do expect "$format" session export-audio x --format ""; done
    expect story.json --output ""
    if [ "${#commands[@]}" -gt 0 ]; then
        expect story.json library import ""
        expect story.json session import ""
        expect story.json extract ""
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in $page" >&2
    exit 1
fi
echo "docs ok: $page has the ${#commands[@]} commands and ${#options[@]} options of $program --help"
