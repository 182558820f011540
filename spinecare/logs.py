"""Keep secrets out of the logs: the token of a clinician link is in its URL's path.

``RedactTokens`` filters our own log records (Django's "Not Found: /data/shared/…" warning
names the path); ``AccessLogger`` is gunicorn's logger with the same redaction on every
value of the access log (``--logger-class spinecare.logs.AccessLogger``, as the README's
command and loadtest/run.sh start it).
"""

import logging
import re

from gunicorn.glogging import Logger

# The path of a shared report, up to the token's end; see spinecare/data/urls.py.
SHARED_PATH = re.compile(r"(/data/shared/)[^/?#\s\"']+")
REDACTED = r"\1[token]"


def redact(text: str) -> str:
    return SHARED_PATH.sub(REDACTED, text)


def _redacted(value):
    return redact(value) if isinstance(value, str) else value


class RedactTokens(logging.Filter):
    """Rewrites a record's message and arguments without the link's token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(arg) for key, arg in record.args.items()}
        return True


class AccessLogger(Logger):
    """gunicorn's logger, whose access-log values (request line, path, referrer, …) never
    hold a clinician link's token."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: _redacted(value) for key, value in atoms.items()}
