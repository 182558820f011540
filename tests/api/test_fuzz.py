"""The bad values the forms are fuzzed with (tests/test_forms_fuzz.py), sent as JSON to the
API's writes: a 2xx or a 4xx with the JSON error shape, never a 500."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from tests.test_forms_fuzz import TRICKY, fuzz

json_values = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.sampled_from(TRICKY), max_size=3),
    st.dictionaries(st.sampled_from(["a", "routine_item"]), st.sampled_from(TRICKY), max_size=2),
)


def assert_answered(response) -> None:
    assert response.status_code < 500
    if response.status_code >= 400:
        body = response.json()
        assert body["code"]
        assert body["message"]


@fuzz
@given(
    changes=st.dictionaries(
        st.sampled_from(
            ["idempotency_key", "date", "routine", "duration_minutes", "notes", "another"]
        ),
        json_values,
    ),
    entry=st.dictionaries(
        st.sampled_from(
            [
                "routine_item",
                "completed",
                "sets",
                "reps",
                "hold_seconds",
                "discomfort",
                "discomfort_area",
                "discomfort_note",
            ]
        ),
        json_values,
    ),
)
def test_logging_a_session_never_fails(writer, user, starter_routine, changes, entry):
    item = starter_routine.items.first()
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "date": user.local_today().isoformat(),
        "entries": [{"routine_item": item.pk, "completed": True, **entry}],
        **changes,
    }

    assert_answered(writer.post("/api/v1/sessions", body))


@fuzz
@given(
    day=st.sampled_from(TRICKY).filter(lambda v: v.strip() and "/" not in v and "?" not in v),
    changes=st.dictionaries(
        st.sampled_from(["discomfort", "areas", "notes", "rest_for_discomfort", "red_flags"]),
        json_values,
    ),
)
def test_saving_a_check_in_never_fails(writer, user, day, changes):
    body = {"discomfort": 3, **changes}

    assert_answered(writer.put(f"/api/v1/checkins/{day}", body))
    assert_answered(writer.put(f"/api/v1/checkins/{user.local_today()}", body))


@fuzz
@given(
    query=st.dictionaries(
        st.sampled_from(["start", "end", "cursor", "limit"]), st.sampled_from(TRICKY)
    )
)
def test_listing_sessions_never_fails(reader, query):
    assert_answered(reader.get("/api/v1/sessions", **query))
    assert_answered(reader.get("/api/v1/checkins", **query))


def test_a_body_that_isnt_json_is_a_json_error(writer):
    response = writer.client.post(
        "/api/v1/sessions", "{not json", content_type="application/json", headers=writer.headers
    )

    assert response.status_code in {400, 422}
    assert response.json()["code"]
