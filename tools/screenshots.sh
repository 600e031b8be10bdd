#!/usr/bin/env bash
# Saves a picture of every page (settings, check, create, chat, session) into DIR,
# for each story language given (default: en ko ja).
#   tools/screenshots.sh [DIR] [LANG...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/screenshots}
shift || true
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(en ko ja)
cmake --build build --target storyteller-screenshots ui_create ui_import >/dev/null
for lang in "${langs[@]}"; do
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ./build/tests/ui/storyteller-screenshots "$out/$lang" "$lang"
done
# Writing a script with a (fake) model: the streaming draft, the preview, a duplicate page.
STORYTELLER_SCREENSHOTS="$out/create" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
    ./build/tests/ui/ui_create --gtest_filter='CreateFlowTest.*' >/dev/null
STORYTELLER_SCREENSHOTS="$out/create" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
    ./build/tests/ui/ui_import --gtest_filter='*Offline*' >/dev/null
