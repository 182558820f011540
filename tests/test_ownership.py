"""Every URL that takes the id of someone's data answers 404 to anyone else."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from spinecare.api.models import ApiToken
from spinecare.data.models import ClinicianLink
from tests.factories import (
    AdjustmentFactory,
    CheckInFactory,
    ClinicianLinkFactory,
    RoutineItemFactory,
    SessionFactory,
    SuggestionFactory,
)
from tracking.models import Adjustment, CheckIn, Routine, RoutineItem, Session, Suggestion

# Which model an id in each URL name refers to, by the longest matching prefix.
OWNED = {
    "api:token-": (ApiToken, lambda user: ApiToken.issue(user, name="Sync", scope="read")[0]),
    "api-v1:session": (Session, lambda user: SessionFactory(user=user)),
    "api-v1:suggestion-": (Suggestion, lambda user: SuggestionFactory(item__routine__user=user)),
    "data:link-": (ClinicianLink, lambda user: ClinicianLinkFactory(user=user)),
    "tracking:session-": (Session, lambda user: SessionFactory(user=user)),
    "tracking:checkin-": (CheckIn, lambda user: CheckInFactory(user=user)),
    "tracking:routine-": (Routine, lambda user: RoutineItemFactory(routine__user=user).routine),
    "tracking:routine-item-": (
        RoutineItem,
        lambda user: RoutineItemFactory(routine__user=user),
    ),
    "tracking:suggestion-": (Suggestion, lambda user: SuggestionFactory(item__routine__user=user)),
    "tracking:adjustment-": (Adjustment, lambda user: AdjustmentFactory(item__routine__user=user)),
    # Undo from the suggestions card takes the change's id, not the suggestion's.
    "tracking:suggestion-undo": (
        Adjustment,
        lambda user: AdjustmentFactory(item__routine__user=user),
    ),
}


def patterns_with_ids(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from patterns_with_ids(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name and "pk" in entry.pattern.converters:
            yield namespace + entry.name, entry.pattern.converters


ID_URLS = sorted(dict(patterns_with_ids()).items())


def owner_of(name):
    prefix = max((p for p in OWNED if name.startswith(p)), key=len, default=None)
    assert prefix, f"{name} takes an id but this test doesn't know whose: add it to OWNED"
    return OWNED[prefix]


def test_every_owned_url_is_covered():
    names = [name for name, _ in ID_URLS]
    assert "tracking:session-edit" in names
    assert "tracking:routine-item-move" in names
    for name in names:
        owner_of(name)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "converters"), ID_URLS, ids=[n for n, _ in ID_URLS])
def test_another_users_object_is_a_404(client, user, other_user, name, converters):
    model, make = owner_of(name)
    obj = make(user)
    kwargs = {"pk": obj.pk}
    if "direction" in converters:
        kwargs["direction"] = "up"
    url = reverse(name, kwargs=kwargs)
    client.force_login(other_user)
    before = model.objects.filter(pk=obj.pk).values().get()

    get, post = client.get(url), client.post(url, {"name": "Hijacked", "sets": "1"})

    # A view answers only the methods it serves (405 for the other); what it serves is a 404.
    assert {get.status_code, post.status_code} <= {404, 405}
    assert 404 in {get.status_code, post.status_code}
    assert model.objects.filter(pk=obj.pk).values().get() == before
