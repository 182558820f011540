from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spinecare.http import AuthedRequest
from tracking.services import create_starter_routine

from .forms import DeleteAccountForm, SettingsForm, SignUpForm
from .limits import limit_posts_per_ip
from .services import delete_account


@require_http_methods(["GET", "POST"])
@limit_posts_per_ip("sign-up", "RATE_LIMIT_SIGN_UP")
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            create_starter_routine(user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to SpineCare. Your account is ready."))
        return redirect("tracking:dashboard")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def settings_view(request: AuthedRequest) -> HttpResponse:
    form = SettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})


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
