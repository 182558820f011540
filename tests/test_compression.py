"""Pages go out compressed to browsers that accept it (GZipMiddleware; README, "Production")."""

import gzip

from django.urls import reverse


def test_the_signed_in_home_is_sent_gzipped_and_unpacks_to_the_page(user_client, starter_routine):
    response = user_client.get(reverse("tracking:dashboard"), headers={"Accept-Encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    page = gzip.decompress(response.content).decode()
    assert "<html" in page
    assert "Hello, Alice" in page
    assert len(response.content) < len(page) / 4


def test_a_client_that_does_not_ask_for_gzip_gets_plain_html(user_client, starter_routine):
    response = user_client.get(reverse("tracking:dashboard"))

    assert not response.has_header("Content-Encoding")
    assert b"Hello, Alice" in response.content
