"""Text people type comes back escaped on every page: no stored or reflected script."""

import pytest
from django.urls import reverse

from tests.data.history import make_history

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def history(user):
    """The tag in the display name, a routine name, session notes, an entry's discomfort
    note and check-in notes."""
    user.display_name = SCRIPT
    user.save()
    return make_history(user, text=SCRIPT)


def pages(history) -> dict[str, str]:
    routine = history["routine"]
    older = history["sessions"][0]
    flagged_exercise = history["exercises"][1]
    checkin = older.user.checkin_set.get(notes=SCRIPT)
    return {
        "dashboard": reverse("tracking:dashboard"),
        "today": reverse("tracking:today"),
        "back-filled day": f"{reverse('tracking:today')}?date={older.date.isoformat()}",
        "history": reverse("tracking:history"),
        "routines": reverse("tracking:routine-list"),
        "routine": routine.get_absolute_url(),
        "session edit": reverse("tracking:session-edit", args=[older.pk]),
        "check-in edit": reverse("tracking:checkin-edit", args=[checkin.pk]),
        "clinician report": reverse("data:report"),
        "your data": reverse("data:index"),
        "settings": reverse("accounts:settings"),
        "exercise": flagged_exercise.get_absolute_url(),
    }


# Where the typed text is shown (escaped): everywhere but the library's exercise page and
# Your data, which show none of it.
SHOWS_TEXT = {"dashboard", "history", "routines", "routine", "session edit", "check-in edit"}
SHOWS_TEXT |= {"clinician report", "settings", "today", "back-filled day"}


def test_stored_text_is_escaped_on_every_main_page(user_client, history):
    for name, url in pages(history).items():
        response = user_client.get(url)

        assert response.status_code == 200, name
        assert SCRIPT not in response.text, name
        if name in SHOWS_TEXT:
            assert ESCAPED in response.text, name


def test_chart_data_goes_through_json_script(user_client, history):
    response = user_client.get(reverse("data:report"))

    data = response.text.split('<script id="report-data" type="application/json">')[1]
    assert "<" not in data.split("</script>")[0]  # json_script escapes < > & as \\u003C...


@pytest.mark.parametrize(
    "url",
    [
        f"{reverse('tracking:today')}?date={SCRIPT}",
        f"{reverse('tracking:history')}?before={SCRIPT}",
        f"{reverse('data:report')}?start={SCRIPT}&end={SCRIPT}",
        f"{reverse('tracking:dashboard')}?range={SCRIPT}",
        f"{reverse('exercises:list')}?q={SCRIPT}",
    ],
)
def test_query_strings_are_not_reflected_raw(user_client, url):
    response = user_client.get(url)

    assert response.status_code == 200
    assert SCRIPT not in response.text
