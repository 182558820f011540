"""Behaviour that lives on the tracking models."""

from dataclasses import replace

import pytest
from django.utils import translation

from tests.factories import (
    AdjustmentFactory,
    ExerciseEntryFactory,
    ExerciseFactory,
    RoutineItemFactory,
    SessionFactory,
)
from tracking.adjustments import Prescription
from tracking.models import Adjustment, AdjustmentKind, ExerciseEntry, RoutineItem, Session


class TestRoutineItemPrescription:
    def test_prescription_reads_the_item_without_a_query(self):
        item = RoutineItem(exercise_id=4, sets=2, reps=8, hold_seconds=3, is_paused=True)

        assert item.prescription == Prescription(4, 2, 8, 3, paused=True)

    def test_take_adopts_a_prescription_and_bumps_the_revision_in_memory(self):
        item = RoutineItem(exercise_id=4, sets=2, reps=8, hold_seconds=3, revision=5)

        item.take(Prescription(4, 1, 5, 0, paused=False))

        assert (item.sets, item.reps, item.hold_seconds, item.revision) == (1, 5, 0, 6)

    @pytest.mark.django_db
    def test_apply_saves_and_bumps_the_revision(self):
        item = RoutineItemFactory(sets=3, reps=10)
        gentler = ExerciseFactory()

        item.apply(Prescription(gentler.pk, 2, 6, 0, paused=False))

        item.refresh_from_db()
        assert (item.exercise_id, item.sets, item.reps, item.revision) == (gentler.pk, 2, 6, 2)

    @pytest.mark.django_db
    def test_change_bumps_only_on_a_real_change(self):
        item = RoutineItemFactory(sets=3)

        assert item.change(paused=True)
        assert not item.change(paused=True)  # a double tap

        item.refresh_from_db()
        assert item.is_paused
        assert item.revision == 2

    @pytest.mark.django_db
    def test_change_starts_from_the_saved_row_not_a_stale_copy(self):
        item = RoutineItemFactory(sets=3, reps=10)
        stale = RoutineItem.objects.get(pk=item.pk)
        item.change(reps=6)

        stale.change(sets=2)

        stale.refresh_from_db()
        assert (stale.sets, stale.reps, stale.revision) == (2, 6, 3)

    @pytest.mark.django_db
    def test_facts_name_the_gentler_option_and_the_easing_in_force(self):
        gentler = ExerciseFactory(default_sets=1, default_reps=0, default_hold_seconds=20)
        item = RoutineItemFactory(exercise__gentler_alternative=gentler, sets=2, reps=10)
        before = replace(item.prescription, sets=3)
        last = AdjustmentFactory(item=item, kind="reduce", before=before.as_dict())

        facts = item.facts(last, routine_exercise_ids={item.exercise_id})

        assert facts.alternative.exercise_id == gentler.pk
        assert not facts.alternative.in_routine
        assert facts.before_last_easing == before
        assert facts.easing_kind == "reduce"

    @pytest.mark.django_db
    def test_a_retired_alternative_is_not_offered(self):
        gentler = ExerciseFactory(is_active=False)
        item = RoutineItemFactory(exercise__gentler_alternative=gentler)

        assert item.facts(None, set()).alternative is None


class TestExerciseEntry:
    def test_a_row_is_worth_saving_when_done_or_flagged(self):
        assert ExerciseEntry(completed=True).worth_saving()
        assert ExerciseEntry(completed=False, discomfort="mild").worth_saving()
        assert not ExerciseEntry(completed=False, discomfort="none").worth_saving()

    def test_record_lists_the_recorded_fields_in_order(self):
        entry = ExerciseEntry(completed=True, sets=2, reps=8, discomfort="mild")

        assert list(entry.record()) == ExerciseEntry.RECORD_FIELDS
        assert entry.record()["reps"] == 8

    @pytest.mark.django_db
    def test_for_user_keeps_to_the_users_sessions(self, user, other_user):
        mine = ExerciseEntryFactory(session__user=user)
        ExerciseEntryFactory(session__user=other_user)

        assert list(ExerciseEntry.objects.for_user(user)) == [mine]


@pytest.mark.django_db
def test_sessions_with_entries_take_two_queries_however_many(user, django_assert_num_queries):
    for _ in range(5):
        session = SessionFactory(user=user)
        ExerciseEntryFactory.create_batch(3, session=session)

    with django_assert_num_queries(2):
        sessions = list(Session.objects.for_user(user).with_entries())
        names = [entry.exercise.name for s in sessions for entry in s.entries.all()]

    assert len(names) == 15


@pytest.mark.parametrize("language", ["en-gb", "de", "es"])
@pytest.mark.parametrize("kind", AdjustmentKind.values)
def test_adjustment_kind_label_is_its_display(kind, language):
    adjustment = Adjustment(kind=kind)
    with translation.override(language):
        assert adjustment.kind_label == adjustment.get_kind_display()
