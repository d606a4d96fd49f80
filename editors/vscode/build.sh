#!/usr/bin/env bash
# Builds copydesk.vsix from this checkout (no publishing): packs copydesk,
# installs it into server/ with its production dependencies, installs the
# client's dependencies, and packages the extension.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" && npm run build --silent
rm -rf "$here/server" && mkdir -p "$here/server"
tarball="$(cd "$root" && npm pack --silent --pack-destination "$here/server" | tail -n 1)"
cd "$here/server" && echo '{"private": true}' > package.json && npm install --omit=dev --no-audit --no-fund "./$tarball" >/dev/null && rm "$tarball"
cd "$here" && npm install --no-audit --no-fund >/dev/null && npm run --silent package
echo "built $here/copydesk.vsix"
