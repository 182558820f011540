"""Per-IP limits on log-in, sign-up and password-reset POSTs (settings.RATE_LIMIT_*)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

LOGIN = reverse("accounts:login")
SIGNUP = reverse("accounts:signup")
RESET = reverse("accounts:password-reset")
HERE, ELSEWHERE = "203.0.113.7", "198.51.100.4"

User = get_user_model()


def log_in(client, email, password, ip=HERE):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=ip)


def assert_paused(response, minutes):
    """The calm 429 page, with a wait of at most the limit's period (its window is fixed)."""
    assert response.status_code == 429
    assert "A short pause" in response.text
    wait = re.search(r"Please try again in (\d+) minutes?\.", response.text)
    assert wait
    assert 1 <= int(wait.group(1)) <= minutes
    assert 0 < int(response["Retry-After"]) <= minutes * 60


@pytest.mark.django_db
class TestLogIn:
    def test_many_new_addresses_from_one_ip_are_paused_whatever_the_email(
        self, client, settings, user, password
    ):
        settings.RATE_LIMIT_LOG_IN = "3/10m"
        for number in range(3):
            response = log_in(client, f"stranger{number}@example.com", "guess")
            assert "Please enter a correct e-mail address and password" in response.text

        response = log_in(client, user.email, password)

        assert_paused(response, 10)
        assert client.get(reverse("accounts:settings")).status_code == 302  # not signed in

    def test_other_addresses_are_not_held_up(self, client, settings, user, password):
        settings.RATE_LIMIT_LOG_IN = "3/10m"
        for number in range(4):
            log_in(client, f"stranger{number}@example.com", "guess")

        assert log_in(client, user.email, password, ip=ELSEWHERE).status_code == 302

    def test_looking_at_the_page_does_not_count(self, client, settings, user, password):
        settings.RATE_LIMIT_LOG_IN = "3/10m"
        for _ in range(5):
            assert client.get(LOGIN, REMOTE_ADDR=HERE).status_code == 200

        assert log_in(client, user.email, password).status_code == 302

    def test_behind_the_proxy_the_address_it_appended_counts(
        self, client, settings, user, password
    ):
        settings.BEHIND_PROXY = True
        settings.RATE_LIMIT_LOG_IN = "3/10m"
        for spoofed in ["1.1.1.1", "2.2.2.2", "3.3.3.3"]:
            client.post(
                LOGIN,
                {"username": "someone@example.com", "password": "guess"},
                REMOTE_ADDR="10.0.0.2",
                HTTP_X_FORWARDED_FOR=f"{spoofed}, {HERE}",
            )

        response = client.post(
            LOGIN,
            {"username": user.email, "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=HERE,
        )

        assert_paused(response, 10)


@pytest.mark.django_db
class TestSignUp:
    def test_many_sign_ups_from_one_ip_are_paused_and_create_nothing(self, client, settings):
        settings.RATE_LIMIT_SIGN_UP = "2/h"
        password = "walk-the-dog-at-dawn-42"
        for number in range(2):
            client.post(
                SIGNUP,
                {
                    "email": f"new{number}@example.com",
                    "timezone": "Europe/London",
                    "password1": password,
                    "password2": password,
                },
                REMOTE_ADDR=HERE,
            )
            client.post(reverse("accounts:logout"))

        response = client.post(
            SIGNUP,
            {
                "email": "one-more@example.com",
                "timezone": "Europe/London",
                "password1": password,
                "password2": password,
            },
            REMOTE_ADDR=HERE,
        )

        assert_paused(response, 60)
        assert sorted(User.objects.values_list("email", flat=True)) == [
            "new0@example.com",
            "new1@example.com",
        ]


@pytest.mark.django_db
class TestPasswordReset:
    def test_many_resets_from_one_ip_are_paused_whatever_the_email(self, client, settings):
        settings.RATE_LIMIT_PASSWORD_RESET = "2/h"
        for number in range(2):
            client.post(RESET, {"email": f"someone{number}@example.com"}, REMOTE_ADDR=HERE)

        response = client.post(RESET, {"email": "someone-else@example.com"}, REMOTE_ADDR=HERE)

        assert_paused(response, 60)


@pytest.mark.django_db
def test_an_unreachable_cache_lets_people_log_in_rather_than_fail(
    client, settings, user, password, caplog
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }

    response = log_in(client, user.email, password)

    assert response.status_code == 302
    assert client.get(reverse("accounts:settings")).status_code == 200
    assert "The log-in limit could not be counted" in caplog.text


@pytest.mark.django_db
class TestAdmin:
    def test_the_admins_log_in_shares_the_per_ip_log_in_limit(
        self, client, settings, user, password
    ):
        settings.RATE_LIMIT_LOG_IN = "3/10m"
        admin_login = reverse("admin:login")
        for number in range(3):
            response = client.post(
                admin_login,
                {"username": f"stranger{number}@example.com", "password": "guess"},
                REMOTE_ADDR=HERE,
            )
            assert response.status_code == 200  # the admin's form again

        assert_paused(
            client.post(
                admin_login, {"username": "x@example.com", "password": "guess"}, REMOTE_ADDR=HERE
            ),
            10,
        )
        assert_paused(log_in(client, user.email, password), 10)

    def test_the_admins_password_change_counts_wrong_passwords(self, client, db, password):
        staff = User.objects.create_user("staff@example.com", password, is_staff=True)
        client.force_login(staff)
        change = reverse("admin:password_change")
        strong = "walk-the-dog-at-dawn-42"
        for _ in range(5):
            client.post(
                change,
                {"old_password": "guess", "new_password1": strong, "new_password2": strong},
            )

        response = client.post(
            change, {"old_password": password, "new_password1": strong, "new_password2": strong}
        )

        assert "too many wrong passwords in a row" in response.text
        staff.refresh_from_db()
        assert staff.check_password(password)
