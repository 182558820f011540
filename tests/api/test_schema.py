from django.test import Client
from django.urls import reverse
from openapi_spec_validator import validate

ENDPOINTS = {
    ("get", "/api/v1/exercises"),
    ("get", "/api/v1/exercises/{slug}"),
    ("get", "/api/v1/routine"),
    ("get", "/api/v1/sessions"),
    ("post", "/api/v1/sessions"),
    ("get", "/api/v1/sessions/{pk}"),
    ("get", "/api/v1/checkins"),
    ("put", "/api/v1/checkins/{day}"),
    ("get", "/api/v1/suggestions"),
    ("post", "/api/v1/suggestions/{pk}/accept"),
    ("post", "/api/v1/suggestions/{pk}/dismiss"),
    ("get", "/api/v1/progress"),
}


def test_the_document_is_valid_openapi_and_lists_every_endpoint(db):
    response = Client().get("/api/v1/openapi.json")

    schema = response.json()
    validate(schema)
    listed = {(method, path) for path, ops in schema["paths"].items() for method in ops}
    assert listed == ENDPOINTS
    assert {"TokenAuth", "SessionCsrfAuth"} <= set(schema["components"]["securitySchemes"])


def test_the_docs_page_lists_the_endpoints_without_any_script_or_cdn(client):
    response = client.get(reverse("api:docs"))

    assert response.status_code == 200
    text = response.text
    for _method, path in ENDPOINTS:
        assert path in text, path
    assert "cdn" not in text.lower()
    assert "swagger" not in text.lower()
    assert reverse("api-v1:openapi-json") in text
