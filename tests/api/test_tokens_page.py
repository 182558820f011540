import re

from django.urls import reverse

from spinecare.api.models import ApiToken
from spinecare.tokens import hash_token
from tests.api.conftest import ApiClient

TOKENS = reverse("api:tokens")
CREATE = reverse("api:token-create")


def test_settings_links_to_the_tokens_page(user_client):
    assert f'href="{TOKENS}"' in user_client.get(reverse("accounts:settings")).text


def test_a_new_token_is_shown_once_and_works(user_client, user):
    response = user_client.post(CREATE, {"name": "Watch sync", "scope": "read-write"})

    secret = re.search(
        r'id="new-token-secret" type="text" readonly value="([^"]+)"', response.text
    )[1]
    token = ApiToken.objects.get(user=user)
    assert token.token_hash == hash_token(secret)
    assert (token.name, token.scope) == ("Watch sync", "read-write")
    page = user_client.get(TOKENS).text
    assert secret not in page
    assert "Watch sync" in page
    assert "Never" in page  # not used yet
    assert ApiClient(secret).get("/api/v1/progress").status_code == 200


def test_bad_input_gets_an_error_beside_the_field(user_client):
    response = user_client.post(CREATE, {"name": "", "scope": "admin"})

    errors = response.context["form"].errors
    assert errors["name"] == ["Give the token a name, so you know it again later."]
    assert errors["scope"] == ["Choose whether the token may only read."]
    assert not ApiToken.objects.exists()


def test_revoking_a_token_shuts_it_out(user_client, user):
    token, secret = ApiToken.issue(user, name="Old script", scope="read")

    response = user_client.post(reverse("api:token-revoke", args=[token.pk]), follow=True)

    assert "“Old script” is revoked" in response.text
    assert "Revoked" in response.text
    assert ApiClient(secret).get("/api/v1/progress").status_code == 401


def test_another_users_token_cannot_be_revoked(other_client, user):
    token, secret = ApiToken.issue(user, name="Mine", scope="read")

    response = other_client.post(reverse("api:token-revoke", args=[token.pk]))

    assert response.status_code == 404
    assert ApiClient(secret).get("/api/v1/progress").status_code == 200


def test_the_page_needs_sign_in(client, db):
    assert client.get(TOKENS).status_code == 302
