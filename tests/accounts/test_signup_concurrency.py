"""Sign-up under real concurrency (PostgreSQL; see tests/concurrency.py)."""

from django.test import Client
from django.urls import reverse

from spinecare.accounts.models import User
from tests.concurrency import RACES, run_together

pytestmark = RACES


def sign_up(email: str, settings_override):
    def post():
        data = {
            "email": email,
            "display_name": "",
            "timezone": "Europe/London",
            "password1": "walk-the-dog-at-dawn-42",
            "password2": "walk-the-dog-at-dawn-42",
        }
        return Client().post(reverse("accounts:signup"), data).status_code

    return post


def test_one_address_in_several_letter_cases_at_once_makes_one_account(settings):
    settings.RATE_LIMIT_SIGN_UP = "1000/m"
    emails = ["Race@Example.com", "race@example.com", "RACE@EXAMPLE.COM", "race@EXAMPLE.com"]

    statuses = run_together(*[sign_up(email, settings) for email in emails])

    assert sorted(statuses) == [200, 200, 200, 302]  # one welcome, three "already exists"
    assert list(User.objects.values_list("email", flat=True)) == ["race@example.com"]
