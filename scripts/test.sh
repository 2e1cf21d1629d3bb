#!/usr/bin/env bash
# Installs what is missing, builds Trædesten and runs every test
# (GoogleTest through ctest; widget tests on Qt's offscreen platform).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --workflow --preset dev
