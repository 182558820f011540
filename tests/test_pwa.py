"""The installable app's files: the manifest and the service worker at the site root."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation


def test_the_manifest_names_the_app_its_start_and_its_icons(client, db):
    response = client.get("/manifest.webmanifest")

    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "SpineCare"
    assert manifest["start_url"] == "/dashboard/"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#2f7d6d"
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        width = icon["sizes"].split("x")[0]
        assert path, icon["src"]
        with open(path, "rb") as png:  # the PNG header's width, as the manifest says
            assert int.from_bytes(png.read(24)[16:20], "big") == int(width)


def test_the_service_worker_is_served_from_the_root_and_always_checked(client, db):
    response = client.get("/sw.js")

    assert response["Content-Type"] == "text/javascript"
    assert "no-cache" in response["Cache-Control"]
    text = response.text
    assert 'importScripts("/static/js/i18n.js", "/static/js/offline-queue.js")' in text
    assert '"/static/js/app.js"' in text
    assert '["/dashboard/", "/today/"]' in text
    assert "{%" not in text
    assert "&quot;" not in text


def test_every_page_links_the_manifest_and_the_touch_icon(client, db):
    text = client.get(reverse("home")).text

    assert '<link rel="manifest" href="/manifest.webmanifest">' in text
    assert 'rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png"' in text
    assert 'data-worker="/sw.js"' in text


def test_the_policy_allows_our_own_worker_and_manifest_only(client, db):
    policy = client.get(reverse("home"))["Content-Security-Policy"]

    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


@pytest.mark.django_db
def test_signing_out_clears_what_the_browser_kept(user_client):
    response = user_client.post(reverse("accounts:logout"))

    assert response["Clear-Site-Data"] == '"cache", "storage"'


@pytest.mark.django_db
def test_the_workers_copy_of_a_page_leaves_one_time_messages_for_the_page(user_client):
    user_client.post(reverse("reminders:feed-update"))  # leaves a message for the next page

    kept = user_client.get(reverse("tracking:dashboard"), headers={"X-SpineCare-Keep": "1"})
    shown = user_client.get(reverse("tracking:dashboard"))

    assert "Your calendar has a new address." not in kept.text
    assert "Your calendar has a new address." in shown.text


def test_the_service_worker_speaks_the_requests_language_and_keeps_its_catalogue(client, db):
    from spinecare.jsi18n import catalogue_url

    german = client.get("/sw.js", headers={"Accept-Language": "de"}).text
    english = client.get("/sw.js").text

    assert f'importScripts("{catalogue_url("de")}")' in german
    assert f'"{catalogue_url("de")}"' in german.split("const PRECACHE = ")[1].split("\n")[0]
    assert 'const LANG = "de"' in german
    assert f'importScripts("{catalogue_url("en-gb")}")' in english
    assert 'const TODAY_TEXT = "Today"' in english
    # Switching language makes a new worker but keeps the same cache of static files.
    version = re.compile(r'const VERSION = "(\w+)"')
    assert version.search(german)[1] == version.search(english)[1]


def test_the_service_worker_keeps_the_catalogue_cache_first(client, db):
    text = client.get("/sw.js").text

    assert 'url.pathname.startsWith("/jsi18n/")' in text


def test_the_manifest_describes_the_app_in_the_requests_language(client, db):
    with translation.override("de"):
        expected = translation.gettext(
            "A daily spine-health habit: log your routine and how your back feels."
        )

    manifest = json.loads(
        client.get("/manifest.webmanifest", headers={"Accept-Language": "de"}).content
    )

    assert manifest["description"] == expected
    assert manifest["lang"] == "de"
    assert manifest["name"] == "SpineCare"
    assert (
        client.get("/manifest.webmanifest", headers={"Accept-Language": "de"})["Content-Language"]
        == "de"
    )


def test_the_service_worker_speaks_the_language_of_the_page_that_registered_it(client, db):
    from spinecare.jsi18n import catalogue_url

    text = client.get("/sw.js?lang=es", headers={"Accept-Language": "de"}).text
    plain = client.get("/sw.js?lang=en", headers={"Accept-Language": "de"})

    assert 'const LANG = "es"' in text
    assert f'importScripts("{catalogue_url("es")}")' in text
    assert 'const LANG = "en-gb"' in plain.text  # "en" is our British English
    assert plain["Content-Language"] == "en-gb"
    assert (
        'const LANG = "de"' in client.get("/sw.js?lang=xx", headers={"Accept-Language": "de"}).text
    )
