#!/usr/bin/env bash
# Tries the Debian package the way a user gets it: builds a minimal Debian 12 root
# (debootstrap --variant=minbase), installs the .deb there with apt (which pulls in its
# dependencies and recommendations), then inside that root
# - tells a bundled story to its end with `storyteller-cli chat`, offline, on stdin/stdout,
#   and reads that session aloud into a WAV file with the offline voice (espeak-ng);
# - reads a Japanese sentence into katakana with `storyteller-cli say --show` (MeCab and its
#   dictionary, which the package depends on);
# - starts the app under xvfb-run (xvfb and xauth are installed for this check only) with
#   --screenshot and expects a picture and nothing at all on stderr.
# Prints the package and installed sizes, what apt pulled in, the end of the story and the
# screenshot's result. Takes minutes and needs root and the network: run it by hand, not
# from ctest.
#
# Usage: sudo packaging/check-deb.sh [DEB]
#   DEB      default: the newest storyteller_*.deb in build-app/ or build/
#   MIRROR   (env) the Debian mirror; default: the one this machine's apt sources use
#   BASE     (env) a bookworm minbase root made earlier, copied instead of running
#            debootstrap again (quicker re-runs)
#   KEEP=1   (env) keep the root afterwards (its path is printed)
#   SHOT     (env) where to copy the screenshot (default: /tmp/storyteller-check-deb.png)
# shellcheck disable=SC2016 # '${…}' below: dpkg-query formats, and commands run in the root
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
started=$SECONDS
failures=()

if [ "$(id -u)" != 0 ]; then echo "check-deb.sh: run it as root (debootstrap, chroot)" >&2; exit 64; fi
newest_deb() {
    local f newest=""
    for f in "$repo"/build-app/storyteller_*.deb "$repo"/build/storyteller_*.deb; do
        if [ -f "$f" ] && { [ -z "$newest" ] || [ "$f" -nt "$newest" ]; }; then newest=$f; fi
    done
    echo "$newest"
}
deb=${1:-$(newest_deb)}
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "check-deb.sh: no package; make one with: cd build-app && cpack -G DEB" >&2
    exit 64
fi
for tool in debootstrap chroot python3; do
    command -v "$tool" >/dev/null || { echo "check-deb.sh: needs $tool" >&2; exit 64; }
done

# The URI this machine's apt sources use for SUITE (one-line or deb822 .sources files).
mirror_for() {
    local suite=$1 file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                /etc/apt/sources.list.d/*.sources; do
        [ -r "$file" ] || continue
        case $file in
        *.sources)
            awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" } {
                uri = ""; ok = 0; deb = 0
                for (i = 1; i <= NF; i++) {
                    n = split($i, w, /[ \t]+/)
                    if (w[1] == "Types:") for (j = 2; j <= n; j++) if (w[j] == "deb") deb = 1
                    if (w[1] == "URIs:") uri = w[2]
                    if (w[1] == "Suites:") for (j = 2; j <= n; j++) if (w[j] == s) ok = 1
                }
                if (deb && ok && uri != "") print uri }' "$file" ;;
        *)
            awk -v s="$suite" '$1 == "deb" { i = 2
                if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == s) print $i }' "$file" ;;
        esac
    done
}
mirrors=$(mirror_for bookworm)
mirror=${MIRROR:-${mirrors%%$'\n'*}}
mirror=${mirror:-http://deb.debian.org/debian}
security=$(mirror_for bookworm-security)
security=${security%%$'\n'*}

root=$(mktemp -d /var/tmp/storyteller-check-deb.XXXXXX)
chmod 755 "$root" # the root's /: apt's _apt user and the like must get through
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" || true
    done
    if [ "${KEEP:-}" = 1 ]; then
        echo "root kept: $root"
    elif ! grep -q "^$root/" <<<"$(findmnt -rn -o TARGET)"; then # no pipe: see pipefail
        rm -rf "$root"
    else
        echo "still mounted under $root; left in place" >&2
    fi
}
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
packages() { in_root dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' |
    awk '$1 == "ii" { print $2 }' | sort; }

echo "package: $deb ($(mib "$(stat -c %s "$deb")"))"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
phase=$SECONDS
if [ -n "${BASE:-}" ]; then
    echo "Debian 12 root: a copy of $BASE"
    cp -a "$BASE/." "$root/"
else
    echo "Debian 12 root: debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
        tail -20 "$root.debootstrap.log" >&2
        exit 1
    }
    rm -f "$root.debootstrap.log"
fi
echo "  ready in $((SECONDS - phase)) s"
{
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    if [ -n "$security" ]; then echo "deb $security bookworm-security main"; fi
} >"$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# No services started by maintainer scripts inside the root (dbus and the like).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
mount -t sysfs sys "$root/sys"
mounted+=("$root/sys")
mount --rbind /dev "$root/dev"
mounted+=("$root/dev")
mount --make-rslave "$root/dev"

phase=$SECONDS
in_root apt-get update -qq
packages >"$root/tmp/before"
cp "$deb" "$root/tmp/"
bare=$(in_root apt-get install -s --no-install-recommends "/tmp/$(basename "$deb")" |
    grep -c '^Inst ' || true)
if ! in_root apt-get install -y -q "/tmp/$(basename "$deb")" >"$root/tmp/apt.log" 2>&1; then
    tail -30 "$root/tmp/apt.log" >&2
    exit 1
fi
packages >"$root/tmp/after"
mapfile -t pulled < <(comm -13 "$root/tmp/before" "$root/tmp/after" | grep -vx storyteller)
installed_kib=$(in_root dpkg-query -W -f '${Installed-Size}' storyteller)
pulled_kib=0
if [ "${#pulled[@]}" -gt 0 ]; then
    pulled_kib=$(in_root dpkg-query -W -f '${Installed-Size}\n' "${pulled[@]}" |
        awk '{ s += $1 } END { print s + 0 }')
fi
echo "installed with apt in $((SECONDS - phase)) s"
echo "storyteller Installed-Size: $installed_kib KiB ($(mib $((installed_kib * 1024))))"
echo "apt pulled in ${#pulled[@]} packages ($(mib $((pulled_kib * 1024))) installed):"
printf '%s\n' "${pulled[@]}" | fmt -w 96 | sed 's/^/  /'
echo "  (with --no-install-recommends: $((bare - 1)) packages besides storyteller)"

# The story: a request, then answers until well past the last chapter, then exit.
phase=$SECONDS
{
    echo "the Mary Celeste"
    for _ in $(seq 30); do echo "I think the crew left in a hurry."; done
    echo "exit"
} >"$root/tmp/answers"
chat_status=0
in_root env STORYTELLER_DATA_DIR=/tmp/cli-data \
    storyteller-cli chat --language en --name check-deb <"$root/tmp/answers" \
    >"$root/tmp/story.txt" 2>"$root/tmp/story.err" || chat_status=$?
# The narrator's wrap-up after the last chapter (resources/narrator/lines.json), up to
# where it names the exit word.
mapfile -t endings < <(python3 -c 'import json, sys
for line in json.load(open(sys.argv[1]))["en"]["wrapUp"]:
    print(line.split("%1")[0].strip())' "$repo/resources/narrator/lines.json")
end_line=""
if [ "${#endings[@]}" -gt 0 ]; then
    end_line=$(grep -nF "${endings[@]/#/-e}" "$root/tmp/story.txt" | sed -n '1s/:.*//p' || true)
fi
echo "story: storyteller-cli chat, $(wc -l <"$root/tmp/answers") lines in," \
    "$(wc -l <"$root/tmp/story.txt") lines out, exit status $chat_status," \
    "$((SECONDS - phase)) s; $(sed -n 1p "$root/tmp/story.txt")"
if [ -n "$end_line" ]; then
    echo "  the end of the story told:"
    sed -n "$((end_line > 6 ? end_line - 6 : 1)),${end_line}p" "$root/tmp/story.txt" |
        fold -s -w 92 | tail -n 8 | sed 's/^/  | /'
else
    failures+=("the story did not reach its end")
    echo "  no wrap-up found; the last lines:"
    tail -n 8 "$root/tmp/story.txt" | sed 's/^/  | /'
fi
[ "$chat_status" = 0 ] || failures+=("storyteller-cli chat exited with $chat_status")
if [ -s "$root/tmp/story.err" ]; then
    failures+=("storyteller-cli chat wrote to stderr")
    sed 's/^/  stderr: /' "$root/tmp/story.err"
fi

# The session read aloud by the offline voice (espeak-ng) into one WAV file.
phase=$SECONDS
audio_status=0
in_root env STORYTELLER_DATA_DIR=/tmp/cli-data \
    storyteller-cli session export-audio check-deb --output /tmp/check-deb \
    >"$root/tmp/audio.out" 2>"$root/tmp/audio.err" || audio_status=$?
wav=$(python3 -c 'import sys, wave
with wave.open(sys.argv[1]) as w:
    print("%.0f s of %d Hz sound, %d bytes" % (w.getnframes() / w.getframerate(),
          w.getframerate(), w.getnframes() * w.getsampwidth() * w.getnchannels()))
' "$root/tmp/check-deb.wav" 2>&1 | tail -n 1 || true)
echo "audio: storyteller-cli session export-audio: exit status $audio_status, $wav," \
    "$(wc -l <"$root/tmp/check-deb.md" 2>/dev/null || echo no) transcript lines," \
    "$((SECONDS - phase)) s"
sed 's/^/  stderr: /' "$root/tmp/audio.err"
[ "$audio_status" = 0 ] || failures+=("session export-audio exited with $audio_status")
case $wav in *Hz*) ;; *) failures+=("no WAV file from session export-audio") ;; esac

# Japanese for the offline voice: the dictionary the package depends on reads kanji and
# numbers into katakana (storyteller-cli say --show prints what espeak-ng is given).
reading=$(in_root storyteller-cli say --show --language ja '船長は1872年12月4日に10人と出航した。' 2>&1 || true)
echo "reading: say --show (ja): $reading"
[ "$reading" = "センチョーワセンハッピャクナナジュウニネンジュウニガツヨッカニジュウニントシュッコーシタ。" ] ||
    failures+=("Japanese is not read into katakana (mecab-naist-jdic missing?)")

# The window, under a virtual X server. XDG_RUNTIME_DIR as a desktop session has it.
phase=$SECONDS
in_root apt-get install -y -q --no-install-recommends xvfb xauth >"$root/tmp/apt-x.log" 2>&1 ||
    { tail -20 "$root/tmp/apt-x.log" >&2; exit 1; }
display=$((300 + RANDOM % 300)) # away from X servers of the host (abstract sockets are shared)
shot_status=0
in_root sh -c 'export STORYTELLER_DATA_DIR=$(mktemp -d) XDG_RUNTIME_DIR=/run/user/0
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    exec xvfb-run -a -n "$1" -s "-screen 0 1280x800x24" storyteller --screenshot /tmp/first.png' \
    _ "$display" >"$root/tmp/shot.out" 2>"$root/tmp/shot.err" || shot_status=$?
picture=$(python3 -c 'import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n": sys.exit("not a PNG")
print("PNG %dx%d" % struct.unpack(">II", data[16:24]))' "$root/tmp/first.png" 2>&1 || true)
stderr_lines=$(wc -l <"$root/tmp/shot.err")
echo "screenshot: storyteller --screenshot under xvfb-run: exit status $shot_status, $picture," \
    "stderr $( [ -s "$root/tmp/shot.err" ] && echo "$stderr_lines lines" || echo empty )," \
    "$((SECONDS - phase)) s"
sed 's/^/  stderr: /' "$root/tmp/shot.err"
if [ -f "$root/tmp/first.png" ]; then
    cp "$root/tmp/first.png" "${SHOT:-/tmp/storyteller-check-deb.png}"
    echo "  picture copied to ${SHOT:-/tmp/storyteller-check-deb.png}"
fi
[ "$shot_status" = 0 ] || failures+=("storyteller --screenshot exited with $shot_status")
case $picture in PNG*) ;; *) failures+=("no screenshot ($picture)") ;; esac
[ -s "$root/tmp/shot.err" ] && failures+=("storyteller wrote to stderr")

echo "took $((SECONDS - started)) s"
if [ "${#failures[@]}" -gt 0 ]; then
    printf 'FAILED: %s\n' "${failures[@]}"
    exit 1
fi
echo "check-deb ok"
