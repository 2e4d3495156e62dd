"""Compose Rasa's endpoints.yml from a runtime profile and the environment.

The embedded profile (rasa/profiles/embedded) stores conversations in SQLite under
var/, through the private tracker store (samen_rasa.stores.private_store: redacted,
nothing durable without consent, real erasure); the PostgreSQL overlay uses the same
store. With REDIS_URL, conversations without consent wait in Redis (with expiry).
DATABASE_URL, REDIS_URL and AMQP_URL each swap in the matching section of
the scale-out profile (rasa/profiles/scaleout/sections.yml); Rasa itself then
substitutes the ${...} variables that this module puts in the environment.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from launcher.model_inputs import ROOT

PROFILES = ROOT / "rasa" / "profiles"
SECTION_FOR_VARIABLE = {
    "DATABASE_URL": "tracker_store",
    "REDIS_URL": "lock_store",
    "AMQP_URL": "event_broker",
}


class ConfigError(ValueError):
    """A deployment setting is unusable; the message is one line naming it."""


def _split(name: str, url: str, schemes: tuple[str, ...], default_port: int) -> dict[str, str]:
    parts = urlsplit(url)
    if parts.scheme not in schemes or not parts.hostname:
        raise ConfigError(f"{name}: expected {schemes[0]}://host[:port]/..., got {parts.scheme}://")
    return {
        "HOST": parts.hostname,
        "PORT": str(parts.port or default_port),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "PATH": parts.path.lstrip("/"),
    }


def variables_from_urls(env: Mapping[str, str]) -> dict[str, str]:
    """Translate the URL-style variables into the ${SAMEN_*} names the profile uses."""
    out: dict[str, str] = {}
    if env.get("DATABASE_URL"):
        p = _split("DATABASE_URL", env["DATABASE_URL"], ("postgresql", "postgres"), 5432)
        out |= {
            "SAMEN_DB_HOST": p["HOST"],
            "SAMEN_DB_PORT": p["PORT"],
            "SAMEN_DB_USER": p["USER"] or "postgres",
            "SAMEN_DB_PASSWORD": p["PASSWORD"],
            "SAMEN_DB_NAME": p["PATH"] or "postgres",
        }
    if env.get("REDIS_URL"):
        p = _split("REDIS_URL", env["REDIS_URL"], ("redis",), 6379)
        out |= {
            "SAMEN_REDIS_HOST": p["HOST"],
            "SAMEN_REDIS_PORT": p["PORT"],
            "SAMEN_REDIS_DB": p["PATH"] or "0",
            "SAMEN_REDIS_PASSWORD": p["PASSWORD"],
            "SAMEN_REDIS_URL": env["REDIS_URL"],
        }
    if env.get("AMQP_URL"):
        p = _split("AMQP_URL", env["AMQP_URL"], ("amqp", "amqps"), 5672)
        out |= {
            "SAMEN_AMQP_HOST": p["HOST"],
            "SAMEN_AMQP_PORT": p["PORT"],
            "SAMEN_AMQP_USER": p["USER"] or "guest",
            "SAMEN_AMQP_PASSWORD": p["PASSWORD"] or "guest",
        }
    return out


def compose(env: Mapping[str, str]) -> dict:
    """The endpoints configuration for this environment (embedded plus overlays)."""
    config = yaml.safe_load((PROFILES / "embedded" / "endpoints.yml").read_text("utf-8"))
    sections = yaml.safe_load((PROFILES / "scaleout" / "sections.yml").read_text("utf-8"))
    for variable, section in SECTION_FOR_VARIABLE.items():
        if env.get(variable):
            config[section] = sections[section]
    if env.get("REDIS_URL"):
        # conversations without consent live in Redis (expiring) instead of one process's memory
        config["tracker_store"] = dict(config["tracker_store"], redis_url="${SAMEN_REDIS_URL}")
    return config


def write_endpoints(env: Mapping[str, str], target: Path) -> dict[str, str]:
    """Write endpoints.yml for this run; return the extra environment Rasa needs."""
    extra = variables_from_urls(env)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(compose(env), sort_keys=False), encoding="utf-8")
    return extra
