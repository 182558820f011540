import base64
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from spinecare.reminders.management.commands.vapid_keys import b64url, new_key_pair


@pytest.fixture
def vapid(settings):
    public, private = new_key_pair()
    settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY = public, private
    settings.VAPID_SUBJECT = "mailto:ops@example.com"
    return public


class PushService:
    """A local HTTP endpoint standing in for the browser vendor's push service."""

    def __init__(self, status: int = 201):
        self.status = status
        self.received: list[dict] = []
        # What the browser keeps: the subscription's private key and auth secret.
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                service.received.append({"headers": headers, "body": body})
                self.send_response(service.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.endpoint = f"http://127.0.0.1:{self.server.server_port}/push/abc"

    @property
    def p256dh(self) -> str:
        return b64url(
            self.key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )

    def decrypt(self, body: bytes) -> dict:
        import http_ece

        plain = http_ece.decrypt(
            body, private_key=self.key, auth_secret=self.auth, version="aes128gcm"
        )
        return json.loads(plain)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def push_service():
    service = PushService()
    yield service
    service.close()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture
def tagged_words(monkeypatch):
    """A stand-in catalogue for the reminder's words: each comes back tagged with the language
    active when it was translated ("[de] Time for …"), since the real German catalogue is
    written later. Also records the language each template was rendered in."""
    from django.template import loader
    from django.utils import translation

    from spinecare.reminders import services

    rendered: list[tuple[str, str]] = []
    real_render = loader.render_to_string

    def render_to_string(name, context=None, *args, **kwargs):
        rendered.append((name, translation.get_language()))
        return real_render(name, context, *args, **kwargs)

    monkeypatch.setattr(services, "_", lambda text: f"[{translation.get_language()}] {text}")
    monkeypatch.setattr(services, "render_to_string", render_to_string)
    return rendered
