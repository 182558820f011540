#!/usr/bin/env bash
# Makes sure GNU gettext (msgfmt, msgmerge, xgettext, msgattrib) is installed: set-up compiles
# the translation catalogues with it, and `make test` and `make messages` update and check them.
# Without it every page would be in English only, so set-up fails when it can't be installed.
set -u
if command -v msgfmt >/dev/null 2>&1 && command -v msgattrib >/dev/null 2>&1 \
   && command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1; then
  exit 0
fi
echo "Installing GNU gettext for the translations (apt-get)..."
"$(dirname "$0")/apt-install.sh" gettext
