"""Every URL pattern, walked: a GET never writes, and views that change things refuse GET.

Complements tests/test_ownership.py (which walks the id URLs as someone else): here the
owner signs in, with objects that exist. The owner is no staff member, so the admin's pages
must all send them to the admin's log-in.
"""

import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver

from tests.data.history import make_history
from tests.test_ownership import owner_of
from tracking.models import Session

# The last word of a URL name that says the view changes something: it must be POST-only.
CHANGES = re.compile(
    r"[-:_](log|save|create|rename|activate|add|remove|move|update|pause|resume|import|"
    r"logout|accept|dismiss|undo)$"
)
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    name: str | None
    template: str  # the full path, with its <converter:parameters> or (?P<regex groups>)

    def __str__(self):
        return self.name or self.template


def walk(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = str(entry.pattern).lstrip("^").rstrip("$")
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry, prefix + pattern, inner)
        elif isinstance(entry, URLPattern):
            yield Route(namespace + entry.name if entry.name else None, prefix + pattern)


ROUTES = list(walk())


def fill(route: Route, user) -> str:
    """A real path for the route, naming the user's own objects."""

    def admin_row_pk() -> str:
        """The id of a row of the model an admin URL is about (admin/<app>/<model>/...)."""
        app_model = re.match(r"[^/]+/(\w+)/(\w+)/", route.template)
        try:
            model = apps.get_model(*app_model.groups())
        except (AttributeError, LookupError):
            return "1"
        row = model.objects.order_by("pk").first()
        return str(row.pk) if row else "1"

    def value(match):
        parameter = match.group(1) or match.group(2)
        if parameter == "pk":
            _model, make = owner_of(route.name)
            return str(make(user).pk)
        if parameter in {"object_id", "id"}:
            return admin_row_pk()
        if parameter == "content_type_id":
            return str(ContentType.objects.get_for_model(Session).pk)
        known = {
            "slug": Session.objects.filter(user=user).first().entries.first().exercise.slug,
            "direction": "up",
            "app_label": "tracking",
            "on": user.local_today().isoformat(),
            "uidb64": "MQ",
            "token": "set-password",
            "url": "nowhere/",
        }
        return known.get(parameter, "x")

    path = "/" + PARAMETER.sub(value, route.template)
    if route.template.startswith("admin/r/"):
        # view_on_site takes the id of the content type's object
        path = path.rsplit("/", 2)[0] + f"/{Session.objects.filter(user=user).first().pk}/"
    return path


def snapshot() -> dict:
    """How many rows every table has, and every value of the app's own tables."""
    state = {}
    for model in apps.get_models():
        label = model._meta.label
        if model._meta.app_label in {"accounts", "tracking", "exercises", "data"}:
            state[label] = list(model.objects.order_by("pk").values())
        else:
            state[label] = model.objects.count()
    return state


@pytest.fixture
def owner_client(client, user):
    make_history(user, days_back=10)  # leaves today free for the objects each URL makes
    client.force_login(user)
    return client


def test_the_walk_sees_every_app():
    names = {route.name for route in ROUTES}
    for name in ("home", "healthz", "accounts:delete", "data:import", "tracking:session-log"):
        assert name in names
    assert any(name and name.startswith("admin:") for name in names)


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_a_get_never_writes_and_never_fails(owner_client, user, route):
    path = fill(route, user)
    before = snapshot()

    response = owner_client.get(path)

    assert response.status_code < 500, path
    assert snapshot() == before, f"GET {path} changed the database"
    if response.status_code == 405:
        assert "GET" not in response["Allow"]
    if route.template.startswith(settings.ADMIN_PATH) and route.name != "admin:login":
        assert response.status_code == 302, f"{path} is open to someone not staff"
        # to the admin's log-in (its logout goes through the admin's index, which does so)
        assert response["Location"].startswith(f"/{settings.ADMIN_PATH}")


# The admin is Django's own, staff only: its "add" pages show a form on GET.
STATE_CHANGING = [
    route
    for route in ROUTES
    if route.name and CHANGES.search(route.name) and not route.name.startswith("admin:")
]


def test_the_state_changing_views_are_found():
    names = {route.name for route in STATE_CHANGING}
    assert {"tracking:session-log", "tracking:checkin-save", "data:import"} <= names
    assert {"tracking:routine-item-move", "accounts:logout", "tracking:routine-create"} <= names


@pytest.mark.parametrize("route", STATE_CHANGING, ids=str)
def test_a_view_that_changes_something_answers_405_to_get(owner_client, user, route):
    response = owner_client.get(fill(route, user))

    assert response.status_code == 405
    assert "POST" in response["Allow"]
