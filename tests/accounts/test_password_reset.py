"""The reset page queues the mail for the worker, the same way for any address, and limits
requests per address and per IP (settings.RATE_LIMIT_PASSWORD_RESET*)."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.template import loader
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from tests.factories import UserFactory

RESET = reverse("accounts:password-reset")
HERE = "203.0.113.7"


def ask_for_reset(client, email, ip=HERE, **kwargs):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=ip, **kwargs)


def queued_emails() -> list[str]:
    return [
        task.args_kwargs["kwargs"]["email"] for task in DBTaskResult.objects.order_by("enqueued_at")
    ]


@pytest.mark.django_db
class TestQueuedMail:
    def test_the_page_sends_nothing_itself_and_the_worker_sends_the_link(
        self, client, user, run_worker
    ):
        response = ask_for_reset(client, "Alice@Example.com", follow=True)

        assert "Check your e-mail" in response.text
        assert mail.outbox == []
        assert queued_emails() == ["Alice@Example.com"]

        run_worker()

        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == [user.email]
        assert mail.outbox[0].subject == "Reset your SpineCare password"
        assert re.search(
            r"https?://testserver/accounts/password/reset/\S+/\S+/", mail.outbox[0].body
        )
        assert DBTaskResult.objects.get().status == "SUCCESSFUL"

    def test_an_unknown_address_gets_the_same_answer_with_the_same_work(
        self, client, user, run_worker
    ):
        with CaptureQueriesContext(connection) as known:
            known_response = ask_for_reset(client, user.email)
        with CaptureQueriesContext(connection) as unknown:
            unknown_response = ask_for_reset(client, "nobody@example.com")

        assert known_response.status_code == unknown_response.status_code == 302
        assert known_response["Location"] == unknown_response["Location"]
        # The same queries, none of them on the users' table: the answer can't tell them apart.
        assert len(known) == len(unknown)
        assert not [q for q in known.captured_queries if "accounts_user" in q["sql"]]
        assert queued_emails() == [user.email, "nobody@example.com"]

        run_worker()

        assert [message.to for message in mail.outbox] == [[user.email]]

    def test_the_mail_is_written_in_the_recipients_language(self, client, run_worker, monkeypatch):
        UserFactory(email="dora@example.com", language="de")
        rendered = []
        render_to_string = loader.render_to_string

        def spy(template_name, *args, **kwargs):
            rendered.append((template_name, translation.get_language()))
            return render_to_string(template_name, *args, **kwargs)

        monkeypatch.setattr(loader, "render_to_string", spy)
        # Asked from a Spanish browser; the worker itself speaks the site's default.
        ask_for_reset(client, "dora@example.com", headers={"accept-language": "es"})
        run_worker()

        assert len(mail.outbox) == 1
        assert rendered == [
            ("accounts/password_reset_subject.txt", "de"),
            ("accounts/password_reset_email.txt", "de"),
        ]
        assert translation.get_language() == "en-gb"

    def test_a_dotless_i_gets_no_mail(self, client, run_worker):
        UserFactory(email="ann@spinecare.local")
        ask_for_reset(client, "ann@sp\u0131necare.local")

        run_worker()

        assert mail.outbox == []

    def test_a_bad_address_is_refused_beside_the_field_and_queues_nothing(self, client):
        response = ask_for_reset(client, "not-an-address")

        assert response.status_code == 200
        assert response.context["form"].errors["email"] == ["Enter a valid email address."]
        assert 'id="error_1_id_email"' in response.text
        assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
class TestLimits:
    def test_a_fourth_request_for_one_address_in_an_hour_waits(self, client, settings, user):
        settings.RATE_LIMIT_PASSWORD_RESET_EMAIL = "3/h"
        for ip, email in [
            ("192.0.2.1", user.email),
            ("192.0.2.2", "ALICE@example.com"),
            (HERE, user.email),
        ]:
            assert ask_for_reset(client, email, ip=ip).status_code == 302

        response = ask_for_reset(client, "alice@example.com ", ip="192.0.2.9")

        assert response.status_code == 429
        assert "several requests for this e-mail address" in response.text
        assert len(queued_emails()) == 3

    def test_other_addresses_are_not_held_up(self, client, settings, user):
        settings.RATE_LIMIT_PASSWORD_RESET_EMAIL = "1/h"
        ask_for_reset(client, user.email)

        assert ask_for_reset(client, "bob@example.com").status_code == 302

    def test_many_addresses_from_one_ip_wait_and_queue_nothing_more(self, client, settings):
        settings.RATE_LIMIT_PASSWORD_RESET = "2/h"
        for number in range(2):
            ask_for_reset(client, f"someone{number}@example.com")

        response = ask_for_reset(client, "someone-else@example.com")

        assert response.status_code == 429
        assert "from your network" in response.text
        assert queued_emails() == ["someone0@example.com", "someone1@example.com"]
