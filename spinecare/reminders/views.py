from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from spinecare.http import AuthedRequest

from .feed import reminder_calendar
from .forms import PushSubscriptionForm, ReminderForm
from .models import PushSubscription, Reminder
from .services import absolute, user_id_from_unsubscribe_token
from .tasks import schedule_next


def reminder_for(user) -> Reminder:
    reminder, _created = Reminder.objects.for_user(user).get_or_create(user=user)
    return reminder


@login_required
@require_http_methods(["GET", "POST"])
def reminder_settings(request: AuthedRequest) -> HttpResponse:
    """Days, a local time and the channels; saving queues the next reminder."""
    # A GET writes nothing: someone who never saved reminders sees the defaults, unsaved.
    reminder = Reminder.objects.for_user(request.user).first() or Reminder(user=request.user)
    form = ReminderForm(request.POST or None, instance=reminder)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            reminder = form.save()
            schedule_next(reminder)
        messages.success(request, _("Your reminders are saved."))
        return redirect("reminders:settings")
    context = {
        "form": form,
        "reminder": reminder,
        "feed_url": reminder.pk and absolute(reverse("reminders:feed", args=[reminder.feed_token])),
        "devices": PushSubscription.objects.for_user(request.user).count(),
        "push_key": settings.VAPID_PUBLIC_KEY,
    }
    return render(request, "reminders/settings.html", context)


@login_required
@require_POST
def push_add(request: AuthedRequest) -> JsonResponse:
    """This browser's push subscription (posted by static/js/reminders.js)."""
    form = PushSubscriptionForm(request.POST)
    if not form.is_valid():
        return JsonResponse(
            {"error": _("This browser's subscription could not be read.")}, status=400
        )
    data = form.cleaned_data
    PushSubscription.objects.update_or_create(
        endpoint=data["endpoint"],
        defaults={"user": request.user, "p256dh": data["p256dh"], "auth": data["auth"]},
    )
    reminder = reminder_for(request.user)
    if not reminder.by_push:
        reminder.by_push = True
        reminder.save(update_fields=["by_push"])
        schedule_next(reminder)
    return JsonResponse({"text": _("Notifications are on for this device.")})


@login_required
@require_POST
def push_remove(request: AuthedRequest) -> HttpResponse:
    """Forget every device's notifications."""
    PushSubscription.objects.for_user(request.user).delete()
    messages.success(request, _("Notifications are off on all your devices."))
    return redirect("reminders:settings")


@login_required
@require_POST
def feed_update(request: AuthedRequest) -> HttpResponse:
    """A new secret address for the calendar feed; the old one stops working."""
    reminder_for(request.user).regenerate_feed_token()
    messages.success(
        request, _("Your calendar has a new address. Subscribe to it again in your calendar app.")
    )
    return redirect("reminders:settings")


def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The calendar feed, for calendar apps: the secret address is the only key. Its words
    are in the person's language (the calendar app sends no cookie)."""
    reminder = get_object_or_404(Reminder.objects.select_related("user"), feed_token=token)
    with translation.override(reminder.user.language):
        calendar = reminder_calendar(reminder)
    response = HttpResponse(calendar, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="spinecare.ics"'
    return response


@csrf_exempt  # mail apps POST here for one-click unsubscribe (RFC 8058); the link is signed
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every reminder e-mail. A GET asks (mail scanners follow links); a POST,
    from the page's button or the mail app, stops the e-mails at once."""
    user_id = user_id_from_unsubscribe_token(token)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    if user is None:
        context = {"invalid": True}
        return render(request, "reminders/unsubscribe.html", context, status=400)
    if request.method == "POST":
        Reminder.objects.for_user(user).update(by_email=False)
    # In the language of the e-mail it came from.
    with translation.override(user.language):
        context = {"done": request.method == "POST"}
        return render(request, "reminders/unsubscribe.html", context)
