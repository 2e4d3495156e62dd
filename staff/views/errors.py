"""Error pages: one clear line, never a traceback."""

from __future__ import annotations

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string


def forbidden(request, exception=None):
    line = "Je account heeft geen toegang tot deze pagina."
    return render(request, "staff/error.html", {"title": "Geen toegang", "line": line}, status=403)


def csrf_failure(request, reason: str = ""):
    line = "Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw."
    return render(request, "staff/error.html", {"title": "Geweigerd", "line": line}, status=403)


def server_error(request):
    """Rendered without the request (no context processors, no database): it must not fail."""
    line = "Er ging iets mis op de server; de beheerder vindt de details in var/log/web.log."
    return HttpResponseServerError(
        render_to_string("staff/error.html", {"title": "Fout", "line": line})
    )
