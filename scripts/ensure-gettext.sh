#!/usr/bin/env bash
# Makes sure GNU gettext (msgfmt, msgmerge, xgettext, msgattrib) is installed: set-up compiles
# the translation catalogues with it, and `make test` and `make messages` update and check them.
# Installs it with apt-get when we can (root or passwordless sudo); otherwise explains and fails,
# since without it every page would be in English only.
set -u
if command -v msgfmt >/dev/null 2>&1 && command -v msgattrib >/dev/null 2>&1 \
   && command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "GNU gettext not found and apt-get is missing: install gettext (msgfmt, msgattrib) with your package manager." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "GNU gettext not found; run 'sudo apt-get install gettext' for the translations." >&2
    exit 1
  fi
fi
echo "Installing GNU gettext for the translations (apt-get)..."
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq gettext >/dev/null
