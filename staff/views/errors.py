"""Error pages: one clear line, never a traceback."""

from __future__ import annotations

from django.shortcuts import render


def forbidden(request, exception=None):
    return render(
        request,
        "staff/error.html",
        {"title": "Geen toegang", "line": "Je account heeft geen toegang tot deze pagina."},
        status=403,
    )


def csrf_failure(request, reason: str = ""):
    line = "Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw."
    return render(request, "staff/error.html", {"title": "Geweigerd", "line": line}, status=403)


def server_error(request):
    line = "Er ging iets mis op de server; de beheerder vindt de details in var/log/web.log."
    return render(request, "staff/error.html", {"title": "Fout", "line": line}, status=500)
