import html
import re

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from exercises.models import Exercise
from tests.factories import (
    AdjustmentFactory,
    ExerciseEntryFactory,
    ExerciseFactory,
    RoutineFactory,
    RoutineItemFactory,
    SessionFactory,
    SuggestionFactory,
)
from tracking.forms.routines import RoutineForm
from tracking.models import Routine, RoutineItem, Session

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
LIST = reverse("tracking:routine-list")
CREATE = reverse("tracking:routine-create")
STARTER = [
    "Cat-cow",
    "Knees to chest",
    "Bird dog",
    "Side plank",
    "Ball squeeze with pelvic tilt",
    "Chin to chest",
    "Shoulder shrug",
]


def url(name: str, *args) -> str:
    return reverse(f"tracking:{name}", args=args)


def item_named(routine: Routine, name: str) -> RoutineItem:
    return routine.items.get(exercise__name=name)


def names_in_db(routine: Routine) -> list[str]:
    return list(routine.items.values_list("exercise__name", flat=True))


def names_shown(response) -> list[str]:
    """The exercise names of the routine's items, in the order the page shows them."""
    return re.findall(
        r'data-testid="routine-item">.*?<h3 class="h6 mb-0"><a href="[^"]+">([^<]+)</a>',
        response.text,
        re.S,
    )


class TestList:
    def test_it_lists_own_routines_and_marks_the_active_one(
        self, user_client, user, other_user, starter_routine
    ):
        desk = RoutineFactory(user=user, name="Desk break")
        RoutineItemFactory(routine=desk, is_paused=True)
        RoutineFactory(user=other_user, name="Charlie's secret routine")

        response = user_client.get(LIST)

        text = response.text
        assert "My daily routine" in text
        assert "7 exercises" in text
        assert "1 exercise, 1 paused" in text
        assert f'href="{starter_routine.get_absolute_url()}"' in text
        assert f'href="{desk.get_absolute_url()}"' in text
        assert text.count(">Active</span>") == 1
        assert "Charlie" not in text
        assert "No routine is active" not in text

    def test_it_says_when_no_routine_is_active(self, user_client, user):
        RoutineFactory(user=user, name="Desk break")

        response = user_client.get(LIST)

        assert "No routine is active" in response.text

    def test_anonymous_visitors_are_sent_to_log_in(self, client):
        response = client.get(LIST)

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


class TestCreate:
    def test_it_creates_an_empty_routine_and_opens_its_editor(
        self, user_client, user, starter_routine
    ):
        response = user_client.post(CREATE, {"name": "  Desk break "}, follow=True)

        routine = Routine.objects.get(user=user, name="Desk break")
        assert response.redirect_chain == [(routine.get_absolute_url(), 302)]
        assert routine.items.count() == 0
        assert not routine.is_active
        assert Routine.objects.for_user(user).active().get() == starter_routine
        assert "Routine created." in response.text
        assert "No exercises yet." in response.text

    def test_a_name_already_used_is_refused_beside_the_field(
        self, user_client, user, starter_routine
    ):
        response = user_client.post(CREATE, {"name": "MY DAILY ROUTINE"})

        assert "You already have a routine called “MY DAILY ROUTINE”" in response.text
        assert 'id="id_name_error"' in response.text
        assert Routine.objects.for_user(user).count() == 1

    @pytest.mark.parametrize(
        ("name", "message"),
        [
            ("", "Give the routine a name"),
            ("   ", "Give the routine a name"),
            ("x" * 61, "Keep the name to 60 characters or fewer."),
        ],
    )
    def test_blank_or_long_names_are_refused(self, user_client, user, name, message):
        response = user_client.post(CREATE, {"name": name})

        assert message in response.text
        assert not Routine.objects.for_user(user).exists()

    def test_a_name_taken_at_the_same_moment_gets_the_same_answer(
        self, user_client, user, starter_routine, monkeypatch
    ):
        # Another request saved "morning" after this one's check: only the database sees it.
        RoutineFactory(user=user, name="morning")
        monkeypatch.setattr(RoutineForm, "clean_name", lambda form: form.cleaned_data["name"])

        response = user_client.post(CREATE, {"name": "Morning"})

        assert response.status_code == 200
        assert "You already have a routine called “Morning”" in response.text
        assert sorted(Routine.objects.for_user(user).values_list("name", flat=True)) == [
            "My daily routine",
            "morning",
        ]

    def test_the_database_refuses_one_name_in_two_letter_cases(self, user):
        RoutineFactory(user=user, name="Morning")

        with pytest.raises(IntegrityError), transaction.atomic():
            RoutineFactory(user=user, name="MORNING")

    def test_someone_else_may_use_the_same_name(self, user_client, user, other_user):
        RoutineFactory(user=other_user, name="Morning")

        user_client.post(CREATE, {"name": "Morning"})

        assert Routine.objects.for_user(user).get().name == "Morning"


class TestEditorPage:
    def test_it_shows_the_items_in_order_with_their_amounts(self, user_client, starter_routine):
        response = user_client.get(starter_routine.get_absolute_url())

        text = response.text
        assert names_shown(response) == STARTER
        assert "8 reps, hold 3 s, each side" in text  # Bird dog's default
        assert "Reps and hold are for each side." in text
        assert 'aria-label="Move Bird dog up"' in text
        assert 'aria-label="Move Bird dog down"' in text
        assert 'id="items" aria-live="polite"' in text
        assert 'inputmode="numeric"' in text
        assert f'for="item{item_named(starter_routine, "Bird dog").pk}_hold_seconds"' in text
        assert 'data-testid="active-badge"' in text

    def test_the_ends_of_the_list_are_marked(self, user_client, starter_routine):
        text = user_client.get(starter_routine.get_absolute_url()).text

        first, last = starter_routine.items.first(), starter_routine.items.last()
        assert re.search(rf'id="up-{first.pk}" aria-disabled="true"', text)
        assert re.search(rf'id="down-{last.pk}" aria-disabled="true"', text)
        assert not re.search(rf'id="down-{first.pk}" aria-disabled', text)

    def test_an_empty_routine_invites_adding_exercises(self, user_client, user):
        routine = RoutineFactory(user=user)

        response = user_client.get(routine.get_absolute_url())

        assert "No exercises yet." in response.text
        assert "Make active" in response.text

    def test_names_are_escaped(self, user_client, user):
        routine = RoutineFactory(user=user, name="<b>Morning</b>")
        RoutineItemFactory(routine=routine, exercise=ExerciseFactory(name="<script>x</script>"))

        text = user_client.get(routine.get_absolute_url()).text

        assert "<b>Morning</b>" not in text
        assert "<script>x</script>" not in text
        assert "&lt;script&gt;x&lt;/script&gt;" in text

    def test_the_page_runs_a_fixed_number_of_queries(
        self, user_client, user, django_assert_max_num_queries
    ):
        routine = RoutineFactory(user=user)
        items = RoutineItemFactory.create_batch(15, routine=routine)
        for item in items[:5]:
            SuggestionFactory(item=item)
            AdjustmentFactory(item=item)

        # session, user, streak badge, routine, items with exercises, open suggestions,
        # their exercises, today's check-in (red flags), the adjustments and their exercises
        with django_assert_max_num_queries(10):
            response = user_client.get(routine.get_absolute_url())

        assert len(names_shown(response)) == 15


class TestRename:
    def test_htmx_rename_saves_and_returns_the_header(self, user_client, starter_routine):
        response = user_client.post(
            url("routine-rename", starter_routine.pk), {"name": "Morning"}, headers=HTMX
        )

        starter_routine.refresh_from_db()
        assert starter_routine.name == "Morning"
        assert "<html" not in response.text
        assert 'data-testid="routine-name">Morning</h1>' in response.text
        assert "Name saved." in response.text

    def test_plain_rename_goes_back_to_the_routine(self, user_client, starter_routine):
        response = user_client.post(
            url("routine-rename", starter_routine.pk), {"name": "Morning"}, follow=True
        )

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        assert 'data-testid="routine-name">Morning</h1>' in response.text
        assert "Name saved." in response.text

    def test_a_name_already_used_is_refused_and_nothing_changes(
        self, user_client, user, starter_routine
    ):
        RoutineFactory(user=user, name="Desk break")

        response = user_client.post(
            url("routine-rename", starter_routine.pk), {"name": "desk break"}, headers=HTMX
        )

        assert "<html" not in response.text
        assert "You already have a routine called “desk break”. Choose another name." in (
            response.text
        )
        assert '<details class="rename mb-3" open>' in response.text
        starter_routine.refresh_from_db()
        assert starter_routine.name == "My daily routine"

    def test_a_rename_racing_another_gets_the_same_answer(
        self, user_client, user, starter_routine, monkeypatch
    ):
        RoutineFactory(user=user, name="desk break")
        monkeypatch.setattr(RoutineForm, "clean_name", lambda form: form.cleaned_data["name"])

        response = user_client.post(
            url("routine-rename", starter_routine.pk), {"name": "Desk Break"}, headers=HTMX
        )

        assert "You already have a routine called “Desk Break”" in response.text
        starter_routine.refresh_from_db()
        assert starter_routine.name == "My daily routine"

    def test_changing_only_the_case_of_its_own_name_is_fine(self, user_client, starter_routine):
        user_client.post(url("routine-rename", starter_routine.pk), {"name": "My Daily Routine"})

        starter_routine.refresh_from_db()
        assert starter_routine.name == "My Daily Routine"


class TestActivate:
    def test_only_the_chosen_routine_is_active_afterwards(self, user_client, user, starter_routine):
        desk = RoutineFactory(user=user, name="Desk break")

        response = user_client.post(url("routine-activate", desk.pk), headers=HTMX)

        assert list(Routine.objects.for_user(user).active()) == [desk]
        assert "<html" not in response.text
        assert 'data-testid="active-badge"' in response.text
        assert "This is now your active routine." in response.text

    def test_plain_post_goes_back_to_the_routine(self, user_client, user, starter_routine):
        desk = RoutineFactory(user=user, name="Desk break")

        response = user_client.post(url("routine-activate", desk.pk), follow=True)

        assert response.redirect_chain == [(desk.get_absolute_url(), 302)]
        assert "This is now your active routine." in response.text
        assert list(Routine.objects.for_user(user).active()) == [desk]


class TestSearchAndAdd:
    def test_htmx_search_gets_only_the_results(self, user_client, starter_routine):
        response = user_client.get(
            url("routine-exercise-search", starter_routine.pk), {"q": "plank"}, headers=HTMX
        )

        text = response.text
        assert "<html" not in text
        assert re.findall(r'aria-label="Add ([^"]+)"', text) == ["Plank", "Rotating plank"]
        assert text.count('data-testid="in-routine"') == 1  # Side plank is in it already
        assert "HX-Request" in response["Vary"]

    def test_plain_search_gets_the_whole_editor_with_the_results(
        self, user_client, starter_routine
    ):
        response = user_client.get(
            url("routine-exercise-search", starter_routine.pk), {"q": "neck"}
        )

        text = response.text
        assert "<html" in text
        assert 'value="neck"' in text
        assert names_shown(response) == STARTER
        assert "In your routine" in text  # Chin to chest, a neck exercise, is there already

    def test_an_empty_search_lists_the_whole_library_but_not_retired_exercises(
        self, user_client, starter_routine
    ):
        ExerciseFactory(name="Retired move", is_active=False)

        response = user_client.get(url("routine-exercise-search", starter_routine.pk), headers=HTMX)

        assert (
            len(re.findall(r'aria-label="Add ', response.text)) == 13
        )  # 20 in the library, 7 of them in the starter routine
        assert response.text.count('data-testid="in-routine"') == 7
        assert "Retired move" not in response.text

    @pytest.mark.parametrize(
        ("q", "error"),
        [
            ("plank\x00", "The search holds a character we can't look for."),
            ("x" * 101, "Keep the search to 100 characters or fewer."),
        ],
    )
    @pytest.mark.parametrize("htmx", [True, False])
    def test_a_search_it_cannot_run_is_explained_not_a_500(
        self, user_client, starter_routine, q, error, htmx
    ):
        response = user_client.get(
            url("routine-exercise-search", starter_routine.pk),
            {"q": q},
            headers=HTMX if htmx else {},
        )

        assert response.status_code == 200
        assert error in html.unescape(response.text)
        assert 'aria-label="Add ' not in response.text

    def test_no_match_says_so(self, user_client, starter_routine):
        response = user_client.get(
            url("routine-exercise-search", starter_routine.pk), {"q": "trampoline"}, headers=HTMX
        )

        assert "No exercise matches “trampoline”." in response.text

    def test_adding_appends_the_exercise_with_its_library_amounts(
        self, user_client, starter_routine
    ):
        plank = Exercise.objects.get(slug="plank")

        response = user_client.post(
            url("routine-item-add", starter_routine.pk), {"exercise": plank.pk}, headers=HTMX
        )

        assert names_in_db(starter_routine) == [*STARTER, "Plank"]
        item = item_named(starter_routine, "Plank")
        assert (item.sets, item.reps, item.hold_seconds, item.is_paused) == (3, 0, 20, False)
        assert "<html" not in response.text
        assert "Plank added." in response.text
        assert names_shown(response) == [*STARTER, "Plank"]
        assert "routineChanged" in response["HX-Trigger"]

    def test_plain_add_goes_back_to_the_routine(self, user_client, starter_routine):
        plank = Exercise.objects.get(slug="plank")

        response = user_client.post(
            url("routine-item-add", starter_routine.pk), {"exercise": plank.pk}, follow=True
        )

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        assert names_shown(response)[-1] == "Plank"
        assert "Plank added." in response.text

    @pytest.mark.parametrize("value", ["retired", "999999", "abc", ""])
    def test_adding_an_unknown_or_retired_exercise_is_a_404(
        self, user_client, starter_routine, value
    ):
        retired = ExerciseFactory(is_active=False)
        exercise = retired.pk if value == "retired" else value

        response = user_client.post(
            url("routine-item-add", starter_routine.pk), {"exercise": exercise}, headers=HTMX
        )

        assert response.status_code == 404
        assert names_in_db(starter_routine) == STARTER


class TestRemove:
    def test_it_removes_the_item_and_keeps_logged_entries(self, user_client, user, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")
        entry = ExerciseEntryFactory(
            session=SessionFactory(user=user, routine=starter_routine),
            exercise=bird_dog.exercise,
            routine_item=bird_dog,
        )

        response = user_client.post(url("routine-item-remove", bird_dog.pk), headers=HTMX)

        assert "Bird dog" not in names_in_db(starter_routine)
        assert "<html" not in response.text
        assert "Bird dog removed." in response.text
        assert "Bird dog" not in names_shown(response)
        entry.refresh_from_db()
        assert entry.routine_item is None
        assert entry.exercise == bird_dog.exercise

    def test_plain_remove_goes_back_to_the_routine(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(url("routine-item-remove", bird_dog.pk), follow=True)

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        assert "Bird dog" not in names_shown(response)


class TestMove:
    @pytest.mark.parametrize(
        ("direction", "expected"),
        [
            ("up", ["Cat-cow", "Bird dog", "Knees to chest", *STARTER[3:]]),
            ("down", ["Cat-cow", "Knees to chest", "Side plank", "Bird dog", *STARTER[4:]]),
        ],
    )
    def test_it_swaps_the_item_with_its_neighbour(
        self, user_client, starter_routine, direction, expected
    ):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(url("routine-item-move", bird_dog.pk, direction), headers=HTMX)

        assert names_in_db(starter_routine) == expected
        assert names_shown(response) == expected
        assert "<html" not in response.text
        assert f"Bird dog moved {direction}." in response.text

    @pytest.mark.parametrize(
        ("name", "direction", "message"),
        [
            ("Cat-cow", "up", "Cat-cow is already first."),
            ("Shoulder shrug", "down", "Shoulder shrug is already last."),
        ],
    )
    def test_the_ends_stay_put(self, user_client, starter_routine, name, direction, message):
        item = item_named(starter_routine, name)

        response = user_client.post(url("routine-item-move", item.pk, direction), headers=HTMX)

        assert names_in_db(starter_routine) == STARTER
        assert message in response.text

    def test_moving_does_not_bump_the_revision(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        user_client.post(url("routine-item-move", bird_dog.pk, "up"))

        bird_dog.refresh_from_db()
        assert bird_dog.revision == 1

    def test_an_unknown_direction_is_a_404(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(url("routine-item-move", bird_dog.pk, "sideways"))

        assert response.status_code == 404
        assert names_in_db(starter_routine) == STARTER

    def test_plain_move_goes_back_to_the_routine(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(url("routine-item-move", bird_dog.pk, "up"), follow=True)

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        assert names_shown(response)[1] == "Bird dog"


class TestUpdate:
    def test_it_saves_the_prescription_and_bumps_the_revision(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(
            url("routine-item-update", bird_dog.pk),
            {"sets": "2", "reps": "10", "hold_seconds": "5"},
            headers=HTMX,
        )

        bird_dog.refresh_from_db()
        assert (bird_dog.sets, bird_dog.reps, bird_dog.hold_seconds) == (2, 10, 5)
        assert bird_dog.revision == 2
        assert "<html" not in response.text
        assert "Bird dog saved." in response.text
        assert "2 sets × 10 reps, hold 5 s, each side" in response.text

    def test_saving_the_same_amounts_keeps_the_revision(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        user_client.post(
            url("routine-item-update", bird_dog.pk), {"sets": "1", "reps": "8", "hold_seconds": "3"}
        )

        bird_dog.refresh_from_db()
        assert bird_dog.revision == 1

    def test_plain_update_goes_back_to_the_routine(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(
            url("routine-item-update", bird_dog.pk),
            {"sets": "3", "reps": "8", "hold_seconds": "3"},
            follow=True,
        )

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        assert "3 sets × 8 reps, hold 3 s, each side" in response.text

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("sets", "0", "Enter sets from 1 to 20."),
            ("sets", "21", "Enter sets from 1 to 20."),
            ("sets", "two", "Enter sets from 1 to 20."),
            ("reps", "201", "Enter reps from 0 to 200."),
            ("reps", "-1", "Enter reps from 0 to 200."),
            ("reps", "", "Enter reps from 0 to 200."),
            ("hold_seconds", "601", "Enter a hold from 0 to 600 seconds."),
            ("hold_seconds", "2.5", "Enter a hold from 0 to 600 seconds."),
            ("hold_seconds", "99999999999999999999", "Enter a hold from 0 to 600 seconds."),
        ],
    )
    @pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
    def test_a_bad_value_is_explained_beside_its_field_and_nothing_is_saved(
        self, user_client, starter_routine, field, value, message, htmx
    ):
        bird_dog = item_named(starter_routine, "Bird dog")
        data = {"sets": "2", "reps": "10", "hold_seconds": "5", field: value}

        response = user_client.post(
            url("routine-item-update", bird_dog.pk), data, headers=HTMX if htmx else {}
        )

        error_id = f"item{bird_dog.pk}_{field}_error"
        assert re.search(
            rf'<div class="invalid-feedback d-block" id="{error_id}">{message}</div>', response.text
        )
        assert f'aria-describedby="{error_id}"' in response.text
        assert ("<html" in response.text) is not htmx
        bird_dog.refresh_from_db()
        assert (bird_dog.sets, bird_dog.reps, bird_dog.hold_seconds) == (1, 8, 3)
        assert bird_dog.revision == 1

    def test_an_item_needs_some_reps_or_a_hold(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(
            url("routine-item-update", bird_dog.pk),
            {"sets": "1", "reps": "0", "hold_seconds": "0"},
            headers=HTMX,
        )

        assert "Enter some reps or a hold, or pause this exercise instead." in response.text
        bird_dog.refresh_from_db()
        assert (bird_dog.reps, bird_dog.hold_seconds, bird_dog.revision) == (8, 3, 1)

    def test_only_the_edited_row_shows_the_error(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(
            url("routine-item-update", bird_dog.pk),
            {"sets": "50", "reps": "8", "hold_seconds": "3"},
            headers=HTMX,
        )

        assert response.text.count("Enter sets from 1 to 20.") == 1
        assert 'value="50"' in response.text  # what was typed stays for correcting
        assert names_shown(response) == STARTER


class TestPauseAndResume:
    def test_pausing_marks_the_item_in_words_and_bumps_the_revision(
        self, user_client, starter_routine
    ):
        bird_dog = item_named(starter_routine, "Bird dog")

        response = user_client.post(url("routine-item-pause", bird_dog.pk), headers=HTMX)

        bird_dog.refresh_from_db()
        assert bird_dog.is_paused
        assert bird_dog.revision == 2
        assert "<html" not in response.text
        assert response.text.count('data-testid="paused">Paused</span>') == 1
        assert 'aria-label="Resume Bird dog"' in response.text
        assert "Bird dog paused." in response.text

    def test_pausing_twice_bumps_the_revision_once(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")

        user_client.post(url("routine-item-pause", bird_dog.pk))
        user_client.post(url("routine-item-pause", bird_dog.pk))

        bird_dog.refresh_from_db()
        assert (bird_dog.is_paused, bird_dog.revision) == (True, 2)

    def test_resuming_clears_the_mark_and_bumps_the_revision(self, user_client, starter_routine):
        bird_dog = item_named(starter_routine, "Bird dog")
        RoutineItem.objects.filter(pk=bird_dog.pk).update(is_paused=True)

        response = user_client.post(url("routine-item-resume", bird_dog.pk), follow=True)

        assert response.redirect_chain == [(starter_routine.get_absolute_url(), 302)]
        bird_dog.refresh_from_db()
        assert (bird_dog.is_paused, bird_dog.revision) == (False, 2)
        assert 'data-testid="paused"' not in response.text
        assert "Bird dog resumed." in response.text


class TestDelete:
    def test_get_asks_first_and_deletes_nothing(self, user_client, starter_routine):
        response = user_client.get(url("routine-delete", starter_routine.pk))

        assert "Delete “My daily routine”?" in response.text
        assert "This is your active routine." in response.text
        assert f'action="{url("routine-delete", starter_routine.pk)}"' in response.text
        assert Routine.objects.filter(pk=starter_routine.pk).exists()

    def test_the_editor_confirms_before_deleting(self, user_client, starter_routine):
        text = user_client.get(starter_routine.get_absolute_url()).text

        assert 'hx-confirm="Delete this routine? Your logged sessions are kept."' in text

    def test_deleting_keeps_sessions_and_leaves_no_routine_active(
        self, user_client, user, starter_routine
    ):
        session = SessionFactory(user=user, routine=starter_routine, duration_minutes=12)
        RoutineFactory(user=user, name="Desk break")

        response = user_client.post(url("routine-delete", starter_routine.pk), follow=True)

        assert response.redirect_chain == [(LIST, 302)]
        assert "Routine deleted. Your logged sessions are kept." in response.text
        assert "No routine is active now" in response.text
        assert list(Routine.objects.for_user(user).values_list("name", flat=True)) == ["Desk break"]
        assert not Routine.objects.for_user(user).active().exists()
        session = Session.objects.get(pk=session.pk)
        assert (session.routine, session.duration_minutes) == (None, 12)

    def test_htmx_delete_sends_the_browser_to_the_list(self, user_client, user, starter_routine):
        response = user_client.post(url("routine-delete", starter_routine.pk), headers=HTMX)

        assert response["HX-Redirect"] == LIST
        assert not Routine.objects.for_user(user).exists()


POST_ONLY = [
    ("routine-create", None),
    ("routine-rename", "routine"),
    ("routine-activate", "routine"),
    ("routine-item-add", "routine"),
    ("routine-item-remove", "item"),
    ("routine-item-move", "item-up"),
    ("routine-item-update", "item"),
    ("routine-item-pause", "item"),
    ("routine-item-resume", "item"),
]


@pytest.mark.parametrize(("name", "target"), POST_ONLY)
def test_get_on_a_post_only_url_is_refused(user_client, starter_routine, name, target):
    item = item_named(starter_routine, "Bird dog")
    args = {
        None: [],
        "routine": [starter_routine.pk],
        "item": [item.pk],
        "item-up": [item.pk, "up"],
    }[target]

    response = user_client.get(url(name, *args), {"name": "Changed", "exercise": "1"})

    assert response.status_code == 405
    assert list(Routine.objects.values_list("name", flat=True)) == ["My daily routine"]
    assert names_in_db(starter_routine) == STARTER
    assert RoutineItem.objects.get(pk=item.pk).revision == 1


def test_every_routine_url_is_a_404_for_someone_else(other_client, user, starter_routine):
    routine = starter_routine
    item = item_named(routine, "Bird dog")
    plank = Exercise.objects.get(slug="plank")
    amounts = {"sets": "5", "reps": "5", "hold_seconds": "5"}
    requests = [
        ("get", url("routine-detail", routine.pk), {}),
        ("get", url("routine-exercise-search", routine.pk), {"q": "plank"}),
        ("get", url("routine-delete", routine.pk), {}),
        ("post", url("routine-rename", routine.pk), {"name": "Mine now"}),
        ("post", url("routine-activate", routine.pk), {}),
        ("post", url("routine-item-add", routine.pk), {"exercise": plank.pk}),
        ("post", url("routine-item-remove", item.pk), {}),
        ("post", url("routine-item-move", item.pk, "up"), {}),
        ("post", url("routine-item-move", item.pk, "down"), {}),
        ("post", url("routine-item-update", item.pk), amounts),
        ("post", url("routine-item-pause", item.pk), {}),
        ("post", url("routine-item-resume", item.pk), {}),
        ("post", url("routine-delete", routine.pk), {}),
    ]

    for method, path, data in requests:
        for headers in ({}, HTMX):
            response = getattr(other_client, method)(path, data, headers=headers)
            assert response.status_code == 404, (method, path)
            assert "My daily routine" not in response.text

    routine.refresh_from_db()
    item.refresh_from_db()
    assert (routine.name, routine.is_active) == ("My daily routine", True)
    assert names_in_db(routine) == STARTER
    assert (item.sets, item.reps, item.hold_seconds, item.is_paused, item.revision) == (
        1,
        8,
        3,
        False,
        1,
    )
    assert "My daily routine" not in other_client.get(LIST).text
