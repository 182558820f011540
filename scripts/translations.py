#!/usr/bin/env python3
"""The translation catalogues in locale/: update them, check them, compile them.

    python scripts/translations.py check    # `make test`: complete, or a list of what is not
    python scripts/translations.py update   # `make messages`: locale/*/LC_MESSAGES/*.po in place
    python scripts/translations.py compile  # `make install`: the .mo files (never committed)

``check`` runs ``makemessages`` for every language in settings.LANGUAGES but the source
(LANGUAGE_CODE), for the ``django`` and ``djangojs`` domains, on a temporary copy of locale/,
so the working tree is left as it was. It fails, listing the entries, when a catalogue (read
with polib) has an untranslated entry (a plural counts when any of its forms is empty) or a
fuzzy one, when ``compilemessages`` fails, or when it found no catalogue or no entry to check
at all.
gettext's tools must be installed (scripts/ensure-gettext.sh).
"""

import argparse
import os
import shutil
import sys
import tempfile
from contextlib import chdir
from pathlib import Path

import polib
from django.utils.translation import to_locale

BASE_DIR = Path(__file__).resolve().parent.parent
DOMAINS = ("django", "djangojs")
# Never ours to translate. "locale" too: makemessages would otherwise write what it finds next
# to the project's own locale/ whatever LOCALE_PATHS says (the check writes elsewhere).
IGNORE = (".venv", "node_modules", "static/vendor", "staticfiles", "locale", "tests")


def catalogues(locale_dir: Path, languages: list[str]) -> list[Path]:
    return [
        po
        for language in languages
        for domain in DOMAINS
        if (po := locale_dir / to_locale(language) / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


def label(entry: polib.POEntry) -> str:
    return f"[{entry.msgctxt}] {entry.msgid}" if entry.msgctxt is not None else entry.msgid


def problems(locale_dir: Path, languages: list[str]) -> list[str]:
    """What keeps the catalogues from being complete, one line each; none when they are.

    polib reads the catalogues: an entry is untranslated when any of its forms is empty (a
    plural's too), fuzzy when it carries the flag; obsolete (#~) entries don't count."""
    found = catalogues(locale_dir, languages)
    if not found:
        return [f"No catalogue found in {locale_dir} for {', '.join(languages) or 'any language'}."]
    lines, total = [], 0
    for po in found:
        name = po.relative_to(locale_dir)
        entries = [entry for entry in polib.pofile(str(po)) if not entry.obsolete]
        total += len(entries)
        for entry in entries:
            if entry.fuzzy:
                lines.append(f"{name}: fuzzy: {label(entry)}")
            elif not entry.translated():
                lines.append(f"{name}: untranslated: {label(entry)}")
    if total == 0:
        lines.append(f"The catalogues in {locale_dir} have no entries: nothing was checked.")
    return lines


def compile_catalogues(locale_dir: Path) -> list[str]:
    """compilemessages on that folder alone; its complaint when it fails."""
    from django.core.management import CommandError, call_command
    from django.test.utils import override_settings

    with chdir(locale_dir), override_settings(LOCALE_PATHS=[locale_dir]):
        try:
            call_command("compilemessages", verbosity=0)
        except CommandError as error:
            return [f"compilemessages failed: {error}"]
    return []


def make_messages(locale_dir: Path, languages: list[str]) -> None:
    """makemessages for these languages and both domains, written into locale_dir."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    with chdir(BASE_DIR), override_settings(LOCALE_PATHS=[locale_dir]):
        for domain in DOMAINS:
            call_command(
                "makemessages",
                locale=[to_locale(language) for language in languages],
                domain=domain,
                no_location=True,
                ignore_patterns=list(IGNORE),
                verbosity=0,
            )


def check(languages: list[str]) -> int:
    # Beside locale/ (not in /tmp): makemessages files each source under the first locale
    # folder whose parent holds it.
    work = Path(tempfile.mkdtemp(prefix=".translations-check-", dir=BASE_DIR))
    try:
        shutil.copytree(BASE_DIR / "locale", work, dirs_exist_ok=True)
        make_messages(work, languages)
        found = problems(work, languages) + compile_catalogues(work)
    finally:
        shutil.rmtree(work)
    if found:
        print("The translation catalogues are not complete:", *found, sep="\n  ", file=sys.stderr)
        print("Run `make messages`, translate what is listed, and run this again.", file=sys.stderr)
        return 1
    print(f"Translation catalogues complete: {', '.join(languages)}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["check", "update", "compile"])
    action = parser.parse_args(argv).action
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spinecare.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")  # a development tool: no secret key needed
    sys.path.insert(0, str(BASE_DIR))
    import django
    from django.conf import settings

    django.setup()
    languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if action == "check":
        return check(languages)
    if action == "update":
        make_messages(BASE_DIR / "locale", languages)
        return 0
    failures = compile_catalogues(BASE_DIR / "locale")
    if failures:
        print(*failures, sep="\n", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
