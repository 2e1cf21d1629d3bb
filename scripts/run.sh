#!/usr/bin/env bash
# Installs what is missing, builds Trædesten and opens it (the Welcome window).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target traedesten traedesten-cli

app=build/dev/app/traedesten
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No desktop display found: opening Trædesten in a virtual X display (xvfb-run)." >&2
    echo "Run this script from a desktop session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$app" "$@"
fi
exec "$app" "$@"
