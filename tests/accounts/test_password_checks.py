"""Wrong passwords typed while signed in are counted per account, and checks pause after
settings.PASSWORD_CHECK_FAILURE_LIMIT of them (changing the password, deleting the account)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

CHANGE = reverse("accounts:password-change")
DELETE = reverse("accounts:delete")
STRONG = "walk-the-dog-at-dawn-42"
PAUSED = "That's too many wrong passwords in a row"
User = get_user_model()


def change(client, old_password):
    return client.post(
        CHANGE,
        {"old_password": old_password, "new_password1": STRONG, "new_password2": STRONG},
    )


def delete(client, password):
    return client.post(DELETE, {"password": password})


def field_errors(response, field):
    return response.context["form"].errors[field]


@pytest.mark.django_db
class TestPasswordChecks:
    def test_the_fifth_wrong_old_password_pauses_the_change_even_for_the_right_one(
        self, user_client, user, password
    ):
        for _ in range(4):
            response = change(user_client, "guess")
            assert field_errors(response, "old_password") == [
                "Your old password was entered incorrectly. Please enter it again."
            ]
        response = change(user_client, "guess")
        assert PAUSED in field_errors(response, "old_password")[0]
        assert "for 15 minutes" in response.text

        response = change(user_client, password)

        assert PAUSED in field_errors(response, "old_password")[0]
        assert 'id="error_1_id_old_password"' in response.text  # beside the field
        user.refresh_from_db()
        assert user.check_password(password)

    def test_wrong_passwords_on_delete_pause_it_and_keep_the_account(
        self, user_client, user, password
    ):
        for _ in range(5):
            delete(user_client, "guess")

        response = delete(user_client, password)

        assert PAUSED in field_errors(response, "password")[0]
        assert User.objects.filter(pk=user.pk).exists()

    def test_both_forms_share_one_count(self, user_client, user, password):
        for _ in range(3):
            change(user_client, "guess")
        delete(user_client, "guess")
        delete(user_client, "guess")

        response = change(user_client, password)

        assert PAUSED in field_errors(response, "old_password")[0]

    def test_the_pause_ends_fifteen_minutes_after_the_last_wrong_password(
        self, user_client, user, password, time_machine
    ):
        time_machine.move_to("2026-03-14 12:00:00+00:00")
        for _ in range(4):
            change(user_client, "guess")
        time_machine.move_to("2026-03-14 12:05:00+00:00")
        change(user_client, "guess")  # the fifth: the pause starts here
        time_machine.move_to("2026-03-14 12:19:00+00:00")
        assert PAUSED in field_errors(change(user_client, password), "old_password")[0]

        time_machine.move_to("2026-03-14 12:21:00+00:00")
        response = change(user_client, password)

        assert response.status_code == 302
        user.refresh_from_db()
        assert user.check_password(STRONG)

    def test_the_right_password_starts_the_count_again(self, user_client, user, password):
        for _ in range(4):
            delete(user_client, "guess")
        change(user_client, password)  # right: the password is now STRONG

        for _ in range(4):
            response = delete(user_client, "guess")

        assert field_errors(response, "password") == [
            "That password isn't right. Enter the one you log in with."
        ]

    def test_someone_elses_wrong_passwords_do_not_pause_mine(
        self, client, user, other_user, password
    ):
        client.force_login(other_user)
        for _ in range(5):
            delete(client, "guess")
        client.force_login(user)

        response = change(client, password)

        assert response.status_code == 302

    def test_the_limit_follows_the_settings(self, user_client, settings, password):
        settings.PASSWORD_CHECK_FAILURE_LIMIT = 2
        settings.PASSWORD_CHECK_COOLOFF_MINUTES = 1
        delete(user_client, "guess")

        response = delete(user_client, "guess")

        assert "for 1 minute." in field_errors(response, "password")[0]
