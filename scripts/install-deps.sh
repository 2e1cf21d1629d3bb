#!/usr/bin/env bash
# Installs what Trædesten needs to build, test and package, and nothing that is
# already there. Debian 12 (SQLCipher 4 from bookworm-backports) and Ubuntu 24.04.
# Idempotent: safe to run any number of times. Uses sudo when not root.
set -euo pipefail

log() { printf '[install-deps] %s\n' "$*" >&2; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        log "not root and sudo is missing: run this script as root"
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive

. /etc/os-release
ID_LIKE=${ID_LIKE:-}
CODENAME=${VERSION_CODENAME:-}

PACKAGES=(
    build-essential cmake ninja-build pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-pdf-dev
    qt6-translations-l10n qt6-qpa-plugins qtkeychain-qt6-dev
    libsodium-dev libzxcvbn-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libssl-dev
    xvfb xauth poppler-utils
    libpq-dev postgresql-15 postgresql-common openssl
)

# The URI of the mirror that serves Debian's main archive on this system (deb822 or one-line sources).
debian_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             /(^|\n)Suites:[^\n]*bookworm([ \n]|$)/ && !/(^|\n)Enabled: *no/ {
                 for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { sub(/^URIs: */, "", $i); split($i, u, " "); print u[1]; exit }
             }' "$f"
    done | head -n 1 | grep . && return 0
    grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[a-z]+://[^[:space:]]+[[:space:]]+bookworm[[:space:]]' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/' | head -n 1
}

SQLCIPHER_TARGET=()
case "$ID:$CODENAME" in
    debian:bookworm)
        # bookworm's own libsqlcipher is 3.4.1 and unmaintained; 4.6.1 comes from backports.
        if ! grep -rqsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
            # Backports come from the mirror this system already uses for bookworm itself.
            mirror=$(debian_mirror)
            if [ -z "$mirror" ]; then
                log "no Debian mirror found in apt's sources: add bookworm-backports by hand"
                exit 1
            fi
            log "adding bookworm-backports to apt's sources ($mirror)"
            printf '%s\n' \
                'Types: deb' \
                "URIs: $mirror" \
                'Suites: bookworm-backports' \
                'Components: main' \
                'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
                "${SUDO[@]}" tee /etc/apt/sources.list.d/traedesten-bookworm-backports.sources >/dev/null
        fi
        SQLCIPHER_TARGET=(-t bookworm-backports)
        ;;
    ubuntu:noble | ubuntu:*)
        ;;
    *)
        if [[ " $ID_LIKE " != *" debian "* ]]; then
            log "unsupported system '$ID $CODENAME': install the packages listed in this script by hand"
            exit 1
        fi
        log "untested system '$ID $CODENAME': trying anyway"
        ;;
esac

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

sqlcipher_ok() {
    installed libsqlcipher-dev || return 1
    local v
    v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev)
    dpkg --compare-versions "$v" ge 4.0
}

MISSING=()
for p in "${PACKAGES[@]}"; do
    installed "$p" || MISSING+=("$p")
done

if [ ${#MISSING[@]} -eq 0 ] && sqlcipher_ok; then
    log "everything is installed"
    exit 0
fi

log "updating apt's package lists"
# Unrelated third-party sources that cannot be reached must not stop us; a
# failed install below will.
"${SUDO[@]}" apt-get update -q || log "apt-get update reported errors; continuing"

if [ ${#MISSING[@]} -gt 0 ]; then
    log "installing: ${MISSING[*]}"
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${MISSING[@]}"
fi

if ! sqlcipher_ok; then
    log "installing SQLCipher 4 ${SQLCIPHER_TARGET[*]}"
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${SQLCIPHER_TARGET[@]}" libsqlcipher-dev libsqlcipher1
fi

sqlcipher_ok || { log "SQLCipher >= 4 could not be installed"; exit 1; }

# Installing postgresql-15 makes a cluster "15 main" and may start it. Trædesten's tests start throwaway
# servers of their own (pg_virtualenv) and nothing of ours uses that one: stop it if it runs, so nothing is
# left running that this script started.
if [[ " ${MISSING[*]} " == *" postgresql-15 "* ]] && command -v pg_lsclusters >/dev/null 2>&1; then
    if pg_lsclusters --no-header 2>/dev/null | awk '$1 == "15" && $2 == "main" && $4 == "online"' | grep -q .; then
        log "stopping the PostgreSQL cluster 15/main the package started"
        "${SUDO[@]}" pg_ctlcluster 15 main stop || true
    fi
fi
log "done (libsqlcipher-dev $(dpkg-query -W -f='${Version}' libsqlcipher-dev))"
