"""Every error the API gives is JSON: a code, a message, and per field what to fix.

``{"code": "invalid", "message": "...", "fields": {"entries.0.sets": [{"code": "max_value",
"message": "Enter sets from 0 to 20."}]}}``; ``fields`` is left out when no field is to blame.
"""

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

FieldErrors = dict[str, list[dict[str, str]]]


class ApiError(Exception):
    """An answer other than success, raised from anywhere in a request."""

    def __init__(self, status: int, code: str, message: str, fields: FieldErrors | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.fields = status, code, message, fields or {}
        self.headers: dict[str, str] = {}


def invalid(fields: FieldErrors) -> ApiError:
    return ApiError(422, "invalid", _("Some values need fixing: see each field."), fields)


def _field_name(prefix: str, name: str) -> str:
    if name == forms.forms.NON_FIELD_ERRORS:
        return prefix.rstrip(".") or name
    return f"{prefix}{name}"


def form_errors(form: forms.BaseForm, prefix: str = "") -> FieldErrors:
    """A form's errors, by field, as the same messages the page shows beside each field."""
    return {
        (
            f"{prefix}{name}"
            if name != forms.forms.NON_FIELD_ERRORS
            else prefix.rstrip(".") or name
        ): [
            {"code": error.code or "invalid", "message": message}
            for error in errors
            for message in error.messages
        ]
        for name, errors in form.errors.as_data().items()
    }


def _pydantic_fields(errors: list[dict]) -> FieldErrors:
    fields: FieldErrors = {}
    for error in errors:
        # ("body", "payload", "entries", 0, "sets") -> "entries.0.sets"; a query's "start".
        loc = [str(part) for part in error.get("loc", ()) if part not in {"body", "payload"}]
        name = ".".join(loc[1:] if loc and loc[0] in {"query", "path"} else loc) or "body"
        fields.setdefault(name, []).append(
            {"code": str(error.get("type", "invalid")), "message": str(error.get("msg", ""))}
        )
    return fields


def _answer(api: NinjaAPI, request: HttpRequest, error: ApiError) -> HttpResponse:
    body: dict = {"code": error.code, "message": error.message}
    if error.fields:
        body["fields"] = error.fields
    response = api.create_response(request, body, status=error.status)
    for name, value in error.headers.items():
        response[name] = value
    return response


def install(api: NinjaAPI) -> None:
    """Answer every kind of failure in the one shape above."""

    @api.exception_handler(ApiError)
    def api_error(request, error: ApiError):
        return _answer(api, request, error)

    @api.exception_handler(ValidationError)
    def validation_error(request, error: ValidationError):
        return _answer(api, request, invalid(_pydantic_fields(error.errors)))

    @api.exception_handler(AuthenticationError)
    def authentication_error(request, error: AuthenticationError):
        message = _("Send a personal access token as “Authorization: Bearer …”, or sign in.")
        return _answer(api, request, ApiError(401, "unauthenticated", message))

    @api.exception_handler(Http404)
    def not_found(request, error: Http404):
        return _answer(api, request, ApiError(404, "not_found", _("There's nothing here.")))

    @api.exception_handler(HttpError)
    def http_error(request, error: HttpError):
        if error.status_code == 403:  # the only HttpError ninja raises itself: CSRF
            message = _("Send the CSRF token as the X-CSRFToken header with this change.")
            return _answer(api, request, ApiError(403, "csrf_failed", message))
        return _answer(api, request, ApiError(error.status_code, "bad_request", str(error)))
