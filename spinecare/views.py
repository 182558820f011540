from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what SpineCare does, and that it is not medical advice.

    A signed-in user goes straight to the dashboard.
    """
    if request.user.is_authenticated:
        return redirect("tracking:dashboard")
    return render(request, "home.html")
