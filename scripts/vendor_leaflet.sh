#!/usr/bin/env bash
# Vendor Leaflet into the package so the HTML map works offline (no CDN at run time).
#
# How it was done: `npm pack leaflet@1.9` (npm's ordinary client, default registry) gave leaflet-1.9.4.tgz
# (npm shasum 23fae724e282fa25745aff82ca4d394748db7d8d); dist/leaflet.js, dist/leaflet.css and LICENSE
# (BSD-2-Clause) are copied below, with a VERSION file recording the version and sha256 of each file.
# Re-run to update: scripts/vendor_leaflet.sh [VERSION]
set -euo pipefail
version="${1:-1.9}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/sitrep/web/static/vendor/leaflet"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "leaflet@$version" >/dev/null 2>&1 && tar -xzf leaflet-*.tgz)
mkdir -p "$dest"
cp "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$work/package/LICENSE" "$dest/"
exact="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$work/package/package.json" | head -1)"
{
  echo "leaflet $exact (npm pack leaflet@$version)"
  (cd "$dest" && sha256sum leaflet.js leaflet.css LICENSE)
} > "$dest/VERSION"
echo "vendored leaflet $exact into $dest"
