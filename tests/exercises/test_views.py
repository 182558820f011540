import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db

LIST = reverse("exercises:list")
NECK_GENTLE = ["Chin to chest", "Chin tuck", "Neck side stretch", "Shoulder shrug"]
NECK = sorted([*NECK_GENTLE, "Wall angel"])


def names_in(response):
    return [e.name for e in response.context["exercises"]]


def test_anyone_can_browse_the_library(client):
    response = client.get(LIST)

    assert response.status_code == 200
    assert "<html" in response.text
    assert "20 exercises" in response.text
    assert 'href="/exercises/bird-dog/"' in response.text


def test_htmx_request_gets_only_the_results_fragment(client):
    response = client.get(LIST, {"focus": "neck"}, headers={"HX-Request": "true"})

    assert "<html" not in response.text
    assert response.text.lstrip().startswith('<section id="results"')
    assert sorted(names_in(response)) == NECK
    assert "HX-Request" in response["Vary"]


def test_plain_request_with_filters_gets_the_full_page_with_filters_ticked(client):
    response = client.get(LIST, {"focus": "neck", "intensity": "gentle"})

    assert "<html" in response.text
    assert 'value="neck" id="id_focus_8" checked' in response.text
    assert sorted(names_in(response)) == NECK_GENTLE


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"intensity": "challenging"}, ["Rotating plank", "Side plank"]),
        (
            {"focus": ["obliques", "pelvis"]},
            ["Ball squeeze with pelvic tilt", "Pelvic tilt", "Side plank"],
        ),
        ({"q": "chest"}, ["Chin to chest", "Knees to chest"]),
        ({"q": "PLANK", "intensity": "moderate"}, ["Plank"]),
        ({"q": "zzz"}, []),
    ],
)
def test_filters_narrow_the_results(client, params, expected):
    assert names_in(client.get(LIST, params)) == expected


def test_unknown_filter_values_are_ignored(client):
    response = client.get(
        LIST, {"focus": ["nonsense", "neck"], "intensity": "brutal", "q": "x" * 500, "page": "-1"}
    )

    assert response.status_code == 200
    assert sorted(names_in(response)) == []  # the long search text matches nothing
    response = client.get(LIST, {"focus": ["nonsense", "neck"], "intensity": "brutal"})
    assert sorted(names_in(response)) == NECK


def test_unknown_values_only_show_everything(client):
    response = client.get(LIST, {"focus": "nonsense", "intensity": "brutal"})

    assert len(names_in(response)) == 20


def test_no_match_shows_a_friendly_empty_state(client):
    response = client.get(LIST, {"q": "trampoline"}, headers={"HX-Request": "true"})

    assert "No exercise matches these filters." in response.text
    assert "Clear filters" in response.text


def test_inactive_exercises_are_hidden(client):
    ExerciseFactory(name="Retired move", is_active=False)

    response = client.get(LIST, {"q": "retired"})

    assert names_in(response) == []


def test_detail_shows_steps_cautions_dosage_and_gentler_option(client):
    response = client.get(reverse("exercises:detail", args=["side-plank"]))

    assert response.status_code == 200
    text = response.text
    assert '<h1 class="h3 mb-1">Side plank</h1>' in text
    assert "How to do it" in text
    assert text.count("<li>") >= 5
    assert "Safety cues" in text
    assert "15 s hold, each side" in text
    assert 'href="/exercises/plank/" data-testid="gentler">Plank</a>' in text
    assert "Rotating plank" in text  # the harder variant


def test_gentlest_exercise_suggests_pausing_instead(client):
    response = client.get(reverse("exercises:detail", args=["knees-to-chest"]))

    assert "already one of the gentlest" in response.text


def test_unknown_slug_is_a_styled_404(client):
    response = client.get(reverse("exercises:detail", args=["no-such-move"]))

    assert response.status_code == 404
    assert "We couldn't find that page" in response.text
    assert "<nav" in response.text


def test_names_are_escaped(client):
    ExerciseFactory(name="<script>alert(1)</script>", summary="<b>bold</b>")

    response = client.get(LIST)

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def get_in(language, client, url, params=None):
    """A request from a browser set to ``language``; the names read in it too (the language
    middleware deactivates the request's language once the response is made)."""
    response = client.get(url, params, headers={"Accept-Language": language})
    if "exercises" in response.context:
        with translation.override(language):
            response.names = names_in(response)
    return response


def test_the_list_speaks_german(client):
    response = get_in("de", client, LIST, {"focus": "core"})

    assert "Unterarmstütz (Plank)" in response.names
    assert "Rumpf" in response.text  # the focus area's filter and badges
    assert ">Unterarmstütz (Plank)</a>" in response.text
    assert "Du hältst dich ruhig auf Unterarmen und Zehen" in response.text
    assert response.names == sorted(response.names)  # ordered by the German name


def test_a_visitor_gets_the_library_in_their_browsers_language(client):
    response = get_in("es", client, LIST)

    assert ">Plancha</a>" in response.text
    assert ">Gato-camello</a>" in response.text
    assert "Plank" not in response.names
    # In the reader's alphabetical order, not the database's byte order.
    assert response.names[:3] == ["Ángel en la pared", "Barbilla al pecho", "Báscula pélvica"]


def test_the_detail_page_speaks_german(client):
    text = get_in("de", client, reverse("exercises:detail", args=["side-plank"])).text

    assert '<h1 class="h3 mb-1">Seitstütz</h1>' in text
    assert "<li>Leg dich auf die Seite, die Beine gestreckt und übereinander" in text
    assert (
        "<li>Drück den Boden von dir weg, damit du nicht in die stützende Schulter sinkst.</li>"
        in text
    )
    assert "Lass ihn weg, wenn das Stützen auf einer Schulter wehtut" in text
    assert 'data-testid="gentler">Unterarmstütz (Plank)</a>' in text
    assert 'aria-label="Seitenansicht: eine Person liegt auf der Seite' in text
    assert "Side plank" not in text


def test_an_untranslated_exercise_shows_in_english(client):
    ExerciseFactory(name="Wall sit", slug="wall-sit")
    ExerciseFactory(name="Wall push", slug="wall-push")

    detail = get_in("de", client, reverse("exercises:detail", args=["wall-sit"]))
    found = get_in("de", client, LIST, {"q": "wall"}).names

    assert '<h1 class="h3 mb-1">Wall sit</h1>' in detail.text
    assert "<li>Go slowly.</li>" in detail.text
    assert sorted(found) == ["Wall push", "Wall sit", "Wandengel (Wall Angel)"]


@pytest.mark.parametrize("query", ["katze", "cat-cow", "Cat"])
def test_search_in_german_finds_the_german_and_the_english_name(client, query):
    assert get_in("de", client, LIST, {"q": query}).names == ["Katze-Kuh"]
