"""The REST API, /api/v1/: django-ninja, one router per feature in ``endpoints/``.

Every request is one person's (a personal access token or the signed-in session, see
``auth.py``), and every endpoint calls the services, cards and model methods the pages use.
"""

from ninja import NinjaAPI

from . import errors
from .auth import SessionCsrfAuth, TokenAuth
from .endpoints import checkins, exercises, progress, routines, sessions, suggestions

api = NinjaAPI(
    title="SpineCare API",
    version="1",
    description="Your SpineCare data: exercises, routine, sessions, check-ins, suggestions "
    "and progress. Authenticate with a personal access token (Settings → API tokens) as "
    "“Authorization: Bearer …”.",
    urls_namespace="api-v1",
    auth=[TokenAuth(), SessionCsrfAuth()],
    docs_url=None,  # our own page (views.docs): ninja's loads Swagger UI with inline script
)
errors.install(api)
for module in (exercises, routines, sessions, checkins, suggestions, progress):
    api.add_router("", module.router)
