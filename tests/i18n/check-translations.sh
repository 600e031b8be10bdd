#!/usr/bin/env bash
# Every .ts file is complete for the current sources: lupdate (with the project file CMake
# writes for update_translations, so contexts match) into a temporary copy, then lrelease
# must report no unfinished and no untranslated entry.
#   check-translations.sh SOURCE_DIR LUPDATE_PROJECT_CMAKE GENERATE_SCRIPT
set -euo pipefail
src=$1
projectCmake=$2
generate=$3
tools=${QT_TOOLS:-/usr/lib/qt6/bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
project="$tmp/project.json"
cmake "-DIN_FILE=$projectCmake" "-DOUT_FILE=$project" -P "$generate" >/dev/null
status=0
for ts in "$src"/translations/storyteller_*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$tools/lupdate" -silent -no-obsolete -locations none -project "$project" -ts "$copy" >/dev/null 2>&1
    report=$("$tools/lrelease" "$copy" -qm "$tmp/out.qm" 2>&1)
    unfinished=$(echo "$report" | sed -nE 's/.*and ([0-9]+) unfinished.*/\1/p' | tail -1)
    if [ "${unfinished:-1}" != 0 ] || echo "$report" | grep -q "untranslated"; then
        echo "$(basename "$ts"): $report"
        status=1
    else
        echo "$(basename "$ts"): complete"
    fi
done
exit $status
