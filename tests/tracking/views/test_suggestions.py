"""Flags become suggestions; accepting, dismissing and undoing them; warnings."""

from datetime import timedelta

import pytest
from django.urls import reverse

from exercises.models import Exercise
from tests.factories import CheckInFactory, ExerciseEntryFactory, SessionFactory
from tests.tracking.views.test_today import session_post
from tracking.models import Adjustment, LateFlag, RoutineItem, Suggestion
from tracking.services.suggestions import accept_suggestion, refresh_suggestions, undo_adjustment

LOG = reverse("tracking:session-log")
CHECKIN = reverse("tracking:checkin-save")
DASHBOARD = reverse("tracking:dashboard")
HTMX = {"HX-Request": "true"}


@pytest.fixture
def items(starter_routine):
    return {i.exercise.slug: i for i in starter_routine.items.select_related("exercise")}


@pytest.fixture
def today(user):
    return user.local_today()


def log(client, routine, items, day, **flags):
    """Log a session with every exercise done and the given flags (slug=level)."""
    data = session_post(
        routine,
        list(items.values()),
        day=day,
        done=set(items),
        flags={slug.replace("_", "-"): level for slug, level in flags.items()},
    )
    return client.post(LOG, data, headers=HTMX)


def test_a_sharp_flag_suggests_the_gentler_alternative(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")

    suggestion = Suggestion.objects.get(user=user)
    assert (suggestion.kind, suggestion.item, suggestion.status) == (
        "swap",
        items["side-plank"],
        "open",
    )
    page = user_client.get(DASHBOARD)
    assert "You flagged Side plank as sharp in your last session." in page.text
    assert "Side plank · 15 s hold, each side" in page.text
    assert "Plank · 3 sets × 20 s hold" in page.text


def test_accepting_swaps_the_exercise_and_records_why(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    suggestion = Suggestion.objects.get()

    response = user_client.post(
        reverse("tracking:suggestion-accept", args=[suggestion.pk]),
        {"routine": starter_routine.pk},
        headers=HTMX,
    )

    assert "Routine updated." in response.text
    assert "adjustmentMade" in response["HX-Trigger"]
    item = RoutineItem.objects.get(pk=items["side-plank"].pk)
    assert (item.exercise.slug, item.sets, item.hold_seconds) == ("plank", 3, 20)
    adjustment = Adjustment.objects.get()
    assert adjustment.before["hold_seconds"] == 15
    assert adjustment.after["exercise"] == item.exercise_id
    assert adjustment.flag_entries
    routine_page = user_client.get(starter_routine.get_absolute_url())
    assert "Changes after discomfort" in routine_page.text
    assert "You flagged Side plank as sharp" in routine_page.text


def test_accepting_twice_changes_nothing_the_second_time(
    user_client, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    url = reverse("tracking:suggestion-accept", args=[Suggestion.objects.get().pk])

    user_client.post(url, headers=HTMX)
    again = user_client.post(url, headers=HTMX)

    assert "already dealt with; nothing changed" in again.text
    assert Adjustment.objects.count() == 1
    assert RoutineItem.objects.get(pk=items["side-plank"].pk).exercise.slug == "plank"


def test_a_suggestion_out_of_date_changes_nothing(user_client, starter_routine, items, today):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    suggestion = Suggestion.objects.get()
    user_client.post(
        reverse("tracking:routine-item-update", args=[items["side-plank"].pk]),
        {"sets": 1, "reps": 0, "hold_seconds": 10},
    )

    response = user_client.post(
        reverse("tracking:suggestion-accept", args=[suggestion.pk]), headers=HTMX
    )

    assert "changed after the suggestion was made, so nothing changed" in response.text
    item = RoutineItem.objects.get(pk=items["side-plank"].pk)
    assert (item.exercise.slug, item.hold_seconds) == ("side-plank", 10)
    assert not Adjustment.objects.exists()


def test_dismissing_keeps_the_routine_and_the_same_flags_do_not_come_back(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="moderate")
    suggestion = Suggestion.objects.get()

    response = user_client.post(
        reverse("tracking:suggestion-dismiss", args=[suggestion.pk]), headers=HTMX
    )
    refresh_suggestions(user)

    assert "Suggestion dismissed." in response.text
    assert not Suggestion.objects.open().exists()
    assert RoutineItem.objects.get(pk=items["side-plank"].pk).hold_seconds == 15


def test_undo_restores_the_earlier_prescription_exactly_and_undo_of_undo_reapplies(
    user_client, user, starter_routine, items, today
):
    item = items["side-plank"]
    RoutineItem.objects.filter(pk=item.pk).update(sets=2, hold_seconds=17)
    log(user_client, starter_routine, items, today, side_plank="moderate")
    outcome = accept_suggestion(Suggestion.objects.get())
    item.refresh_from_db()
    assert (item.sets, item.hold_seconds) == (1, 11)

    response = user_client.post(
        reverse("tracking:adjustment-undo", args=[outcome.adjustment.pk]), headers=HTMX
    )

    assert "Change undone." in response.text
    item.refresh_from_db()
    assert (item.exercise.slug, item.sets, item.reps, item.hold_seconds, item.is_paused) == (
        "side-plank",
        2,
        0,
        17,
        False,
    )
    undo = Adjustment.objects.get(reverts=outcome.adjustment)
    redo = undo_adjustment(undo)
    item.refresh_from_db()
    assert redo.ok
    assert (item.sets, item.hold_seconds) == (1, 11)


def test_undo_is_refused_once_the_item_changed_since(user_client, starter_routine, items, today):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    adjustment = accept_suggestion(Suggestion.objects.get()).adjustment
    user_client.post(reverse("tracking:routine-item-pause", args=[items["side-plank"].pk]))

    response = user_client.post(
        reverse("tracking:adjustment-undo", args=[adjustment.pk]), follow=True
    )

    assert "has changed since" in response.text
    item = RoutineItem.objects.get(pk=items["side-plank"].pk)
    assert (item.exercise.slug, item.is_paused) == ("plank", True)


def test_a_sharp_flag_on_the_gentlest_exercise_suggests_a_pause(
    user_client, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, knees_to_chest="sharp")

    suggestion = Suggestion.objects.get()
    assert suggestion.kind == "pause"
    assert "already one of the gentlest" in suggestion.reason


def test_hurting_later_counts_as_a_flag_on_yesterdays_exercise(
    user_client, user, starter_routine, items, today
):
    yesterday = today - timedelta(days=1)
    log(user_client, starter_routine, items, yesterday)
    page = user_client.get(reverse("tracking:today"))
    assert "Did anything hurt later from yesterday's exercises?" in page.text
    entry = next(
        e for e in page.context["checkin_form"].late_entries if e.exercise.slug == "bird-dog"
    )

    user_client.post(
        CHECKIN,
        {"date": today.isoformat(), "discomfort": "4", f"late-{entry.pk}": "moderate"},
        headers=HTMX,
    )

    assert LateFlag.objects.get().level == "moderate"
    suggestion = Suggestion.objects.get()
    assert (suggestion.item.exercise.slug, suggestion.kind) == ("bird-dog", "reduce")
    assert "as moderate in your last session" in suggestion.reason


def test_three_check_ins_at_7_show_the_persistent_discomfort_notice(
    user_client, user, starter_routine, today
):
    for n in range(3):
        CheckInFactory(user=user, date=today - timedelta(days=n), discomfort=7)

    response = user_client.get(DASHBOARD)

    assert "Your discomfort is lasting" in response.text
    assert "physiotherapist or chiropractor" in response.text
    assert "Have a gentle day" in response.text


def test_a_gentle_day_leaves_out_the_challenging_exercises(
    user_client, starter_routine, items, today
):
    response = user_client.post(reverse("tracking:gentle-day", args=["on"]), follow=True)

    names = [f.exercise.name for f in response.context["entry_forms"]]
    assert "Side plank" not in names
    assert "Cat-cow" in names
    assert "Gentle day" in response.text

    back = user_client.post(reverse("tracking:gentle-day", args=["off"]), follow=True)
    assert "Side plank" in [f.exercise.name for f in back.context["entry_forms"]]


def test_gentle_day_needs_on_or_off(user_client):
    assert user_client.post(reverse("tracking:gentle-day", args=["maybe"])).status_code == 404


def test_a_red_flag_says_stop_and_hides_suggestions_that_day(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")

    response = user_client.post(
        CHECKIN,
        {"date": today.isoformat(), "discomfort": "8", "red_flags": ["leg_weakness"]},
        headers=HTMX,
    )
    dashboard = user_client.get(DASHBOARD)

    assert "please stop exercising and seek medical care promptly" in response.text
    assert "Please stop exercising and seek medical care promptly" in dashboard.text
    assert "New weakness in the legs" in dashboard.text
    assert "No exercise suggestions today" in dashboard.text
    assert "Accept" not in dashboard.text.split('id="suggestions"')[1].split("</section>")[0]
    assert user.checkin_set.get().red_flags == ["leg_weakness"]


def test_unknown_red_flag_is_refused(user_client, today):
    response = user_client.post(
        CHECKIN,
        {"date": today.isoformat(), "discomfort": "3", "red_flags": ["sore_thumb"]},
        headers=HTMX,
    )

    assert "Choose warning signs from the list." in response.text


def test_adjustments_mark_the_dose_chart(user_client, user, starter_routine, items, today):
    session = SessionFactory(user=user, date=today)
    ExerciseEntryFactory(
        session=session, exercise=items["side-plank"].exercise, hold_seconds=15, discomfort="sharp"
    )
    refresh_suggestions(user)
    accept_suggestion(Suggestion.objects.get())

    response = user_client.get(reverse("tracking:exercise-progress", args=["side-plank"]))

    assert response.context["dose"]["changes"][-1] == "Gentler exercise"


def test_the_red_flag_warning_shows_without_any_routine(user_client, user, today):
    CheckInFactory(user=user, date=today, discomfort=6, red_flags=["numbness"])

    dashboard = user_client.get(DASHBOARD)

    assert "Please stop exercising and seek medical care promptly" in dashboard.text
    assert "Numbness or tingling in the groin or legs" in dashboard.text


@pytest.mark.parametrize("routine", ["²", "١٢x", "99999999999999999999999", "\x00"])
def test_an_odd_routine_parameter_is_ignored_not_a_500(user_client, starter_routine, routine):
    response = user_client.get(reverse("tracking:suggestion-list"), {"routine": routine})

    assert response.status_code in (200, 404)


class TestExercisesLeavingTheLibrary:
    """Suggestions and changes name exercises by id in JSON: no foreign key protects them."""

    @pytest.fixture
    def open_swap(self, user_client, user, starter_routine, items, today):
        log(user_client, starter_routine, items, today, side_plank="sharp")
        return Suggestion.objects.get(user=user)

    @pytest.mark.parametrize("how", ["retired", "deleted"])
    def test_accepting_a_swap_to_an_exercise_gone_changes_nothing(
        self, user_client, user, items, open_swap, how
    ):
        plank = Exercise.objects.filter(pk=open_swap.proposed["exercise"])
        if how == "retired":
            plank.update(is_active=False)
        else:
            plank.delete()

        response = user_client.post(
            reverse("tracking:suggestion-accept", args=[open_swap.pk]), follow=True
        )

        assert response.status_code == 200
        assert "has left the library, so nothing changed" in response.text
        open_swap.refresh_from_db()
        assert open_swap.status == "stale"
        assert RoutineItem.objects.get(pk=items["side-plank"].pk).exercise.slug == "side-plank"
        assert not Adjustment.objects.exists()

    def test_undoing_back_to_an_exercise_gone_changes_nothing(
        self, user_client, user, items, open_swap
    ):
        outcome = accept_suggestion(open_swap)
        Exercise.objects.filter(slug="side-plank").update(is_active=False)

        response = user_client.post(
            reverse("tracking:adjustment-undo", args=[outcome.adjustment.pk]), follow=True
        )

        assert "That earlier exercise has left the library, so nothing changed." in response.text
        assert RoutineItem.objects.get(pk=items["side-plank"].pk).exercise.slug == "plank"

    def test_the_timeline_still_reads_when_an_exercise_is_gone(
        self, user_client, user, starter_routine, items, open_swap
    ):
        accept_suggestion(open_swap)
        Adjustment.objects.update(after={**open_swap.proposed, "exercise": 999_999})

        response = user_client.get(starter_routine.get_absolute_url())

        assert response.status_code == 200
        assert "an exercise no longer in the library" in response.text


def test_accepting_offers_undo_in_place_and_undo_restores_it(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    suggestion = Suggestion.objects.get(user=user)

    accepted = user_client.post(
        reverse("tracking:suggestion-accept", args=[suggestion.pk]), headers=HTMX
    )

    change = Adjustment.objects.get()
    undo_url = reverse("tracking:suggestion-undo", args=[change.pk])
    assert f'hx-post="{undo_url}"' in accepted.text
    assert "adjustmentMade" in accepted["HX-Trigger"]
    assert "showStatus" in accepted["HX-Trigger"]

    undone = user_client.post(undo_url, headers=HTMX)

    assert "Change undone." in undone.text
    assert 'id="suggestions"' in undone.text
    assert "suggestion-undo" not in undone.text  # no undo of the undo here
    assert RoutineItem.objects.get(pk=items["side-plank"].pk).exercise.slug == "side-plank"


def test_the_suggestions_page_opened_directly_is_a_whole_page(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")

    response = user_client.get(reverse("tracking:suggestion-list"))

    assert "<html" in response.text
    assert "You flagged Side plank as sharp" in response.text
    assert "Back to Today" in response.text


def test_an_empty_suggestions_page_says_so(user_client, starter_routine):
    response = user_client.get(reverse("tracking:suggestion-list"))

    assert "Nothing to change right now." in response.text


# Reasons are kept as data and put into words when shown, in the reader's language.

SHARP_IN_GERMAN = {
    "You flagged %(exercise)s as sharp in your last session.": (
        "Du hast %(exercise)s in deiner letzten Einheit als stechend markiert."
    ),
    "Try %(exercise)s instead, a gentler exercise for the same area.": (
        "Versuch stattdessen %(exercise)s, eine sanftere Übung für denselben Bereich."
    ),
    "Undid: %(reason)s": "Rückgängig gemacht: %(reason)s",
}


def test_a_suggestion_keeps_its_reason_as_data_and_in_english(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")

    suggestion = Suggestion.objects.get(user=user)
    assert suggestion.reason_parts == [
        {
            "code": "flagged_last_session",
            "params": {"exercise": items["side-plank"].exercise_id, "level": "sharp"},
        },
        {"code": "try_alternative", "params": {"exercise": suggestion.proposed["exercise"]}},
    ]
    assert suggestion.reason == (
        "You flagged Side plank as sharp in your last session. "
        "Try Plank instead, a gentler exercise for the same area."
    )


def test_the_card_names_exercises_as_the_library_names_them_now(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    plank = Exercise.objects.get(slug="plank")
    plank.name_en_gb = "Forearm plank"
    plank.save()  # as the admin does: every process reloads the library

    page = user_client.get(DASHBOARD)

    assert "Try Forearm plank instead, a gentler exercise for the same area." in page.text


def test_a_german_reader_reads_the_reason_in_german(
    user_client, user, starter_routine, items, today, fake_translations
):
    fake_translations("de", SHARP_IN_GERMAN)
    log(user_client, starter_routine, items, today, side_plank="sharp")
    user.language = "de"  # a signed-in person's own choice, whatever the browser says
    user.save(update_fields=["language"])

    page = user_client.get(DASHBOARD)
    card = user_client.get(reverse("tracking:suggestion-list"), headers=HTMX)

    german = (
        "Du hast Seitstütz in deiner letzten Einheit als stechend markiert. "
        "Versuch stattdessen Unterarmstütz (Plank), eine sanftere Übung für denselben Bereich."
    )
    assert german in page.text
    assert german in card.text
    assert "You flagged" not in card.text
    # What is stored stays English, whoever's request made it.
    assert Suggestion.objects.get().reason.startswith("You flagged Side plank as sharp")


def test_an_older_suggestion_without_data_shows_its_stored_words(
    user_client, user, starter_routine, items, today
):
    log(user_client, starter_routine, items, today, side_plank="sharp")
    Suggestion.objects.update(reason_parts=[], reason="Words from before reasons were data.")

    page = user_client.get(DASHBOARD)

    assert "Words from before reasons were data." in page.text


def test_an_undo_keeps_undid_as_data_in_english_and_shows_it_in_the_readers_language(
    user_client, user, starter_routine, items, today, fake_translations
):
    fake_translations("de", SHARP_IN_GERMAN)
    log(user_client, starter_routine, items, today, side_plank="sharp")
    change = accept_suggestion(Suggestion.objects.get()).adjustment

    user.language = "de"
    user.save(update_fields=["language"])
    user_client.post(reverse("tracking:adjustment-undo", args=[change.pk]), headers=HTMX)

    undo = Adjustment.objects.get(reverts=change)
    assert undo.reason_parts == [{"code": "undid", "params": {}}, *change.reason_parts]
    assert undo.reason == f"Undid: {change.reason}"
    timeline = user_client.get(
        reverse("tracking:routine-adjustments", args=[starter_routine.pk]), headers=HTMX
    )
    assert "Rückgängig gemacht: Du hast Seitstütz in deiner letzten Einheit" in timeline.text
    user.language = "en-gb"
    user.save(update_fields=["language"])
    english = user_client.get(
        reverse("tracking:routine-adjustments", args=[starter_routine.pk]), headers=HTMX
    )
    assert f"Undid: {change.reason}" in english.text
    redo = undo_adjustment(undo).adjustment
    assert (redo.reason, redo.reason_parts) == (change.reason, change.reason_parts)
