#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests. When it can't be installed
# the browser tests skip (they never skip when CI is set), so this never fails set-up.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Installing Chromium for the browser tests (apt-get, about 30 s)..."
"$(dirname "$0")/apt-install.sh" chromium || echo "Chromium not found: browser tests will skip (set CHROMIUM=/path to use another)." >&2
exit 0
