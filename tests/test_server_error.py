"""The 500 page Django renders without a context: in the request's language all the same."""

from django.template.loader import render_to_string
from django.utils import translation


def test_the_server_error_page_is_in_the_active_language():
    with translation.override("es"):
        text = render_to_string("500.html")

    assert '<html lang="es">' in text
    assert "Algo ha fallado por nuestra parte" in text
    assert "{%" not in text
