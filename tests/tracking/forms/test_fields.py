"""Form messages are worked out when shown, in the reader's language, with plural forms."""

import pytest
from django.utils import translation
from django.utils.functional import Promise

from tracking.forms.fields import lazy_format
from tracking.forms.onboarding import OnboardingForm
from tracking.forms.routines import ExerciseSearchForm, RoutineForm
from tracking.forms.today import SessionForm


def test_a_lazy_message_is_filled_in_when_shown_not_at_import():
    calls = []

    class Message:
        def __mod__(self, values):
            calls.append(translation.get_language())
            return "from {low}".format(**values)

    message = lazy_format(Message(), {"low": 1})

    assert isinstance(message, Promise)
    assert calls == []
    with translation.override("de"):
        assert str(message) == "from 1"
    assert calls == ["de"]


def test_the_messages_built_at_import_stay_lazy():
    messages = [
        *SessionForm.base_fields["duration_minutes"].error_messages.values(),
        RoutineForm.Meta.error_messages["name"]["max_length"],
        ExerciseSearchForm.base_fields["q"].error_messages["max_length"],
        *[label for _, label in OnboardingForm.base_fields["minutes"].choices],
    ]

    assert all(isinstance(message, Promise) for message in messages)


@pytest.mark.parametrize(("limit", "words"), [(1, "1 character or"), (100, "100 characters or")])
def test_length_errors_have_a_plural_form(limit, words):
    message = ExerciseSearchForm.base_fields["q"].error_messages["max_length"]

    assert words in message % {"limit_value": limit}


def test_a_too_long_search_says_the_limit():
    form = ExerciseSearchForm({"q": "x" * 101})

    assert form.error() == "Keep the search to 100 characters or fewer."


def test_the_minutes_choices_read_naturally():
    labels = [str(label) for _, label in OnboardingForm.base_fields["minutes"].choices]

    assert labels == ["5 minutes", "10 minutes", "15 minutes"]
