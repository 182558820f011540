#!/usr/bin/env bash
# Prints the path of a Python 3.12+ interpreter, or explains why none fits.
# Order: $PYTHON, python3.13, python3.12, python3, then pyenv's installed versions.
set -u

fits() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

if [ -n "${PYTHON:-}" ]; then
  if fits "$PYTHON"; then command -v "$PYTHON" 2>/dev/null || echo "$PYTHON"; exit 0; fi
  echo "PYTHON=$PYTHON is not a working Python 3.12 or newer." >&2
  exit 1
fi

candidates=()
candidates+=(python3.13 python3.12 python3)
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for p in "$root"/versions/3.1[3-9]*/bin/python3 "$root"/versions/3.12*/bin/python3; do
    [ -x "$p" ] && candidates+=("$p")
  done
fi
for p in "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
  [ -x "$p" ] && candidates+=("$p")
done

for c in "${candidates[@]}"; do
  if fits "$c"; then
    command -v "$c" 2>/dev/null || echo "$c"
    exit 0
  fi
done

echo "SpineCare needs Python 3.12 or newer (Django 6). None was found." >&2
echo "Install one (for example: apt-get install python3.12 python3.12-venv) or point PYTHON at it: make PYTHON=/path/to/python3.12 ..." >&2
exit 1
