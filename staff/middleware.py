"""Headers on every response, compression, and the widget's files (whitenoise).

Two Content-Security-Policies, neither with 'unsafe-inline':
- the chat pages and widget files (web/static): scripts and styles from this origin,
  fetches and the socket to the Rasa server, no forms;
- the staff pages (/staff/): scripts, styles and forms from this origin only, no framing,
  and `Cache-Control: no-store` (conversation data never stays in a browser cache).
"""

from __future__ import annotations

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from whitenoise.middleware import WhiteNoiseMiddleware

from staff.widget import bot_url, content_security_policy

STAFF_PREFIX = "/staff/"
STAFF_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class SecurityHeaders:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(STAFF_PREFIX) or request.path == STAFF_PREFIX.rstrip("/"):
            response["Content-Security-Policy"] = STAFF_CSP
            response["Cache-Control"] = "no-store"
            # not no-referrer: with it Chromium sends "Origin: null" on form posts, which
            # Django's CSRF check rightly refuses; same-origin never leaks a URL outside
            response["Referrer-Policy"] = "same-origin"
        else:
            bot = bot_url(request.get_host() if _host_ok(request) else None)
            response["Content-Security-Policy"] = content_security_policy(bot)
            # the widget's script may be embedded by NGO pages on other origins
            response["Cross-Origin-Resource-Policy"] = "cross-origin"
            response.setdefault("Cache-Control", "no-cache")
            response["Referrer-Policy"] = "no-referrer"
        response["X-Content-Type-Options"] = "nosniff"
        return response


def _host_ok(request) -> bool:
    from django.core.exceptions import DisallowedHost

    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


class Compress(GZipMiddleware):
    """gzip for 200 responses to GET/POST only (no body on a 304 or HEAD), with Django's BREACH
    padding."""

    def process_response(self, request, response):
        if response.status_code != 200 or request.method == "HEAD":
            return response
        return super().process_response(request, response)


class WidgetFiles(WhiteNoiseMiddleware):
    """whitenoise for web/static and the staff CSS; the HTML pages are views (staff.widget)
    because `{{SAMEN_SERVER}}` is filled in per request."""

    def __init__(self, get_response=None, settings=settings) -> None:
        super().__init__(get_response, settings=settings)
        self.files = {url: f for url, f in self.files.items() if not url.endswith(".html")}
