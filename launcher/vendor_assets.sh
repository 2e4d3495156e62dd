#!/usr/bin/env bash
# Vendors the web page's front-end assets from the npm registry (once).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/web/static/vendor/socket.io.min.js"
version="4.8.1"
[ -f "$target" ] && grep -q "Socket.IO v$version" "$target" && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is needed once to vendor socket.io-client $version for the web page (apt-get install npm)" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "socket.io-client@$version" >/dev/null 2>"$tmp/npm.err") || {
  echo "error: could not fetch socket.io-client $version from the npm registry: $(tail -n1 "$tmp/npm.err")" >&2
  exit 1
}
tar -xzf "$tmp"/socket.io-client-*.tgz -C "$tmp"
mkdir -p "$(dirname "$target")"
cp "$tmp/package/dist/socket.io.min.js" "$target"
echo "setup: vendored socket.io-client $version"
