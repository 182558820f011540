from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from spinecare.http import AuthedRequest
from tracking.services.routines import create_starter_routine

from .forms import DeleteAccountForm, PasswordResetForm, SettingsForm, SignUpForm
from .limits import limit_posts_per_ip, posted_email, seconds_to_wait, too_many_requests
from .services import delete_account
from .tasks import send_password_reset


@require_http_methods(["GET", "POST"])
@limit_posts_per_ip("sign-up", "RATE_LIMIT_SIGN_UP")
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                # The language the visitor's browser (or the footer's chooser) asked for.
                form.instance.language = request.LANGUAGE_CODE
                user = form.save()
                create_starter_routine(user)
        except IntegrityError:
            # The same address signed up a moment ago (a double tap, another tab): the
            # database's unique e-mail caught what the form's check could not yet see.
            form.add_error("email", form.email_taken())
            return render(request, "accounts/signup.html", {"form": form})
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to SpineCare. Your account is ready."))
        # A few questions build a routine for where it hurts; skipping keeps the starter.
        return redirect("tracking:onboarding")
    return render(request, "accounts/signup.html", {"form": form})


@require_http_methods(["GET", "POST"])
@limit_posts_per_ip("password-reset", "RATE_LIMIT_PASSWORD_RESET")
def password_reset(request: HttpRequest) -> HttpResponse:
    """Queues the reset mail for the worker: the same quick answer whether or not the address
    has an account. At most RATE_LIMIT_PASSWORD_RESET_EMAIL requests per address."""
    form = PasswordResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        seconds = seconds_to_wait(
            request, "password-reset-email", "RATE_LIMIT_PASSWORD_RESET_EMAIL", key=posted_email
        )
        if seconds:
            return too_many_requests(request, seconds, for_address=True)
        send_password_reset.enqueue(
            email=form.cleaned_data["email"],
            domain=request.get_host(),
            use_https=request.is_secure(),
        )
        return redirect("accounts:password-reset-done")
    return render(request, "accounts/password_reset.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def settings_view(request: AuthedRequest) -> HttpResponse:
    """The person's preferences. After a save the whole page loads again (with htmx too), so
    a new language reaches the navigation as well as the form."""
    form = SettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.language)  # the message below, in the new language
        messages.success(request, _("Your settings are saved."))
        url = reverse("accounts:settings")
        response = HttpResponseClientRedirect(url) if request.htmx else redirect(url)
        remember_language(response, user.language)
        return response
    template = "accounts/settings.html#settings-form" if request.htmx else "accounts/settings.html"
    return render(request, template, {"form": form})


def remember_language(response: HttpResponse, language: str) -> None:
    """Django's language cookie, as its ``set_language`` view sets it: after logging out,
    the log-in page still speaks the person's language."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account_view(request: AuthedRequest) -> HttpResponse:
    """Asks for the password, then deletes the account and all its data for good."""
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        logout(request)
        delete_account(user)
        messages.success(
            request,
            _("Your account and all its data are deleted. Goodbye, and look after your back."),
        )
        return redirect("home")
    return render(request, "accounts/delete_account.html", {"form": form})


@require_POST
def log_out(request: HttpRequest) -> HttpResponse:
    """Sign out (a POST, so no link or image can do it) and say so."""
    logout(request)
    messages.success(request, _("You're logged out. See you next time."))
    response = redirect("home")
    # Health data on a shared phone: the browser forgets the pages kept for offline and the
    # saves waiting to sync (IndexedDB), and unregisters the service worker.
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response
