"""SpineCare settings: one module, read from the environment.

Development: ``DJANGO_DEBUG=true`` (the Makefile's ``run`` sets it) and SQLite.
Production (``DJANGO_DEBUG`` off): set ``DJANGO_SECRET_KEY``, ``DJANGO_ALLOWED_HOSTS`` and
``DATABASE_URL``; HTTPS-only cookies, HSTS and the redirect to HTTPS are then on, and
``manage.py check --deploy`` has nothing to report (``make prod-check``). The README's
"Production" section gives the commands.
"""

import os
import re
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: str) -> bool:
    value = env(name, default).strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def envint(name: str, default: str) -> int:
    value = env(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def envrate(name: str, default: str) -> str:
    """A rate for django-ratelimit: so many requests per period, such as ``30/10m`` or ``5/h``."""
    value = env(name, default).strip()
    if not re.fullmatch(r"[1-9]\d*/([1-9]\d*)?[smhd]", value):
        raise ImproperlyConfigured(
            f"{name} must be a number of requests per period, such as 30/10m or 5/h "
            f"(s, m, h or d), not {value!r}."
        )
    return value


DEBUG = envbool("DJANGO_DEBUG", "false")

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random value "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "django-insecure-development-only-key"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Translated fields on the exercise library (exercises/translation.py); before the admin.
    "modeltranslation",
    "spinecare.accounts",
    "spinecare.data",
    "spinecare.api",
    "spinecare.reminders",
    "exercises",
    "tracking",
    "spinecare.accounts.apps.AdminConfig",  # django.contrib.admin, with our limits
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses the pages (WhiteNoise serves static files compressed already). Django's
    # GZipMiddleware pads each response's gzip header with random bytes against BREACH, and
    # CSRF tokens are masked anew on every response (README, "Production").
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Accept-Language (or the language cookie) for visitors; UserLanguageMiddleware below puts
    # a signed-in person's own choice first.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "spinecare.accounts.middleware.UserTimezoneMiddleware",
    "spinecare.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: turns a locked-out log-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "spinecare.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",  # LANGUAGE_CODE for <html lang>
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "tracking.context_processors.progress",
                "spinecare.jsi18n.urls",
            ],
            "builtins": ["django.templatetags.i18n", "django.templatetags.static"],
        },
    },
]

WSGI_APPLICATION = "spinecare.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", "0"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, for the test database: the browser tests' live server answers
    # several htmx requests at once, each thread on its own connection. One per process.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"spinecare-test-{os.getpid()}.sqlite3")
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked-out log-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Argon2 first, as Django's docs recommend: about half the CPU of PBKDF2 per log-in on this
# machine kind (docs/performance.md). The others still check older hashes, and Django
# rewrites those as Argon2 when their owner next logs in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "tracking:dashboard"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
# The languages SpineCare speaks, each named in itself (README, "Languages" says how to add one).
LANGUAGES = [
    ("en-gb", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The library's own texts (exercises/translation.py): English is the source, and any text not yet
# translated shows in English.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en-gb"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en-gb",)
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Compressed files with hashed names (cached for ever) once debug is off; they need
        # `manage.py collectstatic` first. DJANGO_MANIFEST_STATIC=false serves plain names.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and envbool("DJANGO_MANIFEST_STATIC", "true")
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# E-mail: the console in development unless EMAIL_HOST is set; always SMTP in production
# (debug off), on EMAIL_HOST or else the machine's own mail server on localhost.
MAILERS = {
    "default": (
        {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env("EMAIL_HOST", "localhost"),
                "port": envint("EMAIL_PORT", "587"),
                "username": env("EMAIL_HOST_USER"),
                "password": env("EMAIL_HOST_PASSWORD"),
                "use_tls": envbool("EMAIL_USE_TLS", "true"),
            },
        }
        if env("EMAIL_HOST") or not DEBUG
        else {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    )
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "SpineCare <noreply@spinecare.local>")

# Background tasks (Django's Tasks API), kept in the database: `manage.py db_worker` runs
# them (`make run` starts one beside the dev server). Password-reset mail goes this way, so
# the reset page answers as quickly whether or not the address has an account.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Reminders (spinecare/reminders/). Links in e-mail, notifications and the calendar feed start
# with SITE_URL (in production, e.g. https://spinecare.example.com). Web Push signs with a VAPID
# key pair that `manage.py vapid_keys` makes; without one, Settings offers no notifications
# (e-mail and the calendar feed still work).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
if not SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"SITE_URL must start with http:// or https://, not {SITE_URL!r}.")
VAPID_PUBLIC_KEY = env("VAPID_PUBLIC_KEY")
VAPID_PRIVATE_KEY = env("VAPID_PRIVATE_KEY")
VAPID_SUBJECT = env("VAPID_SUBJECT", "mailto:" + DEFAULT_FROM_EMAIL.split("<")[-1].rstrip(">"))

# Content Security Policy: our own files only, no inline scripts or styles.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "worker-src": [CSP.SELF],  # the service worker (/sw.js)
    "manifest-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# htmx sends the token from the page (hx-headers on <body>); no script reads the cookie.
CSRF_COOKIE_HTTPONLY = True

# HTTPS. On in production (debug off), off in development so runserver works over http.
# Behind a proxy that ends TLS, DJANGO_BEHIND_PROXY=true trusts its X-Forwarded-Proto and
# X-Forwarded-For headers: set it only when the proxy overwrites them.
BEHIND_PROXY = envbool("DJANGO_BEHIND_PROXY", "false")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", "false" if DEBUG else "true")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer's probe may speak plain http
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "true")
SECURE_HSTS_PRELOAD = envbool("DJANGO_HSTS_PRELOAD", "true")

# Repeated failed log-ins (django-axes): after 5 failures for one e-mail address from one
# IP address, that pair waits 15 minutes. Others, and the owner from elsewhere, still can.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", "15"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "spinecare.accounts.lockout.username"
AXES_CLIENT_IP_CALLABLE = "spinecare.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "spinecare.accounts.lockout.locked_out"
AXES_VERBOSE = False

# The cache holds the per-IP counters below. All gunicorn workers must share them: in
# production set REDIS_URL (e.g. redis://127.0.0.1:6379/0), or each worker process counts on
# its own (`check --deploy` warns). Development and the tests use local memory.
REDIS_URL = env("REDIS_URL")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"REDIS_URL must start with redis://, rediss:// or unix://, not {REDIS_URL!r}."
    )
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# Sessions live in the database, read through the shared cache when there is one: any app
# server can answer any request, and losing Redis signs nobody out.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)

# Per-IP limits (django-ratelimit, spinecare/accounts/limits.py) on the POSTs that cost a
# password hash or send mail, whatever the e-mail address: past them, a calm 429 page.
RATE_LIMIT_LOG_IN = envrate("RATE_LIMIT_LOG_IN", "30/10m")
RATE_LIMIT_SIGN_UP = envrate("RATE_LIMIT_SIGN_UP", "10/h")
RATE_LIMIT_PASSWORD_RESET = envrate("RATE_LIMIT_PASSWORD_RESET", "10/h")
RATE_LIMIT_PASSWORD_RESET_EMAIL = envrate("RATE_LIMIT_PASSWORD_RESET_EMAIL", "3/h")
# A clinician link (spinecare/data): openings per link and per IP address, whatever the token.
RATE_LIMIT_SHARED_LINK = envrate("RATE_LIMIT_SHARED_LINK", "30/10m")
RATE_LIMIT_SHARED_LINK_IP = envrate("RATE_LIMIT_SHARED_LINK_IP", "60/10m")
# The API (spinecare/api): requests per personal access token.
RATE_LIMIT_API_TOKEN = envrate("RATE_LIMIT_API_TOKEN", "600/10m")
RATELIMIT_IP_META_KEY = "spinecare.accounts.lockout.client_ip"

# Wrong passwords typed while signed in (changing the password, deleting the account), per
# account: after 5, those forms check no password for 15 minutes after the last one.
PASSWORD_CHECK_FAILURE_LIMIT = envint("PASSWORD_CHECK_FAILURE_LIMIT", "5")
PASSWORD_CHECK_COOLOFF_MINUTES = envint("PASSWORD_CHECK_COOLOFF_MINUTES", "15")

ADMIN_PATH = env("DJANGO_ADMIN_PATH", "admin/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Standard output, where gunicorn, systemd and container runtimes collect it.
    # Every record passes RedactTokens: a clinician link's token never reaches a log.
    "filters": {"redact_tokens": {"()": "spinecare.logs.RedactTokens"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["redact_tokens"],
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
    # Django's own loggers lose their default handlers (which have no such filter) and
    # reach ours: "django" by propagating to the root, runserver's request lines directly.
    "loggers": {
        "django": {"handlers": [], "level": "INFO"},
        "django.server": {"handlers": ["console"], "propagate": False},
    },
}
