import csv
import io
import json
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spinecare.data import portability
from spinecare.data.portability import export_document
from tests.data.history import make_history
from tests.factories import CheckInFactory, SessionFactory, UserFactory
from tracking.models import CheckIn, Routine, Session
from tracking.services.routines import create_starter_routine

INDEX = reverse("data:index")
IMPORT = reverse("data:import")


def upload(content: bytes | str, name="spinecare-export.json"):
    data = content.encode() if isinstance(content, str) else content
    return SimpleUploadedFile(name, data, content_type="application/json")


def read_csv(response) -> list[dict]:
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def export_of_alice(user):
    make_history(user)
    return json.dumps(export_document(user))


@pytest.fixture
def newcomer_client(client, db):
    person = UserFactory(email="newcomer@example.com")
    create_starter_routine(person)
    client.force_login(person)
    client.person = person
    return client


def test_settings_link_to_your_data(user_client):
    response = user_client.get(reverse("accounts:settings"))

    assert f'href="{INDEX}"' in response.text


def test_your_data_gathers_download_import_report_and_delete(user_client, user):
    make_history(user)

    response = user_client.get(INDEX)

    counts = " ".join(response.text.split('data-testid="data-counts">')[1].split())
    assert counts.startswith("2 routines · 2 sessions · 2 check-ins.")
    for name in ("data:export-json", "data:export-sessions-csv", "data:export-checkins-csv"):
        assert reverse(name) in response.text
    assert reverse("data:report") in response.text
    assert reverse("accounts:delete") in response.text
    # With history, importing is explained rather than offered.
    assert "sign up for a new account and import it there" in response.text
    assert 'type="file"' not in response.text


def test_a_new_account_is_offered_the_import(newcomer_client):
    response = newcomer_client.get(INDEX)

    assert 'type="file"' in response.text
    assert 'enctype="multipart/form-data"' in response.text


def test_pages_need_sign_in(client, db):
    for name in ("data:index", "data:export-json", "data:report"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


def test_json_download_is_an_attachment_with_the_format_marker(user_client, user, time_machine):
    time_machine.move_to("2026-03-14 12:00:00+00:00")
    make_history(user)

    response = user_client.get(reverse("data:export-json"))

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert (
        response["Content-Disposition"] == 'attachment; filename="spinecare-export-2026-03-14.json"'
    )
    document = json.loads(response.content)
    assert document["format"] == "spinecare-export"
    assert len(document["sessions"]) == 2


def test_sessions_csv_has_one_row_per_exercise(user_client, user):
    make_history(user)

    rows = read_csv(user_client.get(reverse("data:export-sessions-csv")))

    assert len(rows) == 3
    flagged = rows[1]
    assert flagged["session_notes"] == "Felt stiff after the drive."
    assert flagged["completed"] == "no"
    assert flagged["discomfort"] == "sharp"
    assert flagged["discomfort_area"] == "lower_back"
    assert rows[2]["routine"] == ""


def test_checkins_csv_lists_every_check_in(user_client, user):
    make_history(user)

    rows = read_csv(user_client.get(reverse("data:export-checkins-csv")))

    assert [row["discomfort_0_to_10"] for row in rows] == ["7", "2"]
    assert rows[0]["areas"] == "neck;hips"
    assert rows[0]["rest_for_discomfort"] == "yes"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_look_like_formulas_are_made_text(user_client, user, start):
    formula = f'{start}HYPERLINK("http://evil.example","click")'
    SessionFactory(user=user, notes=formula)
    CheckInFactory(user=user, notes=formula)

    sessions = read_csv(user_client.get(reverse("data:export-sessions-csv")))
    checkins = read_csv(user_client.get(reverse("data:export-checkins-csv")))

    assert sessions[0]["session_notes"] == "'" + formula
    assert checkins[0]["notes"] == "'" + formula


def test_downloads_hold_only_the_users_own_data(user_client, other_user):
    make_history(other_user, text="Charlie's secret")

    for name in ("data:export-json", "data:export-sessions-csv", "data:export-checkins-csv"):
        assert b"Charlie's secret" not in user_client.get(reverse(name)).content


def test_importing_an_export_brings_the_data_back(newcomer_client, export_of_alice):
    response = newcomer_client.post(IMPORT, {"file": upload(export_of_alice)}, follow=True)

    assert "Imported: 2 routines, 2 sessions, 2 check-ins." in response.text
    person = newcomer_client.person
    assert Session.objects.for_user(person).count() == 2
    assert CheckIn.objects.for_user(person).count() == 2
    assert [r.name for r in Routine.objects.for_user(person)] == ["Morning", "Desk break"]


def test_import_needs_post(newcomer_client):
    assert newcomer_client.get(IMPORT).status_code == 405


def assert_refused_beside_the_field(response, message, person):
    assert response.status_code == 200
    assert response.context["import_form"].errors["file"] == [message]
    assert 'aria-describedby="id_file_error"' in response.text  # shown beside the file field
    assert not Session.objects.for_user(person).exists()
    assert [r.name for r in Routine.objects.for_user(person)] == ["My daily routine"]


def test_a_malformed_file_is_refused_beside_the_field(newcomer_client):
    response = newcomer_client.post(IMPORT, {"file": upload("{not json")})

    assert_refused_beside_the_field(
        response,
        "This file isn't readable JSON. Choose the .json file SpineCare gave you.",
        newcomer_client.person,
    )


def test_another_format_is_refused(newcomer_client):
    response = newcomer_client.post(IMPORT, {"file": upload('{"format": "fitbit", "version": 1}')})

    assert_refused_beside_the_field(
        response,
        "This isn't a SpineCare export. Choose the .json file from “Download all my data”.",
        newcomer_client.person,
    )


def test_unknown_exercises_refuse_the_whole_file(newcomer_client, export_of_alice):
    document = json.loads(export_of_alice)
    document["sessions"][1]["entries"][0]["exercise"] = "moonwalk"

    response = newcomer_client.post(IMPORT, {"file": upload(json.dumps(document))})

    assert_refused_beside_the_field(
        response,
        "Session 2, exercise 1: “exercise” is “moonwalk”, an exercise this SpineCare doesn't have.",
        newcomer_client.person,
    )


def test_a_broken_character_is_refused_beside_the_field_not_a_server_error(
    newcomer_client, export_of_alice
):
    document = json.loads(export_of_alice)
    document["checkins"][0]["notes"] = "\ud800"

    response = newcomer_client.post(IMPORT, {"file": upload(json.dumps(document))})

    assert_refused_beside_the_field(
        response,
        "Check-in 1: “notes” has a broken character. Download the export from SpineCare again.",
        newcomer_client.person,
    )


def test_a_file_over_the_limit_is_refused_before_it_is_parsed(newcomer_client, settings):
    big = upload(b" " * (portability.MAX_BYTES + 1024 * 1024))

    with mock.patch("spinecare.data.forms.parse") as parse:
        response = newcomer_client.post(IMPORT, {"file": big})

    parse.assert_not_called()
    assert_refused_beside_the_field(
        response,
        "This file is 6.0\xa0MB; an export can be at most 5.0\xa0MB.",
        newcomer_client.person,
    )


def test_no_file_says_what_to_choose(newcomer_client):
    response = newcomer_client.post(IMPORT, {})

    assert response.context["import_form"].errors["file"] == [
        "Choose the .json file you downloaded from SpineCare."
    ]


def test_an_account_with_history_cannot_import(user_client, user, export_of_alice):
    before = Session.objects.count()

    response = user_client.post(IMPORT, {"file": upload(export_of_alice)})

    assert "already has sessions or check-ins" in response.context["import_form"].errors["file"][0]
    assert Session.objects.count() == before
