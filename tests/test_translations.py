"""scripts/translations.py check: `make test` fails until every catalogue is complete."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", SCRIPT)
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

HEADER = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"""
PAGE = """{% translate "Hello" %}
{% blocktranslate count n=days %}{{ n }} day{% plural %}{{ n }} days{% endblocktranslate %}
"""
COMPLETE = """
msgid "Hello"
msgstr "Hallo"

#, python-format
msgid "%(n)s day"
msgid_plural "%(n)s days"
msgstr[0] "%(n)s Tag"
msgstr[1] "%(n)s Tage"
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A tiny project: one page with two strings, and a German catalogue for it."""
    (tmp_path / "page.html").write_text(PAGE)
    monkeypatch.setattr(translations, "BASE_DIR", tmp_path)
    return tmp_path


def write_catalogue(root: Path, body: str, language="de", domain="django") -> Path:
    po = root / language / "LC_MESSAGES" / f"{domain}.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(HEADER + body, encoding="utf-8")
    return po


def test_a_complete_catalogue_passes_and_the_tree_is_left_as_it_was(project, capsys):
    po = write_catalogue(project / "locale", COMPLETE)
    before = po.read_bytes()

    assert translations.check(["de"]) == 0

    assert "Translation catalogues complete: de." in capsys.readouterr().out
    assert po.read_bytes() == before
    assert sorted(p.name for p in project.iterdir()) == ["locale", "page.html"]
    assert not list((project / "locale").rglob("*.mo"))


def test_an_untranslated_entry_fails_and_is_listed(project, capsys):
    write_catalogue(project / "locale", COMPLETE.replace('msgstr "Hallo"', 'msgstr ""'))

    assert translations.check(["de"]) == 1

    assert "de/LC_MESSAGES/django.po: untranslated: Hello" in capsys.readouterr().err
    assert sorted(p.name for p in project.iterdir()) == ["locale", "page.html"]


def test_a_new_string_in_the_source_fails_until_translated(project, capsys):
    write_catalogue(project / "locale", COMPLETE)
    (project / "page.html").write_text(PAGE + '{% translate "Rest day" %}')

    assert translations.check(["de"]) == 1

    assert "untranslated: Rest day" in capsys.readouterr().err
    assert "Rest day" not in (project / "locale/de/LC_MESSAGES/django.po").read_text()


def test_a_plural_with_a_missing_form_counts_as_untranslated(project, capsys):
    write_catalogue(project / "locale", COMPLETE.replace('"%(n)s Tage"', '""'))

    assert translations.check(["de"]) == 1

    assert "untranslated: %(n)s day" in capsys.readouterr().err


def test_a_fuzzy_entry_fails_and_is_listed(project, capsys):
    write_catalogue(
        project / "locale", COMPLETE.replace('msgid "Hello"', '#, fuzzy\nmsgid "Hello"')
    )

    assert translations.check(["de"]) == 1

    assert "de/LC_MESSAGES/django.po: fuzzy: Hello" in capsys.readouterr().err


def test_a_catalogue_that_does_not_compile_fails(project, capsys):
    write_catalogue(
        project / "locale", COMPLETE.replace('msgstr[1] "%(n)s Tage"', 'msgstr[1] "%(x)s Tage"')
    )

    assert translations.check(["de"]) == 1

    assert "compilemessages failed" in capsys.readouterr().err


def test_no_catalogue_at_all_fails(tmp_path):
    assert translations.problems(tmp_path, ["de", "es"]) == [
        f"No catalogue found in {tmp_path} for de, es."
    ]


def test_catalogues_without_entries_fail(tmp_path):
    write_catalogue(tmp_path, "")

    assert translations.problems(tmp_path, ["de"]) == [
        f"The catalogues in {tmp_path} have no entries: nothing was checked."
    ]


def test_each_language_is_checked(tmp_path):
    write_catalogue(tmp_path, COMPLETE, language="de")
    write_catalogue(tmp_path, COMPLETE.replace('msgstr "Hallo"', 'msgstr ""'), language="es")
    write_catalogue(tmp_path, '\nmsgid "Saved"\nmsgstr ""\n', language="es", domain="djangojs")

    assert translations.problems(tmp_path, ["de", "es"]) == [
        "es/LC_MESSAGES/django.po: untranslated: Hello",
        "es/LC_MESSAGES/djangojs.po: untranslated: Saved",
    ]


def test_the_real_check_leaves_locale_untouched():
    """Whatever the catalogues hold, checking them changes nothing in the working tree."""
    locale = translations.BASE_DIR / "locale"
    before = {p: p.read_bytes() for p in locale.rglob("*") if p.is_file()}

    translations.check(["de", "es"])

    assert {p: p.read_bytes() for p in locale.rglob("*") if p.is_file()} == before
    assert not list(translations.BASE_DIR.glob(".translations-check-*"))
