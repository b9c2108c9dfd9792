#!/usr/bin/env bash
# Debian packages the app and its tests need beyond Python: Qt's runtime libraries (offscreen
# and on screen), a CJK font so Chinese names are drawn, PostgreSQL for the server tests, and nginx as
# the load balancer in front of the two-node test cluster (tests/server/cluster.py, bench/server_load.py).
# Installs only what is missing, and only where it can (root with apt); elsewhere it says what to install.
set -euo pipefail

packages=(libxkbcommon0 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-noto-cjk postgresql nginx)

command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian/Ubuntu: nothing to check here
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
  }
else
  echo "Please install these system packages: sudo apt-get install ${missing[*]}" >&2
fi
