#!/usr/bin/env bash
# Installs the build in BUILD_DIR into a scratch prefix and checks that the executables,
# the launcher, metadata, icon, manual pages and shell completion are in place and valid.
# The AppStream metadata must pass `appstreamcli validate --pedantic --no-net` with nothing
# to say, except the one remark AppStream before 1.0 makes about <developer> (a tag it does
# not know yet; 1.0 wants it, and we keep <developer_name> for the older readers too).
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.storyteller.storyteller
for f in bin/storyteller bin/storyteller-cli \
         share/applications/$id.desktop \
         share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/man/man1/storyteller.1.gz \
         share/man/man1/storyteller-cli.1.gz \
         share/bash-completion/completions/storyteller-cli; do
    if [ ! -e "$prefix/$f" ]; then echo "missing after install: $f" >&2; exit 1; fi
done
for page in storyteller storyteller-cli; do
    if ! gzip -t "$prefix/share/man/man1/$page.1.gz"; then
        echo "not a gzip file: share/man/man1/$page.1.gz" >&2
        exit 1
    fi
    if ! grep -q "^\.TH ${page^^} 1 " <<<"$(zcat "$prefix/share/man/man1/$page.1.gz")"; then
        echo "share/man/man1/$page.1.gz is not the manual page of $page" >&2
        exit 1
    fi
done
completion=$prefix/share/bash-completion/completions/storyteller-cli
bash -n "$completion"
if ! bash -c 'source "$1" && complete -p storyteller-cli' _ "$completion" >/dev/null; then
    echo "the installed completion does not complete storyteller-cli" >&2
    exit 1
fi

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/$id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    metainfo=$prefix/share/metainfo/$id.metainfo.xml
    status=0
    report=$(appstreamcli validate --pedantic --no-net --no-color "$metainfo" 2>&1) || status=$?
    # Problems are the lines "E: …", "W: …", "I: …" and "P: …" (error to pedantic).
    problems=$(grep -E '^[EWIP]: ' <<<"$report" || true)
    version=$(appstreamcli --version | sed -n 's/.*version: *//p')
    if [ "${version%%.*}" = 0 ]; then
        problems=$(grep -vE "^I: $id:[0-9]+: unknown-tag developer$" <<<"$problems" || true)
    fi
    if [ "$status" != 0 ] || [ -n "$problems" ]; then
        echo "appstreamcli validate --pedantic --no-net (AppStream $version):" >&2
        echo "$report" >&2
        exit 1
    fi
fi
echo "install ok"
