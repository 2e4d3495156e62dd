"""Reference numbers the user can quote to the NGO, never the raw sender id.

`reference_for(sender_id, key)` is an HMAC-SHA256 of the sender id under the
deployment's secret key, written as 8 Crockford base32 characters ("SAM-7K3Q-9XTD").
Crockford's alphabet has no I, L, O or U, so a reference read aloud or copied
by hand is not ambiguous. The same key gives the same reference in the Rasa server
(the store's `samen_conversations` table) and in the action server (shown to the
user): the launcher passes it to both in `SAMEN_SECRET_KEY`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "SAM"
ENV_KEY = "SAMEN_SECRET_KEY"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KEY_FILE = ROOT / "var" / "secret.key"


def _base32(digest: bytes, length: int) -> str:
    number = int.from_bytes(digest, "big")
    bits = len(digest) * 8
    out = []
    for index in range(length):
        shift = bits - 5 * (index + 1)
        out.append(CROCKFORD[(number >> shift) & 31])
    return "".join(out)


def reference_for(sender_id: str, key: bytes) -> str:
    """The conversation's short reference, e.g. "SAM-7K3Q-9XTD" (40 bits of HMAC)."""
    digest = hmac.new(key, sender_id.encode("utf-8"), hashlib.sha256).digest()
    code = _base32(digest, 8)
    return f"{PREFIX}-{code[:4]}-{code[4:]}"


def normalise_reference(text: str) -> str:
    """A reference as typed by a person ("sam 7k3q 9xtd", "SAM7K3Q-9XTD") in canonical form.

    Crockford decoding: O is read as 0, I and L as 1; spaces and dashes are ignored.
    """
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if cleaned.startswith(PREFIX):
        cleaned = cleaned[len(PREFIX) :]
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 8 or any(ch not in CROCKFORD for ch in cleaned):
        raise ValueError(f"not a Samen reference: {text!r}")
    return f"{PREFIX}-{cleaned[:4]}-{cleaned[4:]}"


def pseudonym_for(sender_id: str, key: bytes) -> str:
    """A long pseudonym (160 bits) used as storage id when a sender id is itself personal."""
    digest = hmac.new(key, b"storage\0" + sender_id.encode("utf-8"), hashlib.sha256).digest()
    return "anon-" + _base32(digest[:20], 32).lower()


def ensure_key_file(path: Path = DEFAULT_KEY_FILE) -> str:
    """Create the key file once (mode 600) and return its text; used by the launcher."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text("utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    os.chmod(path, 0o600)
    return path.read_text("utf-8").strip()


def secret_key(key_file: Path = DEFAULT_KEY_FILE) -> bytes:
    """The deployment's secret: env SAMEN_SECRET_KEY, else var/secret.key (made by the launcher)."""
    value = os.environ.get(ENV_KEY, "").strip()
    if value:
        return value.encode("utf-8")
    if key_file.exists():
        return key_file.read_text("utf-8").strip().encode("utf-8")
    raise RuntimeError(
        f"{ENV_KEY} is not set and {key_file} does not exist; start the bot with 'make run'"
        " (it creates the key) or set SAMEN_SECRET_KEY"
    )
