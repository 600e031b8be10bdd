#!/usr/bin/env bash
# Every C++ file git tracks is formatted as .clang-format says (clang-format 14, Debian's).
# Exit 0 when all are; otherwise the files that are not, and how to fix them.
# Usage: tools/check_format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
    echo "check_format: $CLANG_FORMAT not found (apt-get install clang-format)" >&2
    exit 2
fi
version=$("$CLANG_FORMAT" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
if [ "$version" != 14 ]; then
    echo "check_format: $CLANG_FORMAT is version $version; the tree is formatted with 14" >&2
    exit 2
fi
mapfile -t files < <(git ls-files '*.h' '*.cpp')
if [ "${1:-}" = --fix ]; then
    "$CLANG_FORMAT" -i "${files[@]}"
    exit 0
fi
unformatted=()
for file in "${files[@]}"; do
    if ! "$CLANG_FORMAT" --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    printf '%s\n' "${unformatted[@]}"
    echo "check_format: ${#unformatted[@]} of ${#files[@]} files differ from .clang-format;" \
        "run tools/check_format.sh --fix (or clang-format -i FILE)" >&2
    exit 1
fi
echo "check_format: ${#files[@]} files formatted"
