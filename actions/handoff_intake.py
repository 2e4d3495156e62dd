"""Pass a hand-off to the staff application's intake (privacy.handoff's contract).

The action server calls it after a turn that asked for a person: the reference number and,
when the person left one for a call back, their phone number or e-mail address. The body
is signed with the deployment's secret; the staff application stores the contact
encrypted. Nothing here logs the contact.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import urllib.error
import urllib.request

from privacy.handoff import INTAKE_PATH, SIGNATURE_HEADER, sign
from privacy.reference import secret_key

logger = logging.getLogger(__name__)
ENV_STAFF_URL = "SAMEN_STAFF_URL"
TIMEOUT_SECONDS = 5.0


def intake_body(reference: str, contact: str | None, now: dt.datetime) -> bytes:
    payload = {"reference": reference, "contact": contact, "requested_at": now.isoformat()}
    return json.dumps(payload).encode("utf-8")


def send_handoff(reference: str, contact: str | None, now: dt.datetime) -> bool:
    """Deliver the hand-off; False (and one log line naming the problem) when it failed."""
    base = os.environ.get(ENV_STAFF_URL, "").strip().rstrip("/")
    if not base:
        logger.error("hand-off %s not passed on: %s is not set", reference, ENV_STAFF_URL)
        return False
    body = intake_body(reference, contact, now)
    request = urllib.request.Request(
        base + INTAKE_PATH,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, secret_key())},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as reply:
            return 200 <= reply.status < 300
    except (urllib.error.URLError, OSError, RuntimeError) as error:
        reason = getattr(error, "code", None) or type(error).__name__
        logger.error("hand-off %s not passed on: staff intake answered %s", reference, reason)
        return False
