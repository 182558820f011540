"""WSGI entry point for SpineCare."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spinecare.settings")

application = get_wsgi_application()
