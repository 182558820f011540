"""Secrets handed out once (a clinician link, an API token) and kept only as a hash."""

import hashlib
import secrets

TOKEN_BYTES = 32  # 256 bits from the operating system's generator


def hash_token(token: str) -> str:
    """What is stored instead of a token. The token is random, so a plain SHA-256 is as hard
    to reverse as a slow password hash would be, and it can be looked up directly."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token(prefix: str = "") -> tuple[str, str]:
    """A new secret and its hash: the secret goes to the person, the hash to the database."""
    token = prefix + secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)
