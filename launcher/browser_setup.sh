#!/usr/bin/env bash
# Set-up for the browser tests: Debian's Chromium (never a downloaded browser) and
# axe-core from npm (vendored under var/vendor/, not committed). Never fails the
# build: without Chromium the browser tests skip, naming what to install.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium for the browser tests (apt-get) ..."
    if ! { apt-get update -qq >/dev/null 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; }; then
      echo "setup: could not install chromium with apt-get; the browser tests will be skipped"
    fi
  else
    echo "setup: browser tests need Debian's chromium: run 'sudo apt-get install chromium' (they are skipped until then)"
  fi
fi
axe="$root/var/vendor/axe.min.js"
version="4.10.3"
if [ ! -f "$axe" ] || ! grep -q "axe v$version" "$axe"; then
  if command -v npm >/dev/null 2>&1; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    if (cd "$tmp" && npm pack --silent "axe-core@$version" >/dev/null 2>"$tmp/npm.err"); then
      tar -xzf "$tmp"/axe-core-*.tgz -C "$tmp"
      mkdir -p "$(dirname "$axe")"
      cp "$tmp/package/axe.min.js" "$axe"
      echo "setup: vendored axe-core $version for the accessibility tests"
    else
      echo "setup: could not fetch axe-core $version from npm; the accessibility tests will be skipped"
    fi
  else
    echo "setup: npm is needed once to fetch axe-core for the accessibility tests (apt-get install npm)"
  fi
fi
exit 0
