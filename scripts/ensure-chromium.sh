#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests.
# Installs it with apt-get when we can (root or passwordless sudo); otherwise
# explains, and the browser tests skip (they never skip when CI is set).
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found and apt-get is missing: browser tests will skip (set CHROMIUM=/path to use another)." >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "Chromium not found; run 'sudo apt-get install chromium' to enable the browser tests." >&2
    exit 0
  fi
fi
echo "Installing Chromium for the browser tests (apt-get, about 30 s)..."
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
