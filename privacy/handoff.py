"""Hand-off contacts: the one identifier Samen keeps, encrypted, only to call a person back.

At a hand-off the bot offers to be called back. A phone number or e-mail address the
person leaves for that purpose goes, from the action server, to the staff application's
intake (`INTAKE_PATH`), signed with the deployment's secret (`privacy.reference`), and is
stored there encrypted (Fernet: AES-128-CBC with HMAC-SHA256) under `SAMEN_CONTACT_KEY`.
The transcript keeps the redactor's placeholder; the contact is deleted when staff close
the hand-off, by erasure and by retention.

Both sides use this module: the action server (`find_contact`, `sign`) and the staff
application (`verify`, `encrypt_contact`, `decrypt_contact`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from privacy.redact import find_identifiers

ENV_CONTACT_KEY = "SAMEN_CONTACT_KEY"
SIGNATURE_HEADER = "X-Samen-Signature"
INTAKE_PATH = "/staff/intake/handoff"
CONTACT_KINDS = ("telefoonnummer", "e-mail")
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTACT_KEY_FILE = ROOT / "var" / "contact.key"


def find_contact(text: str) -> str | None:
    """The first phone number or e-mail address in a message, as written; None if none."""
    for span in find_identifiers(text or ""):
        if span.kind in CONTACT_KINDS:
            return text[span.start : span.end].strip()
    return None


def sign(body: bytes, key: bytes) -> str:
    """The intake signature of a request body: "sha256=" and the hex HMAC-SHA256."""
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(body: bytes, signature: str | None, key: bytes) -> bool:
    """True when `signature` is this body's signature under `key` (constant-time)."""
    return bool(signature) and hmac.compare_digest(sign(body, key), signature or "")


def ensure_contact_key_file(path: Path = DEFAULT_CONTACT_KEY_FILE) -> str:
    """Create the contact key once (a Fernet key, mode 600) and return it; used by the launcher."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text("utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(Fernet.generate_key().decode("ascii") + "\n")
    return path.read_text("utf-8").strip()


def contact_key() -> bytes:
    """The key contacts are encrypted with: env SAMEN_CONTACT_KEY (a Fernet key)."""
    value = os.environ.get(ENV_CONTACT_KEY, "").strip()
    if not value:
        raise RuntimeError(
            f"{ENV_CONTACT_KEY} is not set; start with 'make run' (it creates var/contact.key)"
            " or set it to a key from: python -c 'from cryptography.fernet import Fernet;"
            " print(Fernet.generate_key().decode())'"
        )
    return value.encode("ascii")


def encrypt_contact(contact: str, key: bytes | None = None) -> str:
    """The contact encrypted for storage (text, safe for any database column)."""
    return Fernet(key or contact_key()).encrypt(contact.encode("utf-8")).decode("ascii")


def decrypt_contact(token: str, key: bytes | None = None) -> str | None:
    """The stored contact in clear, or None when it cannot be read with this key."""
    try:
        return Fernet(key or contact_key()).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError):
        return None
