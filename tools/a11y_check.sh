#!/usr/bin/env bash
# Runs tools/a11y_check.py (the accessibility tree walk, issue 21) in a private desktop:
# its own session bus (dbus-run-session), the AT-SPI bus (at-spi-bus-launcher; the
# registry daemon is started by bus activation), an Xvfb screen (xvfb-run) and no window
# manager. The app gets a temp data folder per language; nothing of the user's is touched.
#   tools/a11y_check.sh [--app build/app/storyteller] [--lang en,ko,ja,es] [--report-only]
#                       [--json FILE] [--verbose]
# Needs: at-spi2-core, python3-pyatspi (read by /usr/bin/python3), xvfb, xauth, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${A11Y_CHECK_INSIDE:-}" ]; then
    for tool in dbus-run-session xvfb-run xdotool /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" >/dev/null || { echo "a11y_check: $tool is missing" >&2; exit 2; }
    done
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null ||
        { echo "a11y_check: python3-pyatspi is missing" >&2; exit 2; }
    export A11Y_CHECK_INSIDE=1
    # The report on fd 3; the bus daemons' chatter (their stdout is dbus-run-session's)
    # goes to stderr.
    exec 3>&1
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@" 1>&2
fi
# Inside the private session bus and X screen.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb NO_AT_BRIDGE=0
/usr/libexec/at-spi-bus-launcher --launch-immediately 2>/dev/null &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true' EXIT
for _ in $(seq 50); do # the accessibility bus answers on the session bus
    if dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress >/dev/null 2>&1; then break; fi
    sleep 0.1
done
status=0
/usr/bin/python3 tools/a11y_check.py "$@" >&3 || status=$?
exit "$status"
