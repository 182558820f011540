"""The production settings profile (debug off) and the development one (debug on)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "example.com",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}
OUR_VARIABLES = ("DJANGO_", "AXES_", "RATE_LIMIT_", "PASSWORD_CHECK_", "REDIS_URL")


def manage(*args, **env):
    """manage.py in a fresh process with only the given DJANGO_* variables."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(OUR_VARIABLES)}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def setting_values(expressions: list[str], **env) -> list[str]:
    """What each expression about ``settings`` gives in a process with that environment."""
    code = "from django.conf import settings\n" + "\n".join(
        f"print(repr({expression}))" for expression in expressions
    )
    result = manage("shell", "--no-imports", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")[: len(expressions)]


def test_check_deploy_finds_nothing_to_warn_about_in_production():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_sends_everything_over_https_and_keeps_the_csp():
    values = setting_values(
        [
            "settings.SECURE_SSL_REDIRECT",
            "settings.SESSION_COOKIE_SECURE",
            "settings.CSRF_COOKIE_SECURE",
            "settings.SESSION_COOKIE_HTTPONLY",
            "settings.SECURE_HSTS_SECONDS",
            "settings.SECURE_HSTS_INCLUDE_SUBDOMAINS",
            "settings.SECURE_HSTS_PRELOAD",
            "settings.X_FRAME_OPTIONS",
            "'NONCE' in str(settings.SECURE_CSP['script-src'])",  # the strict CSP is kept
            "settings.STORAGES['staticfiles']['BACKEND']",
        ],
        **PRODUCTION,
    )

    assert values == [
        "True",
        "True",
        "True",
        "True",
        "31536000",
        "True",
        "True",
        "'DENY'",
        "True",
        "'whitenoise.storage.CompressedManifestStaticFilesStorage'",
    ]


def test_behind_a_proxy_its_https_header_is_trusted_and_hsts_follows_the_environment():
    values = setting_values(
        ["settings.SECURE_PROXY_SSL_HEADER", "settings.SECURE_HSTS_SECONDS"],
        **PRODUCTION,
        DJANGO_BEHIND_PROXY="true",
        DJANGO_HSTS_SECONDS="600",
    )

    assert values == ["('HTTP_X_FORWARDED_PROTO', 'https')", "600"]


def test_development_works_over_plain_http():
    values = setting_values(
        [
            "settings.SECURE_SSL_REDIRECT",
            "settings.SESSION_COOKIE_SECURE",
            "settings.SECURE_HSTS_SECONDS",
        ],
        DJANGO_DEBUG="true",
    )

    assert values == ["False", "False", "0"]


def test_without_redis_check_deploy_warns_that_workers_count_apart():
    without_redis = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", **without_redis)

    assert result.returncode != 0
    assert "spinecare.W001" in result.stderr
    assert "Set REDIS_URL" in result.stderr


def test_redis_url_gives_every_worker_one_cache_and_the_limits_follow_the_environment():
    values = setting_values(
        [
            "settings.CACHES['default']",
            "settings.RATE_LIMIT_LOG_IN",
            "settings.RATE_LIMIT_SIGN_UP",
            "settings.RATE_LIMIT_PASSWORD_RESET",
            "settings.RATE_LIMIT_PASSWORD_RESET_EMAIL",
        ],
        **PRODUCTION,
        RATE_LIMIT_LOG_IN="100/5m",
    )

    assert values == [
        "{'BACKEND': 'django.core.cache.backends.redis.RedisCache', "
        "'LOCATION': 'redis://127.0.0.1:6379/0'}",
        "'100/5m'",
        "'10/h'",
        "'10/h'",
        "'3/h'",
    ]


def test_a_limit_that_is_not_a_rate_stops_the_app_with_a_clear_message():
    result = manage("check", **PRODUCTION, RATE_LIMIT_SIGN_UP="ten an hour")

    assert result.returncode != 0
    assert "RATE_LIMIT_SIGN_UP must be a number of requests per period" in result.stderr


def test_a_redis_url_of_another_kind_is_refused():
    result = manage("check", **PRODUCTION | {"REDIS_URL": "127.0.0.1:6379"})

    assert result.returncode != 0
    assert "REDIS_URL must start with redis://" in result.stderr


def test_sessions_are_kept_where_every_app_server_finds_them():
    values = setting_values(["settings.SESSION_ENGINE"], **PRODUCTION)
    without_redis = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}

    assert values == ["'django.contrib.sessions.backends.cached_db'"]
    assert setting_values(["settings.SESSION_ENGINE"], **without_redis) == [
        "'django.contrib.sessions.backends.db'"
    ]
