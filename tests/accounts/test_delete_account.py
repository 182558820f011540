from collections import deque

from axes.models import AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from spinecare.api.models import ApiToken
from tests.data.history import make_history

DELETE = reverse("accounts:delete")
User = get_user_model()

# Apps whose rows belong to someone; every model in them must lead to a user.
OWNING_APPS = ["accounts", "tracking", "data", "api"]


def path_to_user(model, depth=3) -> str | None:
    """The lookup from a model to its owner ("user", "session__user", ...), by foreign keys."""
    if model is User:
        return "pk"
    queue = deque([(model, "")])
    while queue:
        current, prefix = queue.popleft()
        for field in current._meta.get_fields():
            if not ((field.many_to_one or field.one_to_one) and field.concrete):
                continue
            lookup = f"{prefix}{field.name}"
            if field.related_model is User:
                return lookup
            if lookup.count("__") < depth - 1:
                queue.append((field.related_model, f"{lookup}__"))
    return None


def owned_models():
    return [m for app in OWNING_APPS for m in apps.get_app_config(app).get_models()]


def counts_for(user) -> dict[str, int]:
    return {
        model.__name__: model.objects.filter(**{path_to_user(model): user.pk}).count()
        for model in owned_models()
    }


def test_every_model_that_holds_someones_data_leads_to_a_user():
    for model in owned_models():
        assert path_to_user(model), f"{model.__name__} can't be traced to its user"


def test_the_page_asks_for_the_password_and_offers_a_download_first(user_client):
    response = user_client.get(DELETE)

    assert 'type="password"' in response.text
    assert reverse("data:export-json") in response.text


def test_a_wrong_password_deletes_nothing(user_client, user):
    make_history(user)
    before = counts_for(user)

    response = user_client.post(DELETE, {"password": "not-my-password"})

    assert response.context["form"].errors["password"] == [
        "That password isn't right. Enter the one you log in with."
    ]
    assert counts_for(user) == before
    assert user_client.get(reverse("accounts:settings")).status_code == 200


def test_the_right_password_deletes_every_row_of_the_user_and_nothing_else(
    client, user, other_user, password
):
    client.post(reverse("accounts:login"), {"username": user.email, "password": password})
    make_history(user)
    make_history(other_user)
    for person in (user, other_user):
        ApiToken.issue(person, name="Watch sync", scope="read-write")
    mine, theirs = counts_for(user), counts_for(other_user)
    # Rows of every kind the history helper makes (other models are counted all the same).
    kinds = ("User", "Routine", "RoutineItem", "Session", "ExerciseEntry", "CheckIn")
    for name in (*kinds, "ClinicianLink", "ApiToken"):
        assert mine[name], name
        assert theirs[name], name
    assert AccessLog.objects.filter(username=user.email).exists()

    response = client.post(DELETE, {"password": password}, follow=True)

    assert not User.objects.filter(pk=user.pk).exists()
    assert set(counts_for(user).values()) == {0}
    assert counts_for(other_user) == theirs
    assert not AccessLog.objects.filter(username=user.email).exists()
    assert "Your account and all its data are deleted. Goodbye" in response.text
    assert response.context["user"].is_anonymous
    assert client.get(reverse("accounts:settings")).status_code == 302


def test_deleting_needs_sign_in(client, db):
    response = client.post(DELETE, {"password": "x"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))
