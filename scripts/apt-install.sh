#!/usr/bin/env bash
# Installs Debian packages for set-up: apt-install.sh PACKAGE... (as root, or with
# passwordless sudo). Exits 0 once they are installed; 1, with the command to run by hand,
# when it can't (no apt-get, or no way to become root). ensure-chromium.sh and
# ensure-gettext.sh call it, and each decides what a failure means for its tool.
set -u
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get is missing: install $* with your package manager." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "Run 'sudo apt-get install $*' (set-up can't become root)." >&2
    exit 1
  fi
fi
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
