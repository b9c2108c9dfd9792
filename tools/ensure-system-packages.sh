#!/usr/bin/env bash
# The Debian/Ubuntu packages the app needs beyond Python, installed when missing. What for:
#   venv  the interpreter's venv module ($PYTHON, default python3), to make .venv;
#   run   the libraries Qt's platform plugins load (tools/system-libraries.txt: the window opens on a
#         fresh machine with no display libraries) and a CJK font so Chinese names are drawn;
#   test  what run needs, PostgreSQL for the server tests and nginx as the load balancer in front of the two-node
#         test cluster (tests/server/cluster.py, bench/server_load.py).
# As root with apt-get it installs what is missing; otherwise it prints the exact `sudo apt-get install` line
# and, for venv and run, stops (without them nothing can start). A library is looked for by its name in the
# loader's cache (ldconfig -p), so a package renamed by a release (glib's t64) still counts as there.
set -euo pipefail

purpose=${1:-run}
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
export PATH="$PATH:/usr/sbin:/sbin"  # ldconfig, for users whose PATH lacks the system directories

case "$purpose" in
  venv|run|test) ;;
  *) echo "usage: $0 [venv|run|test]" >&2; exit 2 ;;
esac

missing=()     # packages to install
unnamed=()     # libraries missing where there is no dpkg to name their package

need_package() {  # a package by its dpkg status
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || missing+=("$1")
}

if [ "$purpose" = venv ]; then
  if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then  # Debian keeps ensurepip in pythonX.Y-venv
    version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3)
    missing+=("python$version-venv")
  fi
else
  known=$(ldconfig -p 2>/dev/null | awk 'NR > 1 {print $1}' || true)
  while read -r library package; do
    case "$library" in ''|\#*) continue ;; esac
    if [ -n "$known" ]; then
      grep -qxF "$library" <<<"$known" && continue
    elif command -v dpkg-query >/dev/null 2>&1; then  # no loader cache to read: ask dpkg
      dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && continue
    else
      continue  # neither: nothing can be checked here
    fi
    if command -v dpkg-query >/dev/null 2>&1; then
      [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    else
      unnamed+=("$library")
    fi
  done <"$here/system-libraries.txt"
  if command -v dpkg-query >/dev/null 2>&1; then
    need_package fonts-noto-cjk
    if [ "$purpose" = test ]; then
      need_package postgresql
      need_package nginx
    fi
  fi
fi

if [ ${#unnamed[@]} -gt 0 ]; then
  echo "Qt needs these system libraries, which this computer lacks: ${unnamed[*]}" >&2
  echo "Install them with your distribution's package manager (on Debian/Ubuntu: see tools/system-libraries.txt)." >&2
  [ "$purpose" = test ] || exit 1
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" || {
    echo "Updating the package lists, then installing again"
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  }
else
  echo "These system packages are missing. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  [ "$purpose" = test ] || exit 1
fi
