"""Which language a page speaks: the signed-in person's own, else the visitor's cookie (the
footer's chooser), else Accept-Language (UserLanguageMiddleware after LocaleMiddleware)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error

from spinecare.data.models import ClinicianLink
from tests.factories import UserFactory

HOME = reverse("home")
LIBRARY = reverse("exercises:list")
SET_LANGUAGE = reverse("set_language")


@pytest.mark.django_db
class TestVisitors:
    def test_accept_language_de_gets_a_german_page(self, client):
        response = client.get(HOME, headers={"accept-language": "de-DE,de;q=0.9,en;q=0.5"})

        assert '<html lang="de"' in response.text
        assert response["Content-Language"] == "de"
        assert {"Accept-Language", "Cookie"} <= set(map(str.strip, response["Vary"].split(",")))

    def test_no_preference_gets_british_english(self, client):
        response = client.get(HOME)

        assert '<html lang="en-gb"' in response.text
        assert response["Content-Language"] == "en-gb"

    def test_an_unknown_language_falls_back_to_english(self, client):
        response = client.get(HOME, headers={"accept-language": "fr"})

        assert '<html lang="en-gb"' in response.text

    def test_the_footer_offers_a_language_chooser_without_javascript(self, client):
        response = client.get(reverse("accounts:login"), headers={"accept-language": "es"})

        text = response.text
        assert f'action="{SET_LANGUAGE}"' in text
        assert '<label for="footer-language">' in text
        assert '<select class="form-select form-select-sm w-auto" id="footer-language"' in text
        assert '<option value="es" lang="es" selected>Español</option>' in text
        assert '<option value="de" lang="de">Deutsch</option>' in text
        assert 'name="next" value="/accounts/login/"' in text

    def test_the_chooser_sets_the_cookie_and_the_next_page_follows_it(self, client):
        response = client.post(
            SET_LANGUAGE,
            {"language": "es", "next": "/accounts/login/"},
            headers={"accept-language": "de"},
        )

        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"
        page = client.get("/accounts/login/", headers={"accept-language": "de"})
        assert '<html lang="es"' in page.text
        assert page["Content-Language"] == "es"

    def test_translation_is_deactivated_after_the_response(self, client):
        client.get(HOME, headers={"accept-language": "de"})

        assert translation.get_language() == settings.LANGUAGE_CODE


@pytest.mark.django_db
class TestSignedIn:
    def test_the_saved_language_beats_accept_language_and_the_cookie(self, client):
        client.force_login(UserFactory(language="es"))
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en-gb"

        response = client.get(LIBRARY, headers={"accept-language": "de"})

        assert '<html lang="es"' in response.text
        assert response["Content-Language"] == "es"
        assert response.wsgi_request.LANGUAGE_CODE == "es"
        assert translation.get_language() == settings.LANGUAGE_CODE

    def test_htmx_fragments_speak_it_too(self, client):
        client.force_login(UserFactory(language="de"))

        response = client.get(LIBRARY, headers={"HX-Request": "true", "accept-language": "es"})

        assert response["Content-Language"] == "de"

    def test_signed_in_people_choose_in_settings_not_the_footer(self, client):
        client.force_login(UserFactory(language="de"))

        response = client.get(LIBRARY)

        assert 'id="footer-language"' not in response.text


@pytest.mark.django_db
class TestStandaloneDocuments:
    """Pages that don't extend base.html name their language too."""

    def test_the_clinician_report_follows_the_readers_browser(self, client, user):
        today = user.local_today()
        _, token = ClinicianLink.issue(user, start=today - timedelta(days=6), end=today, days=7)

        response = client.get(
            reverse("data:shared-report", args=[token]), headers={"accept-language": "es"}
        )

        assert '<html lang="es"' in response.text

    def test_an_unknown_clinician_link_too(self, client):
        response = client.get(
            reverse("data:shared-report", args=["nope"]), headers={"accept-language": "de"}
        )

        assert response.status_code == 404
        assert '<html lang="de"' in response.text

    def test_the_server_error_page(self):
        with translation.override("de"):
            response = server_error(RequestFactory().get("/"))

        assert response.content.decode().startswith('<!doctype html>\n<html lang="de">')
