"""The routine editor's writes under real concurrency (PostgreSQL; see tests/concurrency.py)."""

from tests.concurrency import RACES, run_together
from tests.factories import ExerciseFactory, RoutineFactory, UserFactory
from tracking.models import Routine, RoutineItem
from tracking.services.routines import (
    NameTaken,
    activate_routine,
    append_item,
    move_item,
    save_routine,
)

pytestmark = RACES

ROUNDS = 5


def attempt(call):
    """Run ``call``; a NameTaken is a result here, not a failure."""

    def run():
        try:
            call()
        except NameTaken:
            return "taken"
        return "saved"

    return run


def test_one_name_in_two_letter_cases_at_once_saves_one_routine():
    user = UserFactory()
    for n in range(ROUNDS):
        calls = [
            attempt(lambda name=name: save_routine(Routine(user=user, name=name)))
            for name in (f"Morning {n}", f"morning {n}")
        ]

        results = run_together(*calls)

        assert sorted(results) == ["saved", "taken"]
    assert Routine.objects.filter(user=user).count() == ROUNDS


def test_activating_three_routines_at_once_leaves_exactly_one_active():
    user = UserFactory()
    routines = RoutineFactory.create_batch(3, user=user)
    for _ in range(ROUNDS):
        run_together(*[lambda r=routine: activate_routine(r) for routine in routines])

        assert Routine.objects.filter(user=user, is_active=True).count() == 1


def test_items_added_at_once_each_get_their_own_place():
    routine = RoutineFactory()
    exercises = ExerciseFactory.create_batch(4)

    run_together(*[lambda e=exercise: append_item(routine, e) for exercise in exercises])

    positions = list(RoutineItem.objects.filter(routine=routine).values_list("position", flat=True))
    assert sorted(positions) == [0, 1, 2, 3]


def test_moves_sent_at_once_take_turns_and_keep_every_place():
    """Moves lock the routine's items in one order (their ids), so two never deadlock."""
    routine = RoutineFactory()
    items = [append_item(routine, exercise) for exercise in ExerciseFactory.create_batch(4)]
    for _ in range(ROUNDS * 2):
        run_together(
            lambda: move_item(items[0], 1),
            lambda: move_item(items[3], -1),
            lambda: move_item(items[1], 1),
        )

        positions = RoutineItem.objects.filter(routine=routine).values_list("position", flat=True)
        assert sorted(positions) == [0, 1, 2, 3]
