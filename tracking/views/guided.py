"""The guided session: today's checklist played through one exercise at a time.

Without JavaScript the page is one long form; static/js/guided.js turns it into steps with
a hold timer. Either way it posts the checklist's own form to ``tracking:session-log``.
"""

from django.contrib.auth.decorators import login_required
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from spinecare.http import AuthedRequest

from ..cards import checklist_card


def guided_words() -> dict[str, str]:
    """What the script says and shows, translated here so guided.js holds no text."""
    return {
        "step": _("Exercise %(n)s of %(total)s"),
        "end": _("Last step: how did it go?"),
        "start": _("Start hold"),
        # Translators: %(side)s is "left side" or "right side" below.
        "start_side": _("Start %(side)s hold"),
        # Translators: the side of the body a hold is done on, put into other messages.
        "left": _("left side"),
        # Translators: the side of the body a hold is done on, put into other messages.
        "right": _("right side"),
        # Translators: which set of an exercise, as in "set 2 of 3".
        "set": _("set %(n)s of %(total)s"),
        # Translators: a noun: one timed hold of an exercise position.
        "hold": _("Hold"),
        # Translators: %(what)s is "Hold", or a set and side such as "left side, set 2 of 3".
        "started": _("%(what)s started: %(seconds)s seconds."),
        "hold_done": _("%(what)s done."),
        "switch": _("%(what)s done. Switch to the %(side)s."),
        "all_done": _("All holds done. Tap “Done, next” when you're ready."),
        # Translators: "s" is short for seconds.
        "stopped": _("Stopped after %(seconds)s s."),
        "held": _("Held %(seconds)s s."),
        "again": _("Start again"),
        "awake": _("Your screen stays on while the session runs."),
    }


@login_required
@require_GET
def guided_session(request: AuthedRequest) -> HttpResponse:
    """Today's checklist one exercise at a time: how to, dose, hold timer, then flags.

    A guided session is a workout of its own: it saves as another session, never as an
    edit of one already logged today (the checklist's Edit is for corrections).
    """
    context = checklist_card(request.user, request.user.local_today(), another=True, forms=True)
    exercises = [form.exercise for form in context["entry_forms"]]
    prefetch_related_objects(exercises, "steps")
    context["guided_words"] = guided_words()
    return render(request, "tracking/guided.html", context)
