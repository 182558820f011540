import html
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from spinecare.accounts.forms import SignUpForm
from spinecare.accounts.models import WeekStart
from tests.factories import UserFactory

User = get_user_model()

SIGNUP = reverse("accounts:signup")
LOGIN = reverse("accounts:login")
SETTINGS = reverse("accounts:settings")

STRONG = "walk-the-dog-at-dawn-42"


def signup_data(**overrides):
    data = {
        "email": "new@example.com",
        "display_name": "Nadia",
        "timezone": "America/Los_Angeles",
        "password1": STRONG,
        "password2": STRONG,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
class TestSignUp:
    def test_it_creates_the_account_and_signs_in(self, client):
        response = client.post(SIGNUP, signup_data(email="New@Example.com"), follow=True)

        user = User.objects.get()
        assert user.email == "new@example.com"
        assert user.display_name == "Nadia"
        assert user.timezone == "America/Los_Angeles"
        assert user.weekly_goal == 5
        assert user.discomfort_threshold == 6
        assert response.context["user"] == user
        assert "Your account is ready" in response.text
        assert response.redirect_chain == [("/welcome/", 302)]  # onboarding, skippable
        assert user.routine_set.get().name == "My daily routine"  # the starter, if skipped

    def test_form_offers_time_zones_and_detects_the_device_zone(self, client):
        response = client.get(SIGNUP)

        assert '<option value="Europe/Berlin">Europe/Berlin</option>' in response.text
        assert "data-detect-timezone" in response.text
        assert "js/timezone.js" in response.text

    def test_duplicate_email_is_refused_beside_the_field(self, client, user):
        response = client.post(SIGNUP, signup_data(email="ALICE@example.com"))

        assert response.status_code == 200
        assert "An account with this e-mail already exists" in response.text
        assert "id_email" in response.text
        assert response.context["form"].errors.keys() == {"email"}
        assert User.objects.count() == 1

    def test_weak_password_is_refused_beside_the_password_not_its_confirmation(self, client):
        response = client.post(SIGNUP, signup_data(password1="12345678", password2="12345678"))

        assert "This password is too common." in response.text
        assert "This password is too common." in response.context["form"].errors["password1"]
        assert "password2" not in response.context["form"].errors
        assert not User.objects.exists()

    def test_an_address_signed_up_at_the_same_moment_gets_the_same_answer(
        self, client, user, monkeypatch
    ):
        # The other request saved the address after this one's check: only the database knows.
        monkeypatch.setattr(SignUpForm, "clean_email", lambda form: form.cleaned_data["email"])
        monkeypatch.setattr(SignUpForm, "validate_unique", lambda form: None)

        response = client.post(SIGNUP, signup_data(email="alice@example.com"))

        assert response.status_code == 200
        assert "An account with this e-mail already exists" in response.text
        assert User.objects.count() == 1

    def test_unknown_time_zone_is_refused(self, client):
        response = client.post(SIGNUP, signup_data(timezone="Mars/Olympus_Mons"))

        assert response.context["form"].errors["timezone"] == [
            "Choose a time zone from the list, such as Europe/London or America/New_York."
        ]
        assert not User.objects.exists()

    def test_signed_in_user_is_sent_home(self, user_client):
        response = user_client.get(SIGNUP)

        assert response.status_code == 302


@pytest.mark.django_db
class TestLogInAndOut:
    def test_log_in_with_email_in_any_case(self, client, user, password):
        response = client.post(LOGIN, {"username": "Alice@Example.COM", "password": password})

        assert response.status_code == 302
        assert client.get(SETTINGS).status_code == 200

    def test_wrong_password_says_so(self, client, user):
        response = client.post(LOGIN, {"username": user.email, "password": "nope"})

        assert "Please enter a correct e-mail address and password" in response.text

    def test_log_out_needs_post(self, user_client):
        assert user_client.get(reverse("accounts:logout")).status_code == 405

        response = user_client.post(reverse("accounts:logout"), follow=True)

        assert response.redirect_chain == [(reverse("home"), 302)]
        assert "You're logged out." in html.unescape(response.text)
        assert user_client.get(SETTINGS).status_code == 302

    def test_the_log_in_field_asks_for_an_e_mail_address(self, client, db):
        response = client.get(LOGIN)

        assert re.search(
            r'<input type="email" name="username"[^>]*autocomplete="email"', response.text
        )

    def test_pages_need_sign_in(self, client):
        response = client.get(SETTINGS)

        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


@pytest.mark.django_db
class TestPasswords:
    def test_change_password(self, user_client, user, password):
        response = user_client.post(
            reverse("accounts:password-change"),
            {"old_password": password, "new_password1": STRONG, "new_password2": STRONG},
            follow=True,
        )

        assert "Password changed" in response.text
        user.refresh_from_db()
        assert user.check_password(STRONG)

    def test_change_password_needs_the_old_one(self, user_client, user, password):
        response = user_client.post(
            reverse("accounts:password-change"),
            {"old_password": "wrong", "new_password1": STRONG, "new_password2": STRONG},
        )

        assert "Your old password was entered incorrectly" in response.text
        user.refresh_from_db()
        assert user.check_password(password)

    def test_reset_by_email_end_to_end(self, client, user, run_worker):
        client.post(reverse("accounts:password-reset"), {"email": user.email})
        run_worker()  # the task worker sends the mail, outside the request

        assert len(mail.outbox) == 1
        assert mail.outbox[0].subject == "Reset your SpineCare password"
        link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body)
        assert link
        form_page = client.get(link.group(1), follow=True)
        assert "Choose a new password" in form_page.text

        done = client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": STRONG, "new_password2": STRONG},
            follow=True,
        )

        assert "Password saved" in done.text
        user.refresh_from_db()
        assert user.check_password(STRONG)

    def test_reset_for_unknown_email_sends_nothing_and_reveals_nothing(self, client, run_worker):
        response = client.post(
            reverse("accounts:password-reset"), {"email": "nobody@example.com"}, follow=True
        )
        run_worker()

        assert "Check your e-mail" in response.text
        assert mail.outbox == []

    def test_a_used_reset_link_explains_itself(self, client):
        response = client.get(reverse("accounts:password-reset-confirm", args=["MQ", "bad-token"]))

        assert "This link no longer works" in response.text


@pytest.mark.django_db
class TestSettings:
    def test_it_saves_the_preferences(self, user_client, user):
        response = user_client.post(
            SETTINGS,
            {
                "display_name": "Ally",
                "language": "en-gb",
                "timezone": "Pacific/Auckland",
                "week_start": 6,
                "weekly_goal": 3,
                "discomfort_threshold": 7,
            },
            follow=True,
        )

        assert "Your settings are saved" in response.text
        user.refresh_from_db()
        assert (user.display_name, user.timezone, user.weekly_goal, user.discomfort_threshold) == (
            "Ally",
            "Pacific/Auckland",
            3,
            7,
        )
        assert (user.language, user.week_start) == ("en-gb", WeekStart.SUNDAY)

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("weekly_goal", "0", "Enter a weekly goal from 1 to 7 days."),
            ("weekly_goal", "8", "Enter a weekly goal from 1 to 7 days."),
            ("weekly_goal", "lots", "Enter a weekly goal from 1 to 7 days."),
            ("discomfort_threshold", "0", "Enter an alert level from 1 to 10."),
            ("discomfort_threshold", "11", "Enter an alert level from 1 to 10."),
            ("timezone", "Nowhere/Land", "Choose a time zone from the list"),
            ("language", "fr", "Choose a language from the list."),
            ("language", "", "Choose a language from the list."),
            ("week_start", "2", "Choose Monday, Saturday or Sunday"),
            ("week_start", "first", "Choose Monday, Saturday or Sunday"),
        ],
    )
    def test_bad_values_are_refused_beside_the_field(
        self, user_client, user, field, value, message
    ):
        data = {
            "display_name": "Ally",
            "language": "de",
            "timezone": "Europe/London",
            "week_start": 6,
            "weekly_goal": 4,
            "discomfort_threshold": 6,
        }
        data[field] = value

        response = user_client.post(SETTINGS, data)

        assert response.status_code == 200
        errors = response.context["form"].errors
        assert list(errors) == [field]
        assert message in errors[field][0]
        assert f'id="error_1_id_{field}"' in response.text
        user.refresh_from_db()
        assert (user.display_name, user.weekly_goal, user.discomfort_threshold) == ("Alice", 5, 6)
        assert (user.language, user.week_start) == ("en-gb", WeekStart.MONDAY)


@pytest.mark.django_db
def test_local_today_follows_the_users_zone(time_machine):
    # 23:30 on the 9th in Los Angeles (UTC-7 after the March change);
    # 19:30 on the 10th in Kiritimati.
    time_machine.move_to("2026-03-10 06:30:00+00:00")

    assert UserFactory.build(timezone="America/Los_Angeles").local_today().isoformat() == (
        "2026-03-09"
    )
    assert UserFactory.build(timezone="Pacific/Kiritimati").local_today().isoformat() == (
        "2026-03-10"
    )


def test_the_settings_page_reads_three_queries(user_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = user_client.get(SETTINGS)

    assert "Time zone" in response.text


@pytest.mark.django_db
class TestLanguage:
    def data(self, **overrides):
        return {
            "display_name": "Ally",
            "language": "de",
            "timezone": "Europe/London",
            "week_start": 0,
            "weekly_goal": 4,
            "discomfort_threshold": 6,
        } | overrides

    def test_sign_up_keeps_the_browsers_language(self, client):
        client.post(SIGNUP, signup_data(), headers={"accept-language": "es-ES,es;q=0.9"})

        assert User.objects.get().language == "es"

    def test_sign_up_without_a_preference_is_english(self, client):
        client.post(SIGNUP, signup_data())

        assert User.objects.get().language == "en-gb"

    def test_the_settings_page_offers_each_language_in_itself(self, user_client):
        response = user_client.get(SETTINGS)

        assert '<option value="de" lang="de">Deutsch</option>' in response.text
        assert '<option value="es" lang="es">Español</option>' in response.text
        assert "---------" not in response.text
        assert "First day of the week" in response.text

    def test_a_new_language_reloads_the_whole_page_in_it(self, user_client, user):
        response = user_client.post(SETTINGS, self.data(language="de"), follow=True)

        user.refresh_from_db()
        assert user.language == "de"
        assert response.redirect_chain == [(SETTINGS, 302)]
        assert '<html lang="de"' in response.text
        assert response["Content-Language"] == "de"
        assert user_client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"

    def test_with_htmx_the_browser_loads_the_page_again(self, user_client, user):
        response = user_client.post(
            SETTINGS, self.data(language="es", week_start=5), headers={"HX-Request": "true"}
        )

        assert response["HX-Redirect"] == SETTINGS
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"
        user.refresh_from_db()
        assert (user.language, user.week_start) == ("es", WeekStart.SATURDAY)

    def test_with_htmx_a_bad_value_comes_back_beside_the_field(self, user_client, user):
        response = user_client.post(
            SETTINGS, self.data(language="xx"), headers={"HX-Request": "true"}
        )

        assert "<html" not in response.text
        assert 'id="error_1_id_language"' in response.text
        assert "Choose a language from the list." in response.text
        assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
        user.refresh_from_db()
        assert user.language == "en-gb"

    def test_log_out_keeps_the_language(self, user_client):
        user_client.post(SETTINGS, self.data(language="de"))
        user_client.post(reverse("accounts:logout"))

        response = user_client.get(LOGIN, headers={"accept-language": "es"})

        assert '<html lang="de"' in response.text
