"""Who may call the API and what every response carries.

The scheme, kept deliberately small:

* With no token configured the server trusts whoever can reach it, so it only binds to loopback
  (:func:`check_bind` refuses anything else).
* ``SITREP_TOKEN`` / ``--token`` is the *analyst* token: read and write. ``SITREP_READ_TOKEN`` /
  ``--read-token`` is a *read* token: GET only. Once either is set, every ``/api`` request must carry
  ``Authorization: Bearer <token>``; a write with the read token is 403.
* The static UI files and the API description (``/``, ``/static``, ``/docs``, ``/openapi.json``) hold no
  data and stay open, because a browser cannot attach a header to a page navigation; the UI asks for the
  token and sends it with each API call.

Ids arriving in paths are checked against their exact shapes before they reach the store, so no request
can name a file, a SQL fragment or a prefix wider than intended.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
from dataclasses import dataclass
from typing import Literal

from sitrep.errors import SitrepError

Role = Literal["read", "analyst"]

DOCUMENT_ID = re.compile(r"[0-9a-f]{6,64}")
EVENT_ID = re.compile(r"evt-[0-9a-f]{4,16}")
MENTION_ID = re.compile(r"mention:[0-9a-f]{16}:\d{1,6}")
JUDGEMENT_ID = re.compile(r"j-[0-9a-f]{16}")

CSP_UI = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
CSP_DOCS = CSP_UI.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
"""Swagger UI sets style attributes in its markup; scripts stay 'self' only."""
CSP_PRODUCT = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; sandbox"
)
"""Products (brief HTML, timeline and network SVG) carry report text: opened directly they run nothing,
load nothing and live in a sandboxed origin. ``img-src blob:`` above lets the UI show a fetched SVG in an
``<img>``, where no script in it could run anyway."""
READ_ONLY_POSTS = frozenset({"/api/ach"})
"""POSTs that only compute (the body is the input, too large for a query string): allowed to read tokens."""

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class ConfigError(SitrepError):
    """The server was asked to start in an unsafe way."""


@dataclass(frozen=True)
class Tokens:
    analyst: str | None = None
    read: str | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.analyst or self.read)

    def role_for(self, authorization: str | None) -> Role | None:
        """The role a request's Authorization header grants; None when it grants nothing."""
        if not self.enabled:
            return "analyst"
        if not authorization or not authorization.startswith("Bearer "):
            return None
        given = authorization[len("Bearer ") :].strip().encode()
        if self.analyst and hmac.compare_digest(given, self.analyst.encode()):
            return "analyst"
        if self.read and hmac.compare_digest(given, self.read.encode()):
            return "read"
        return None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, tokens: Tokens) -> None:
    """Refuse to listen beyond this machine without a token."""
    if tokens.enabled and tokens.analyst and tokens.read and tokens.analyst == tokens.read:
        raise ConfigError("the read token and the analyst token must differ")
    for t in (tokens.analyst, tokens.read):
        if t is not None and len(t) < 16:
            raise ConfigError("tokens must be at least 16 characters long")
    if not is_loopback(host) and not tokens.enabled:
        raise ConfigError(f"refusing to listen on {host} without a token (--token or SITREP_TOKEN)")
