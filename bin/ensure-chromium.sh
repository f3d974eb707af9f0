#!/usr/bin/env bash
# Makes sure the Debian Chromium that the browser tests drive is installed (Playwright never
# downloads its own browser here). Safe to run twice.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$CHROMIUM" ]]; then
  echo "[chromium] $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") is installed"
  exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "[chromium] Chromium is missing: install it as root with 'apt-get install -y chromium', or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "[chromium] installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y chromium >/dev/null \
  || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y chromium >/dev/null; }
echo "[chromium] $("$CHROMIUM" --version) installed"
