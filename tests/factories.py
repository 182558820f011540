"""factory-boy factories for every model."""

from datetime import date, timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from exercises.models import Exercise, ExerciseStep, FocusArea
from spinecare.data.models import ClinicianLink
from spinecare.reminders.models import Delivery, PushSubscription, Reminder
from spinecare.tokens import hash_token
from tracking.models import (
    Adjustment,
    CheckIn,
    ExerciseEntry,
    LateFlag,
    Routine,
    RoutineItem,
    Session,
    Suggestion,
)

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    display_name = factory.Faker("first_name")
    timezone = "Europe/London"
    password = factory.django.Password(PASSWORD)


class FocusAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocusArea
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"area-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class ExerciseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exercise
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Test exercise {n}")
    slug = factory.Sequence(lambda n: f"test-exercise-{n}")
    summary = "A test exercise."
    benefits = "It helps in tests."
    cautions = "Go slowly.\nStop if it hurts."
    kind = Exercise.Kind.REPS
    intensity = Exercise.Intensity.GENTLE
    default_sets = 2
    default_reps = 10
    default_hold_seconds = 0

    @factory.post_generation
    def focus_areas(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.focus_areas.set(extracted)


class ExerciseStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExerciseStep

    exercise = factory.SubFactory(ExerciseFactory)
    position = factory.Sequence(lambda n: n + 1)
    text = "Do the thing slowly."


class RoutineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Routine

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Routine {n}")
    is_active = False


class RoutineItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoutineItem

    routine = factory.SubFactory(RoutineFactory)
    exercise = factory.SubFactory(ExerciseFactory)
    position = factory.Sequence(lambda n: n)
    sets = 2
    reps = 10
    hold_seconds = 0


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    user = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(lambda: date.today())
    duration_minutes = 10


class ExerciseEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExerciseEntry

    session = factory.SubFactory(SessionFactory)
    exercise = factory.SubFactory(ExerciseFactory)
    position = factory.Sequence(lambda n: n)
    completed = True
    sets = 2
    reps = 10


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CheckIn

    user = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(lambda: date.today())
    discomfort = 3


def prescription_of(item) -> dict:
    return {
        "exercise": item.exercise_id,
        "sets": item.sets,
        "reps": item.reps,
        "hold_seconds": item.hold_seconds,
        "paused": item.is_paused,
    }


class SuggestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suggestion

    item = factory.SubFactory(RoutineItemFactory)
    user = factory.LazyAttribute(lambda o: o.item.routine.user)
    kind = "pause"
    reason = "You flagged it as sharp in your last session."
    proposed = factory.LazyAttribute(lambda o: {**prescription_of(o.item), "paused": True})
    item_revision = factory.LazyAttribute(lambda o: o.item.revision)


class AdjustmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Adjustment

    item = factory.SubFactory(RoutineItemFactory)
    user = factory.LazyAttribute(lambda o: o.item.routine.user)
    kind = "pause"
    reason = "You flagged it as sharp in your last session."
    before = factory.LazyAttribute(lambda o: {**prescription_of(o.item), "paused": False})
    after = factory.LazyAttribute(lambda o: prescription_of(o.item))
    revision_after = factory.LazyAttribute(lambda o: o.item.revision)


class LateFlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LateFlag

    entry = factory.SubFactory(ExerciseEntryFactory)
    level = "mild"
    reported_on = factory.LazyAttribute(lambda o: o.entry.session.date + timedelta(days=1))


class ClinicianLinkFactory(factory.django.DjangoModelFactory):
    """A link made a minute ago, open for a week. Its token is unknown, as for a real link;
    tests that open one make it with ``ClinicianLink.issue``."""

    class Meta:
        model = ClinicianLink

    user = factory.SubFactory(UserFactory)
    token_hash = factory.Sequence(lambda n: hash_token(f"factory-token-{n}"))
    label = "Dr Ng, physio"
    start = factory.LazyFunction(lambda: date.today() - timedelta(days=29))
    end = factory.LazyFunction(date.today)
    created_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=1))
    expires_at = factory.LazyAttribute(lambda o: o.created_at + timedelta(days=7))


class ReminderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reminder

    user = factory.SubFactory(UserFactory)
    days = [0, 1, 2, 3, 4, 5, 6]
    by_email = True


class PushSubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PushSubscription

    user = factory.SubFactory(UserFactory)
    endpoint = factory.Sequence(lambda n: f"https://push.example.com/send/{n}")
    p256dh = "B" + "A" * 86
    auth = "A" * 22


class DeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delivery

    user = factory.SubFactory(UserFactory)
    day = factory.LazyFunction(lambda: date.today())
    channel = "email"
