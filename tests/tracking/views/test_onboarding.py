"""Onboarding: answers, the warning-sign screen, and the routine the answers build."""

import re

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tracking.models import Routine
from tracking.services.routines import create_starter_routine

pytestmark = pytest.mark.django_db

START = reverse("tracking:onboarding")
SAFETY = reverse("tracking:onboarding-safety")
LOWER_5 = {"areas": ["lower"], "minutes": "5"}


def test_it_asks_where_how_long_and_what_to_avoid_and_can_be_skipped(user_client):
    response = user_client.get(START)

    assert "Where would you like to care for your back?" in response.text
    assert 'value="mid"' in response.text
    assert 'value="15"' in response.text
    assert "Kneeling or weight on the hands" in response.text
    assert f'href="{reverse("tracking:dashboard")}" data-testid="onboarding-skip"' in response.text


def test_it_needs_a_sign_in(client):
    response = client.get(START)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"minutes": "5"}, "areas", "Choose at least one part of your back."),
        ({"areas": ["lower"]}, "minutes", "Choose 5, 10 or 15 minutes."),
        ({"areas": ["lower"], "minutes": "7"}, "minutes", "Choose 5, 10 or 15 minutes."),
        ({"areas": ["hips"], "minutes": "5"}, "areas", "Choose parts of your back from the list."),
        ({**LOWER_5, "avoid": ["jumping"]}, "avoid", "Choose movements from the list."),
        (
            {**LOWER_5, "avoid": ["forward", "back", "kneeling", "lying"]},
            "avoid",
            "Every exercise for these parts of your back uses a movement you want to avoid.",
        ),
    ],
)
def test_bad_answers_get_an_error_beside_the_question(user_client, data, field, error):
    response = user_client.post(START, data)

    assert response.status_code == 200
    assert error in str(response.context["form"].errors[field])
    assert error in response.text


def test_answers_lead_to_the_warning_signs_with_a_preview(user_client):
    response = user_client.post(START, {**LOWER_5, "avoid": ["kneeling"]}, follow=True)

    assert response.redirect_chain == [(f"{SAFETY}?areas=lower&minutes=5&avoid=kneeling", 302)]
    assert "Numbness or tingling in the groin or legs" in response.text
    preview = [e.slug for e in response.context["exercises"]]
    assert preview == ["pelvic-tilt", "knees-to-chest", "glute-bridge"]
    assert 'name="avoid" value="kneeling"' in response.text
    back = f'href="{START}?areas=lower&amp;minutes=5&amp;avoid=kneeling">Change my answers'
    assert back in response.text


def test_changing_the_answers_shows_them_ticked(user_client):
    response = user_client.get(START, {"areas": ["lower", "neck"], "minutes": "10"})

    assert re.search(r'value="neck"\s+id="id_areas_0" checked', response.text)
    assert re.search(r'value="10"\s+id="id_minutes_1" required checked', response.text)


def test_the_warning_signs_page_without_answers_goes_back_to_the_questions(user_client):
    response = user_client.get(SAFETY, {"areas": "nowhere"})

    assert response.status_code == 302
    assert response["Location"] == START


def test_no_warning_sign_builds_a_gentle_active_routine(user_client, user):
    starter = create_starter_routine(user)

    response = user_client.post(SAFETY, LOWER_5, follow=True)

    routine = Routine.objects.get(user=user, is_active=True)
    assert routine.name == "Gentle lower back"
    items = list(routine.items.select_related("exercise"))
    assert [i.exercise.slug for i in items] == ["pelvic-tilt", "knees-to-chest", "childs-pose"]
    assert {i.sets for i in items} == {1}
    assert items[0].exercise.intensity == "gentle"
    assert response.redirect_chain == [(routine.get_absolute_url(), 302)]
    assert "Your routine is ready" in response.text
    starter.refresh_from_db()
    assert not starter.is_active  # kept, for whoever wants it back


def test_gentle_exercises_come_first_whatever_the_presets_order(user_client, user):
    user_client.post(SAFETY, {"areas": ["mid"], "minutes": "10"})

    items = Routine.objects.get(user=user).items.select_related("exercise")
    levels = [item.exercise.intensity for item in items]
    assert levels == sorted(levels, key=["gentle", "moderate", "challenging"].index)
    assert levels[0] == "gentle"


def test_a_warning_sign_stops_and_builds_nothing(user_client, user):
    response = user_client.post(SAFETY, {**LOWER_5, "red_flags": ["fever"]})

    assert "Please seek medical care before you start" in response.text
    assert "Fever together with back pain" in response.text
    assert not Routine.objects.filter(user=user).exists()


def test_an_unknown_warning_sign_gets_an_error_not_a_routine(user_client, user):
    response = user_client.post(SAFETY, {**LOWER_5, "red_flags": ["hiccups"]})

    assert "Choose warning signs from the list." in response.text
    assert not Routine.objects.filter(user=user).exists()


def test_tampered_answers_on_the_last_step_show_the_questions_again(user_client, user):
    response = user_client.post(SAFETY, {"areas": ["lower"], "minutes": "99"})

    assert "Choose 5, 10 or 15 minutes." in response.text
    assert not Routine.objects.filter(user=user).exists()


def test_a_second_run_gets_a_name_of_its_own(user_client, user):
    user_client.post(SAFETY, LOWER_5)
    user_client.post(SAFETY, {"areas": ["neck", "lower"], "minutes": "15"})
    user_client.post(SAFETY, {"areas": ["lower"], "minutes": "10"})

    names = sorted(Routine.objects.filter(user=user).values_list("name", flat=True))
    assert names == ["Gentle lower back", "Gentle lower back 2", "My back-care routine"]
    assert Routine.objects.get(user=user, is_active=True).name == "Gentle lower back 2"


def test_other_users_routines_are_untouched(user_client, user):
    other = UserFactory()
    create_starter_routine(other)

    user_client.post(SAFETY, LOWER_5)

    assert Routine.objects.get(user=other).is_active
