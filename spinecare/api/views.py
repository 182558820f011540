"""The API tokens page under Settings, and the API's documentation page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from spinecare.http import AuthedRequest

from .forms import ApiTokenForm
from .main import api
from .models import ApiToken


def _tokens_page(request: AuthedRequest, form: ApiTokenForm | None = None, **extra) -> HttpResponse:
    context = {
        "form": form or ApiTokenForm(),
        "tokens": ApiToken.objects.for_user(request.user),
        **extra,
    }
    return render(request, "api/tokens.html", context)


@login_required
@require_GET
def tokens(request: AuthedRequest) -> HttpResponse:
    return _tokens_page(request)


@login_required
@require_POST
def token_create(request: AuthedRequest) -> HttpResponse:
    """A new token, its secret shown on this page once and never again."""
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return _tokens_page(request, form)
    token, secret = ApiToken.issue(request.user, **form.cleaned_data)
    return _tokens_page(request, new_token=token, secret=secret)


@login_required
@require_POST
def token_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken.objects.for_user(request.user), pk=pk)
    token.revoke()
    messages.success(
        request, _("“%(name)s” is revoked: it no longer opens the API.") % {"name": token}
    )
    return redirect("api:tokens")


def _operations(schema: dict) -> list[dict]:
    """The document's operations, in its order, for the page to list."""
    return [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "parameters": operation.get("parameters", []),
            "body": bool(operation.get("requestBody")),
            "responses": sorted(operation.get("responses", {})),
            "tag": (operation.get("tags") or [""])[0],
        }
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]


@require_GET
def docs(request: HttpRequest) -> HttpResponse:
    """The API's reference, drawn from its OpenAPI document on the server: no script, so
    our strict Content Security Policy stays as it is."""
    schema = api.get_openapi_schema()
    context = {"schema": schema, "operations": _operations(schema)}
    return render(request, "api/docs.html", context)
