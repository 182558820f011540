"""Sending a reminder: the words, the e-mail and the Web Push message (runs in the worker)."""

import json
import logging
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from pywebpush import WebPushException, webpush

from .models import PushSubscription

logger = logging.getLogger(__name__)
UNSUBSCRIBE_SALT = "reminders.unsubscribe"


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    url: str  # today's log, absolute


def reminder_message() -> Message:
    return Message(
        title=_("Time for your spine routine"),
        body=_("A few minutes today keeps the habit going. Log it when you're done."),
        url=absolute(reverse("tracking:dashboard")),
    )


def unsubscribe_token(user) -> str:
    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT)


def user_id_from_unsubscribe_token(token: str) -> int | None:
    """The account a signed unsubscribe link is for, or None if it was altered."""
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT)["u"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def send_email(user, day: date) -> None:
    message = reminder_message()
    unsubscribe = absolute(reverse("reminders:unsubscribe", args=[unsubscribe_token(user)]))
    context = {"message": message, "unsubscribe_url": unsubscribe, "day": day, "user": user}
    mail = EmailMultiAlternatives(
        subject=message.title,
        body=render_to_string("reminders/reminder_email.txt", context),
        to=[user.email],
        # One click in the mail app (RFC 8058): it POSTs to the signed link.
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    mail.send()


def send_push(user) -> int:
    """Push the reminder to each of the person's browsers; returns how many took it.
    A subscription the push service no longer knows (404, 410) is forgotten."""
    message = reminder_message()
    payload = json.dumps({"title": message.title, "body": message.body, "url": message.url})
    sent = 0
    for subscription in PushSubscription.objects.for_user(user):
        try:
            webpush(
                subscription_info=subscription.as_webpush(),
                data=payload,
                vapid_private_key=settings.VAPID_PRIVATE_KEY,
                vapid_claims={"sub": settings.VAPID_SUBJECT},
                timeout=10,
            )
            sent += 1
        except WebPushException as error:
            status = error.response.status_code if error.response is not None else None
            if status in {404, 410}:
                subscription.delete()
            else:
                logger.warning("Web Push to %s failed: %s", subscription.pk, error)
    return sent
