"""Links for a clinician: made and revoked on Your data, opened by anyone who has one."""

import logging
import re
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation

from spinecare.data.models import ClinicianLink
from spinecare.jsi18n import catalogue_url
from spinecare.logs import AccessLogger, RedactTokens
from spinecare.tokens import hash_token
from tests.data.history import make_history
from tests.factories import ClinicianLinkFactory

INDEX = reverse("data:index")
CREATE = reverse("data:link-create")


def shared_url(token: str) -> str:
    return reverse("data:shared-report", args=[token])


@pytest.fixture
def issued(user):
    """A live link to the last 30 days of the user's history, and its token."""
    make_history(user)
    today = user.local_today()
    return ClinicianLink.issue(user, start=today - timedelta(days=29), end=today, days=7)


def test_making_a_link_shows_its_address_once_and_keeps_only_a_hash(user_client, user):
    response = user_client.post(CREATE, {"label": "Dr Ng, physio", "days": "14"})

    link = ClinicianLink.objects.get(user=user)
    url = re.search(r'id="new-link-url" type="url" readonly value="([^"]+)"', response.text)[1]
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 22  # 32 random bytes, 43 characters
    assert link.token_hash == hash_token(token) != token
    assert link.label == "Dr Ng, physio"
    assert link.expires_at - link.created_at == timedelta(days=14)
    assert (link.start, link.end) == (user.local_today() - timedelta(days=29), user.local_today())
    assert token not in user_client.get(INDEX).text  # never shown again


def test_a_link_opens_for_seven_days_unless_told_otherwise(user_client, user):
    user_client.post(CREATE, {"start": "", "end": "", "label": ""})

    link = ClinicianLink.objects.get(user=user)
    assert link.expires_at - link.created_at == timedelta(days=7)


def test_a_post_with_none_of_the_fields_makes_no_link_and_shows_the_page(user_client, user):
    response = user_client.post(CREATE, {})

    assert response.status_code == 200
    assert "new-link-url" not in response.text
    assert not ClinicianLink.objects.filter(user=user).exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"days": "0"}, "days", "Enter a number of days from 1 to 90."),
        ({"days": "91"}, "days", "Enter a number of days from 1 to 90."),
        ({"days": "a week"}, "days", "Enter a number of days from 1 to 90."),
        ({"days": "7", "label": "x" * 81}, "label", "Keep the label to 80 characters or fewer."),
        ({"days": "7", "label": "a\x00b"}, "label", "Remove the unusual characters"),
        ({"days": "7", "start": "2026-13-01"}, "start", "Enter a date such as 2026-03-14."),
        ({"days": "7", "end": "2999-01-01"}, "end", "Pick today or an earlier day."),
    ],
)
def test_bad_input_gets_an_error_beside_its_field(user_client, user, data, field, message):
    response = user_client.post(CREATE, data)

    assert response.status_code == 200
    assert message in " ".join(response.context["link_form"].errors[field])
    assert not ClinicianLink.objects.exists()


def test_the_link_shows_the_report_read_only_and_counts_openings(client, user, issued):
    link, token = issued

    response = client.get(shared_url(token))

    assert response.status_code == 200
    assert "For your physiotherapist or chiropractor" in response.text
    assert "Felt stiff after the drive." in response.text  # a session note in the period
    assert "Log out" not in response.text
    assert reverse("accounts:settings") not in response.text
    assert reverse("data:report") not in response.text
    assert "<form" not in response.text
    link.refresh_from_db()
    assert link.open_count == 1
    assert link.last_opened_at is not None


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_shared_page_sets_no_cookie_and_leaks_no_referrer(client, user, issued, signed_in):
    _link, token = issued
    if signed_in:  # the owner trying their own link, with a session cookie
        client.force_login(user)

    response = client.get(shared_url(token))

    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    assert "csrftoken" not in response.text
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_clinician_sees_the_report_in_their_browsers_language(client, user, issued):
    link, token = issued

    response = client.get(shared_url(token), headers={"Accept-Language": "de-DE,de;q=0.9"})

    assert '<html lang="de"' in response.text
    assert f'<script src="{catalogue_url("de")}" defer>' in response.text
    # Dates in German, by Django's own formats and month names.
    with translation.override("de"):
        expires = formats.date_format(link.expires_at, "DATE_FORMAT")
    assert "." in expires  # "5. Dezember 2026"
    assert expires in response.text
    assert "Set-Cookie" not in response.headers
    assert response["Content-Language"] == "de"


def test_the_unavailable_page_follows_the_browsers_language_too(client, db):
    response = client.get(shared_url("unknown"), headers={"Accept-Language": "es"})

    assert response.status_code == 404
    assert '<html lang="es"' in response.text
    assert catalogue_url("es") in response.text
    assert "Set-Cookie" not in response.headers


def test_a_link_stops_opening_when_it_expires(client, user, issued):
    link, token = issued

    with time_machine.travel(link.expires_at - timedelta(seconds=1)):
        assert client.get(shared_url(token)).status_code == 200
    with time_machine.travel(link.expires_at + timedelta(seconds=1)):
        assert client.get(shared_url(token)).status_code == 404


def test_unknown_expired_and_revoked_links_get_the_same_404(
    client, user, issued, django_assert_num_queries
):
    link, token = issued
    expired, expired_token = ClinicianLink.issue(
        user, start=link.start, end=link.end, days=1, label=""
    )
    ClinicianLink.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    link.revoke()
    bodies, headers = set(), set()

    for attempt in (token, expired_token, "x" * 43, "short", token[:-1]):
        with django_assert_num_queries(1):  # one lookup, whatever is wrong with the token
            response = client.get(shared_url(attempt))
        assert response.status_code == 404
        bodies.add(response.content)
        # Expires carries the clock's second (never_cache): the same for every token.
        headers.add(tuple(sorted((k, v) for k, v in response.headers.items() if k != "Expires")))

    assert len(bodies) == len(headers) == 1
    assert b"It may have expired or been revoked" in bodies.pop()
    assert ClinicianLink.objects.get(pk=link.pk).open_count == 0


def test_a_deactivated_accounts_links_do_not_open(client, user, issued):
    _link, token = issued
    user.is_active = False
    user.save(update_fields=["is_active"])

    assert client.get(shared_url(token)).status_code == 404


def test_revoking_stops_the_link_and_keeps_it_listed(user_client, user, issued):
    link, token = issued

    response = user_client.post(reverse("data:link-revoke", args=[link.pk]), follow=True)

    assert "The link is revoked" in response.text
    assert "Revoked" in response.text
    assert Client().get(shared_url(token)).status_code == 404


def test_another_user_cannot_revoke_someone_elses_link(other_client, issued):
    link, token = issued

    response = other_client.post(reverse("data:link-revoke", args=[link.pk]))

    assert response.status_code == 404
    assert ClinicianLink.objects.get(pk=link.pk).revoked_at is None
    assert Client().get(shared_url(token)).status_code == 200


def test_your_data_lists_links_with_expiry_openings_and_revoke(user_client, user):
    ClinicianLinkFactory(user=user, label="Dr Ng, physio", open_count=3)
    ClinicianLinkFactory(label="Someone else's")

    response = user_client.get(INDEX)

    table = response.text.split('data-testid="links"')[1]
    assert "Dr Ng, physio" in table
    assert "3 times" in table
    assert "Someone else" not in table
    assert "Revoke" in table


def test_openings_are_limited_per_link(client, user, issued, settings):
    settings.RATE_LIMIT_SHARED_LINK = "2/m"
    _link, token = issued

    statuses = [client.get(shared_url(token)).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    response = client.get(shared_url(token))
    assert "try again in 1 minute" in response.text
    assert int(response["Retry-After"]) > 0
    assert "Set-Cookie" not in response.headers


def test_openings_are_limited_per_ip_address_whatever_the_token(client, user, issued, settings):
    settings.RATE_LIMIT_SHARED_LINK_IP = "3/m"
    _link, token = issued

    guesses = [client.get(shared_url(f"guess-{n}")).status_code for n in range(3)]

    assert guesses == [404, 404, 404]
    assert client.get(shared_url(token)).status_code == 429
    other_ip = client.get(shared_url(token), REMOTE_ADDR="203.0.113.9")
    assert other_ip.status_code == 200


def test_the_token_never_reaches_our_logs(client, caplog, issued):
    _link, token = issued
    caplog.handler.addFilter(RedactTokens())

    with caplog.at_level(logging.INFO):
        client.get(shared_url(token[:-2]))  # a 404, which Django logs with its path

    assert "Not Found: /data/shared/[token]/" in caplog.text
    assert token[:-2] not in caplog.text


def test_gunicorns_access_log_holds_no_token(issued):
    _link, token = issued
    path = shared_url(token)

    class Response:
        status, sent, headers = "200 OK", 10, []

    class Config:
        def __getattr__(self, name):
            return None

    logger = AccessLogger.__new__(AccessLogger)
    logger.cfg = Config()
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "PATH_INFO": path,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://spinecare.example{path}",
    }
    atoms = logger.atoms(Response(), {}, environ, timedelta(milliseconds=5))

    assert atoms["r"] == "GET /data/shared/[token]/ HTTP/1.1"
    assert atoms["U"] == "/data/shared/[token]/"
    assert token not in repr(atoms)


def test_the_days_message_is_written_when_the_form_is_made_not_at_import(monkeypatch):
    from spinecare.data import forms

    monkeypatch.setattr(forms, "_", lambda text: f"[{translation.get_language()}] {text}")
    with translation.override("de"):
        form = forms.ClinicianLinkForm({"days": "0"}, today=timezone.now().date())
        assert not form.is_valid()

    assert form.errors["days"] == ["[de] Enter a number of days from 1 to 90."]
