"""Repeated failed log-ins pause logging in (django-axes, settings.AXES_*)."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

LOGIN = reverse("accounts:login")
LIMIT = 5


def log_in(client, email, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=ip)


def fail(client, email, times, ip="203.0.113.7"):
    for _ in range(times):
        response = log_in(client, email, "wrong-password", ip)
        assert response.status_code == 200  # the form again, with its usual message
        assert "Please enter a correct e-mail address and password" in response.text


def lock_out(client, email, ip="203.0.113.7"):
    fail(client, email, LIMIT - 1, ip)
    response = log_in(client, email, "wrong-password", ip)
    assert response.status_code == 429  # the fifth failure already shows the pause


@pytest.mark.django_db
class TestLockout:
    def test_after_five_failures_even_the_right_password_waits_with_a_clear_message(
        self, client, user, password
    ):
        lock_out(client, user.email)

        response = log_in(client, user.email, password)

        assert response.status_code == 429
        assert "Log-in paused for a while" in response.text
        assert "paused for 15 minutes" in response.text
        assert reverse("accounts:password-reset") in response.text
        assert client.get(reverse("accounts:settings")).status_code == 302  # not signed in

    def test_four_failures_still_let_the_owner_in(self, client, user, password):
        fail(client, user.email, LIMIT - 1)

        assert log_in(client, user.email, password).status_code == 302

    def test_a_success_starts_the_count_again(self, client, user, password):
        fail(client, user.email, LIMIT - 1)
        log_in(client, user.email, password)
        client.post(reverse("accounts:logout"))

        fail(client, user.email, LIMIT - 1)

        assert log_in(client, user.email, password).status_code == 302

    def test_the_letter_case_of_the_email_does_not_dodge_the_count(self, client, user, password):
        for email in ["ALICE@example.com", "Alice@Example.com", "alice@EXAMPLE.com"]:
            fail(client, email, 1)
        fail(client, user.email, LIMIT - 4)
        assert log_in(client, "ALICE@EXAMPLE.COM", "wrong-password").status_code == 429

        assert log_in(client, "Alice@example.com", password).status_code == 429

    def test_someone_else_from_the_same_address_can_still_log_in(self, client, user, password):
        bob = UserFactory(email="bob@example.com")
        lock_out(client, user.email)

        assert log_in(client, bob.email, password).status_code == 302

    def test_the_owner_from_another_address_can_still_log_in(self, client, user, password):
        lock_out(client, user.email)

        assert log_in(client, user.email, password, ip="198.51.100.4").status_code == 302

    def test_the_pause_ends_after_fifteen_minutes(self, client, user, password, time_machine):
        time_machine.move_to("2026-03-14 12:00:00+00:00")
        lock_out(client, user.email)
        time_machine.move_to("2026-03-14 12:14:00+00:00")
        assert log_in(client, user.email, password).status_code == 429

        time_machine.move_to("2026-03-14 12:30:00+00:00")

        assert log_in(client, user.email, password).status_code == 302

    def test_behind_the_proxy_the_address_it_appended_counts(
        self, client, user, password, settings
    ):
        settings.BEHIND_PROXY = True
        # A client may send any X-Forwarded-For; only the last entry, added by our proxy, counts.
        for spoofed in ["1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"]:
            client.post(
                LOGIN,
                {"username": user.email, "password": "wrong"},
                REMOTE_ADDR="10.0.0.2",
                HTTP_X_FORWARDED_FOR=f"{spoofed}, 203.0.113.7",
            )

        response = client.post(
            LOGIN,
            {"username": user.email, "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )

        assert response.status_code == 429


@pytest.mark.django_db
class TestOneFormOfTheAddress:
    """The log-in looks the address up in the form django-axes counts it under (issue 13)."""

    def test_a_dotless_i_neither_dodges_the_count_nor_signs_in(self, client, password):
        # PostgreSQL's UPPER('ı') is 'I': a case-insensitive lookup found ann's account under
        # an address that django-axes counted apart, with four more tries for each 'i'.
        ann = UserFactory(email="ann@spinecare.local")
        lock_out(client, ann.email)

        response = log_in(client, "ann@sp\u0131necare.local", password)

        assert "Please enter a correct e-mail address and password" in response.text
        assert client.get(reverse("accounts:settings")).status_code == 302  # not signed in

    def test_the_lookup_finds_only_the_address_as_stored(self, db):
        ann = UserFactory(email="ann@spinecare.local")
        User = type(ann)

        assert User.objects.get_by_natural_key(" Ann@SpineCare.local ") == ann
        with pytest.raises(User.DoesNotExist):
            User.objects.get_by_natural_key("ann@sp\u0131necare.local")

    def test_capitals_beyond_a_to_z_sign_in_and_count_as_the_same_address(self, client, password):
        zoe = UserFactory(email="zo\u00eb@example.com")
        fail(client, "ZO\u00cb@example.com", LIMIT - 1)

        assert log_in(client, "Zo\u00cb@Example.com", "wrong-password").status_code == 429
        assert log_in(client, zoe.email, password).status_code == 429
        elsewhere = log_in(client, "ZO\u00cb@EXAMPLE.COM", password, ip="198.51.100.4")
        assert elsewhere.status_code == 302

    def test_an_address_typed_into_any_form_is_stored_in_that_one_form(self):
        user = UserFactory.build(email=" Ann@SpineCare.LOCAL")

        user.clean()  # what the admin's forms and every ModelForm run

        assert user.email == "ann@spinecare.local"
