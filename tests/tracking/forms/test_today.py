"""The checklist's display rows (``entry_rows``) against the forms they stand in for."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import ExerciseEntryFactory, SessionFactory
from tracking.forms.today import EntryForm, entry_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(starter_routine):
    return list(starter_routine.items.select_related("exercise"))


def rows_html(rows) -> list[str]:
    return [render_to_string("tracking/_entry_row.html", {"form": row}) for row in rows]


@pytest.mark.parametrize("language", ["en-gb", "de", "es"])
def test_rows_show_what_the_forms_show(items, language):
    with translation.override(language):
        forms = [EntryForm.for_item(item) for item in items]
        assert rows_html(entry_rows(items, {})) == rows_html(forms)


def test_rows_of_a_logged_day_show_what_was_logged(user, items):
    session = SessionFactory(user=user, routine=items[0].routine)
    done = {
        items[0].pk: ExerciseEntryFactory(
            session=session, exercise=items[0].exercise, routine_item=items[0], sets=1, reps=3
        ),
        items[1].pk: ExerciseEntryFactory(
            session=session,
            exercise=items[1].exercise,
            routine_item=items[1],
            completed=False,
            sets=0,
            discomfort="moderate",
            discomfort_area="lower_back",
            discomfort_note='Pulled "here" <a bit>',
        ),
    }
    forms = [EntryForm.for_item(item, logged=done.get(item.pk)) for item in items]
    rows = entry_rows(items, done)

    assert rows_html(rows) == rows_html(forms)
    assert [row.is_flagged for row in rows] == [form.is_flagged for form in forms]
    assert 'value="Pulled &quot;here&quot; &lt;a bit&gt;"' in rows_html(rows)[1]
