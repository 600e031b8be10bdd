#!/usr/bin/env bash
# Installs the build in BUILD_DIR into a scratch prefix and checks that the app, its
# launcher, metadata and icon are in place and valid.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/storyteller \
         share/applications/io.github.storyteller.Storyteller.desktop \
         share/metainfo/io.github.storyteller.Storyteller.metainfo.xml \
         share/icons/hicolor/scalable/apps/io.github.storyteller.Storyteller.svg; do
    if [ ! -e "$prefix/$f" ]; then echo "missing after install: $f" >&2; exit 1; fi
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/io.github.storyteller.Storyteller.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/io.github.storyteller.Storyteller.metainfo.xml" >/dev/null
fi
echo "install ok"
