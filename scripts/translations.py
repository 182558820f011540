#!/usr/bin/env python3
"""The translation catalogues in locale/: update them, check them, compile them.

    python scripts/translations.py check    # `make test`: complete, or a list of what is not
    python scripts/translations.py update   # `make messages`: locale/*/LC_MESSAGES/*.po in place
    python scripts/translations.py compile  # `make install`: the .mo files (never committed)

``check`` runs ``makemessages`` for every language in settings.LANGUAGES but the source
(LANGUAGE_CODE), for the ``django`` and ``djangojs`` domains, on a temporary copy of locale/,
so the working tree is left as it was. It fails, listing the entries, when a catalogue has an
untranslated entry (a plural counts when any of its forms is empty) or a fuzzy one, when
``compilemessages`` fails, or when it found no catalogue or no entry to check at all.
gettext's tools must be installed (scripts/ensure-gettext.sh).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import chdir
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import to_locale

BASE_DIR = Path(__file__).resolve().parent.parent
DOMAINS = ("django", "djangojs")
# Never ours to translate. "locale" too: makemessages would otherwise write what it finds next
# to the project's own locale/ whatever LOCALE_PATHS says (the check writes elsewhere).
IGNORE = (".venv", "node_modules", "static/vendor", "staticfiles", "locale", "tests")
ENTRY_LINE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$')


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    has_plural: bool = False
    msgstrs: list[str] = field(default_factory=list)

    def label(self) -> str:
        return f"[{self.msgctxt}] {self.msgid}" if self.msgctxt is not None else self.msgid


def parse_po(text: str) -> list[Entry]:
    """The entries of a PO file, the header and obsolete (#~) entries left out."""
    entries: list[Entry] = []
    entry, key = None, None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            entry, key = None, None
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"') and entry is not None and key is not None:
            append(entry, key, line[1:-1])
            continue
        match = ENTRY_LINE.match(line)
        if not match:
            continue
        key, value = match.groups()
        if entry is None:
            entry = Entry()
            entries.append(entry)
        if key == "msgid_plural":
            entry.has_plural = True
        elif key.startswith("msgstr"):
            entry.msgstrs.append("")
        append(entry, key, value)
    return [entry for entry in entries if entry.msgid]


def append(entry: Entry, key: str, value: str) -> None:
    if key == "msgid":
        entry.msgid += value
    elif key == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + value
    elif key.startswith("msgstr"):
        entry.msgstrs[-1] += value


def msgattrib(po: Path, *flags: str) -> list[Entry]:
    result = subprocess.run(
        ["msgattrib", *flags, "--no-obsolete", str(po)],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_po(result.stdout)


def catalogues(locale_dir: Path, languages: list[str]) -> list[Path]:
    return [
        po
        for language in languages
        for domain in DOMAINS
        if (po := locale_dir / to_locale(language) / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


def problems(locale_dir: Path, languages: list[str]) -> list[str]:
    """What keeps the catalogues from being complete, one line each; none when they are."""
    found = catalogues(locale_dir, languages)
    if not found:
        return [f"No catalogue found in {locale_dir} for {', '.join(languages) or 'any language'}."]
    lines, total = [], 0
    for po in found:
        name = po.relative_to(locale_dir)
        entries = parse_po(po.read_text(encoding="utf-8"))
        total += len(entries)
        untranslated = msgattrib(po, "--untranslated") + [
            entry for entry in entries if entry.has_plural and not all(entry.msgstrs)
        ]
        seen = set()
        for entry in untranslated:
            if entry.label() not in seen:
                seen.add(entry.label())
                lines.append(f"{name}: untranslated: {entry.label()}")
        lines += [f"{name}: fuzzy: {entry.label()}" for entry in msgattrib(po, "--only-fuzzy")]
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
