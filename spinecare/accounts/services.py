"""Account-wide writes."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction

from .models import User


def delete_account(user: User) -> None:
    """Delete the user and everything they own, and the log-in records kept under their e-mail.

    Routines, their items, sessions, their entries and check-ins go with the user through
    their foreign keys (on_delete=CASCADE); a new model that holds a user's data must cascade
    too (tests/accounts/test_delete_account.py checks every model that leads to a user).
    """
    with transaction.atomic():
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username__iexact=user.email).delete()
        user.delete()
