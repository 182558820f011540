"""factory-boy factories for every model."""

import factory
from django.contrib.auth import get_user_model

from exercises.models import Exercise, ExerciseStep, FocusArea

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
