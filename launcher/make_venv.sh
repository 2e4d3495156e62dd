#!/usr/bin/env bash
# Creates .venv on Python 3.10 and installs the pinned requirements.
# Idempotent: a stamp keyed on the hash of requirements.txt skips the install.
set -euo pipefail
venv="${1:-.venv}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

is_py310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

find_python() {
  local candidates=()
  if [ -n "${PYTHON:-}" ]; then  # an explicit choice is the only candidate
    is_py310 "$PYTHON" && { echo "$PYTHON"; return 0; }
    return 1
  fi
  candidates+=(python3.10)
  for p in "$HOME"/.pyenv/versions/3.10*/bin/python3.10 /root/.pyenv/versions/3.10*/bin/python3.10 \
           /usr/local/bin/python3.10 /usr/bin/python3.10; do
    [ -x "$p" ] && candidates+=("$p")
  done
  for c in "${candidates[@]}"; do
    if is_py310 "$c"; then command -v "$c" || echo "$c"; return 0; fi
  done
  return 1
}

req_hash="$(sha256sum requirements.txt | cut -c1-16)"
stamp="$venv/.installed-$req_hash"
if [ -f "$stamp" ] && is_py310 "$venv/bin/python"; then
  exit 0
fi

if ! is_py310 "$venv/bin/python" 2>/dev/null; then
  if ! py="$(find_python)"; then
    [ -n "${PYTHON:-}" ] && { echo "error: PYTHON=$PYTHON is not a working Python 3.10 (Rasa 3.6 needs 3.10)" >&2; exit 1; }
    echo "error: Python 3.10 not found (Rasa 3.6 needs it): install it, e.g. 'pyenv install 3.10.13' or 'apt-get install python3.10 python3.10-venv', or set PYTHON=/path/to/python3.10" >&2
    exit 1
  fi
  rm -rf "$venv"
  echo "setup: creating $venv with $py"
  "$py" -m venv "$venv"
fi

echo "setup: installing pinned packages into $venv (first time: several minutes)"
mkdir -p var/log
if ! "$venv/bin/python" -m pip install --disable-pip-version-check -q -r requirements.txt \
     >var/log/pip-install.log 2>&1; then
  echo "error: pip install failed; see var/log/pip-install.log ($(grep -m1 -E '^ERROR' var/log/pip-install.log || tail -n1 var/log/pip-install.log))" >&2
  exit 1
fi
site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
printf '%s\n%s\n' "$root" "$root/rasa" > "$site/samen.pth"
rm -f "$venv"/.installed-*
touch "$stamp"
echo "setup: packages ready"
