#!/usr/bin/env bash
# Vendor the web UI's third-party assets (other than Leaflet) from the npm registry, so the UI and the
# /docs page work offline. Re-run to update; commit the result.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/sitrep/web/static/vendor"
SWAGGER_VERSION="${SWAGGER_VERSION:-5.17.14}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "swagger-ui-dist@${SWAGGER_VERSION}" >/dev/null)
tar -xzf "$work"/swagger-ui-dist-*.tgz -C "$work"
mkdir -p "$DEST/swagger-ui"
for f in swagger-ui-bundle.js swagger-ui.css LICENSE; do
  cp "$work/package/$f" "$DEST/swagger-ui/$f"
done
echo "$SWAGGER_VERSION" > "$DEST/swagger-ui/VERSION"
echo "vendored swagger-ui-dist $SWAGGER_VERSION into $DEST/swagger-ui"
