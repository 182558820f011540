"""Our JavaScript's words: the catalogue every page loads (spinecare/jsi18n.py)."""

import gzip
import re
import shutil
import subprocess

import pytest
from django.urls import reverse
from django.utils import translation

from spinecare.jsi18n import catalogue, catalogue_url

# Issue #16's budget: a first load within 100 KB compressed. The catalogue is a small part.
MAX_GZIPPED = 12_000


def script_sources(html: str) -> list[str]:
    return re.findall(r'<script src="([^"]+)"', html)


@pytest.mark.parametrize("lang", ["de", "es", "en-gb"])
def test_the_catalogue_answers_javascript_cached_for_a_year(client, db, lang):
    response = client.get(catalogue_url(lang), headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    assert "Set-Cookie" not in response.headers
    body = gzip.decompress(response.content).decode()
    assert "django.gettext = function" in body
    assert "globals.ngettext = django.ngettext" in body
    assert len(response.content) < MAX_GZIPPED


def test_the_catalogue_follows_the_language_in_its_address(client, db):
    german = client.get(catalogue_url("de")).text
    english = client.get(catalogue_url("en-gb")).text

    # Dates in the language's own format: Django's formats travel with the catalogue.
    assert '"DATE_INPUT_FORMATS"' in german
    assert german != english
    assert catalogue_url("de").startswith("/jsi18n/de/")


def test_the_catalogue_leaves_out_the_admins_words(client, db):
    text = client.get(catalogue_url("de")).text

    assert "Januar" not in text  # the admin's calendar, in django.contrib.admin's djangojs


def test_an_old_version_gets_todays_words_briefly(client, db):
    response = client.get(reverse("javascript-catalog", args=["de", "0ld"]))

    assert response.status_code == 200
    assert "max-age=300" in response["Cache-Control"]


def test_a_language_we_do_not_speak_is_not_found(client, db):
    assert client.get(reverse("javascript-catalog", args=["fr", "x"])).status_code == 404


def test_every_page_loads_the_catalogue_before_our_scripts(client, db):
    sources = script_sources(client.get(reverse("home")).text)

    catalogue = sources.index(catalogue_url("en-gb"))
    assert sources[catalogue + 1] == "/static/js/i18n.js"
    ours = [n for n, src in enumerate(sources) if src.startswith("/static/js/")]
    after_theme = [n for n in ours if not sources[n].endswith("/theme.js")]
    assert all(n > catalogue for n in after_theme)


def test_the_page_in_german_loads_the_german_catalogue(client, db):
    html = client.get(reverse("home"), headers={"Accept-Language": "de"}).text

    assert f'src="{catalogue_url("de")}" defer' in html


def test_the_catalogue_address_follows_the_active_language(db):
    with translation.override("es"):
        assert catalogue_url().startswith("/jsi18n/es/")
    with translation.override("fr"):
        assert catalogue_url().startswith("/jsi18n/en-gb/")


@pytest.fixture
def fresh_catalogues():
    catalogue.cache_clear()
    yield
    catalogue.cache_clear()


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="needs gettext's msgfmt")
def test_the_catalogue_carries_our_translations_from_locale_paths(
    client, db, settings, tmp_path, fresh_catalogues
):
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "djangojs.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Not saved yet."\nmsgstr "Noch nicht gespeichert."\n\n'
        'msgid "%(count)s second"\nmsgid_plural "%(count)s seconds"\n'
        'msgstr[0] "%(count)s Sekunde"\nmsgstr[1] "%(count)s Sekunden"\n',
        encoding="utf-8",
    )
    subprocess.run(["msgfmt", "-o", folder / "djangojs.mo", folder / "djangojs.po"], check=True)
    before = catalogue_url("de")
    catalogue.cache_clear()
    settings.LOCALE_PATHS = [tmp_path]

    text = client.get(catalogue_url("de")).text

    assert '"Not saved yet.": "Noch nicht gespeichert."' in text
    assert '"%(count)s Sekunden"' in text
    assert "(n != 1)" in text
    assert catalogue_url("de") != before  # new words, new address
