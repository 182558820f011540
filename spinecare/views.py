from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what SpineCare does, and that it is not medical advice."""
    return render(request, "home.html")
