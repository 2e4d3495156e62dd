"""`POST /staff/intake/handoff`: the bot tells the staff application about a hand-off.

The contract (privacy.handoff): JSON {"reference", "contact" (or null), "requested_at"
(ISO 8601 UTC)}, signed with X-Samen-Signature. No login, no CSRF token: the signature is
the authentication. 403 on a bad or missing signature, 400 with one JSON error line on a bad
body, 201 {"ok": true} on success. Idempotent upsert by reference: a later call with a
contact adds or replaces it; the status stays (a call for a hand-off already closed opens it
again: it is a new request for a person).
"""

from __future__ import annotations

import datetime as dt
import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from privacy.handoff import SIGNATURE_HEADER, encrypt_contact, verify
from privacy.reference import normalise_reference, secret_key
from staff.models import HandOff

MAX_BODY = 4096
MAX_CONTACT = 200


class BadBody(ValueError):
    pass


def _error(status: int, line: str) -> JsonResponse:
    return JsonResponse({"ok": False, "error": line}, status=status)


def parse(raw: bytes) -> tuple[str, str | None, dt.datetime]:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadBody("body is not JSON") from error
    if not isinstance(body, dict):
        raise BadBody("body must be a JSON object")
    try:
        reference = normalise_reference(str(body.get("reference") or ""))
    except ValueError as error:
        raise BadBody("reference: not a Samen reference (SAM-XXXX-XXXX)") from error
    contact = body.get("contact")
    if contact is not None and (not isinstance(contact, str) or len(contact) > MAX_CONTACT):
        raise BadBody(f"contact: a string of at most {MAX_CONTACT} characters, or null")
    return reference, (contact or "").strip() or None, _when(body.get("requested_at"))


def _when(value) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as error:
        raise BadBody("requested_at: an ISO 8601 time, e.g. 2026-12-02T10:00:00Z") from error
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


@csrf_exempt
@require_POST
def handoff_intake(request):
    raw = request.body[: MAX_BODY + 1]
    if not verify(raw, request.headers.get(SIGNATURE_HEADER), secret_key()):
        return _error(403, "bad or missing signature")
    if len(raw) > MAX_BODY:
        return _error(400, "body too large")
    try:
        reference, contact, requested_at = parse(raw)
    except BadBody as error:
        return _error(400, str(error))
    handoff, created = HandOff.objects.get_or_create(
        reference=reference, defaults={"requested_at": requested_at}
    )
    if not created and handoff.status == HandOff.DONE:
        handoff.status, handoff.requested_at = HandOff.NEW, requested_at
    if contact:
        handoff.contact_encrypted = encrypt_contact(contact)
    if not created or contact:
        handoff.save()
    return JsonResponse({"ok": True}, status=201)
