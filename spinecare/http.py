from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from spinecare.accounts.models import User


class AuthedRequest(HttpRequest):
    """A request from a signed-in user, with django-htmx's details."""

    user: User
    htmx: HtmxDetails
