"""Who a request is for: a personal access token (Bearer), or the browser's session with its
CSRF token. Either way ``request.user`` is that person, and everything is scoped to them."""

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_ratelimit import ALL
from ninja.security import HttpBearer, SessionAuth

from spinecare.accounts.limits import seconds_to_wait

from .errors import ApiError
from .models import ApiToken

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class TokenAuth(HttpBearer):
    """``Authorization: Bearer sc_…``: a live token, within its rate and its scope."""

    def authenticate(self, request: HttpRequest, token: str):
        api_token = ApiToken.authenticating(token)
        if api_token is None:
            return None
        # No middleware knows a token's person: answer in their language from here on.
        translation.activate(api_token.user.language)
        request.LANGUAGE_CODE = translation.get_language()
        key = f"api-token:{api_token.pk}"
        if seconds := seconds_to_wait(
            request, "api-token", "RATE_LIMIT_API_TOKEN", lambda group, r: key, method=ALL
        ):
            error = ApiError(
                429,
                "rate_limited",
                ngettext(
                    "Too many requests with this token: wait %(s)s second.",
                    "Too many requests with this token: wait %(s)s seconds.",
                    seconds,
                )
                % {"s": seconds},
            )
            error.headers["Retry-After"] = str(seconds)
            raise error
        if request.method not in SAFE_METHODS and not api_token.can_write:
            raise ApiError(
                403,
                "read_only_token",
                _("This token can only read. Make a read and write token to change data."),
            )
        api_token.mark_used()
        request.user = api_token.user
        return api_token.user


class SessionCsrfAuth(SessionAuth):
    """The signed-in browser; unsafe methods need the CSRF token (X-CSRFToken).

    Not tried for a request that sends a token (a wrong token is a 401, not a CSRF
    failure), nor for someone signed out.
    """

    def __call__(self, request: HttpRequest):
        if "HTTP_AUTHORIZATION" in request.META or not request.user.is_authenticated:
            return None
        return super().__call__(request)
