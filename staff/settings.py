"""Django settings of the staff application, all read from the same environment as the bot.

- Database: the conversations' database (privacy.settings.database_url: DATABASE_URL or
  SQLite $SAMEN_VAR_DIR/tracker.db), so erasure and retention reach the staff tables.
- SECRET_KEY: derived from the deployment's secret (privacy.reference.secret_key), so there
  is no second secret to manage.
- Cookies: HttpOnly, SameSite=Lax, Secure when SAMEN_STAFF_TLS=1 (behind a TLS proxy that
  sets X-Forwarded-Proto); sessions end after SAMEN_STAFF_SESSION_HOURS (default 8) and
  when the browser closes.
- Hosts: SAMEN_ALLOWED_HOSTS, else the hosts of SAMEN_ALLOWED_ORIGINS and SAMEN_BOT_URL, this
  machine's name and localhost (a request for any other host name gets 400).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import socket
from pathlib import Path
from urllib.parse import unquote, urlsplit

from privacy.reference import secret_key
from privacy.settings import database_url

ROOT = Path(__file__).resolve().parent.parent
WEB_STATIC = ROOT / "web" / "static"


def database_from_url(url: str) -> dict:
    """Django's DATABASES entry for a sqlite:/// or postgresql:// URL."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": unquote(parts.path[1:]) or ":memory:",
            "OPTIONS": {"timeout": 20},
        }
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg2"):
        raise ValueError(f"DATABASE_URL: unsupported database {parts.scheme!r}")
    entry = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "OPTIONS": {},
    }
    schema = os.environ.get("POSTGRESQL_SCHEMA", "").strip()
    if schema:
        entry["OPTIONS"]["options"] = f"-csearch_path={schema}"
    return entry


def allowed_hosts() -> list[str]:
    configured = os.environ.get("SAMEN_ALLOWED_HOSTS", "").strip()
    if configured:
        return [h.strip() for h in configured.split(",") if h.strip()]
    urls = os.environ.get("SAMEN_ALLOWED_ORIGINS", "").split(",")
    urls.append(os.environ.get("SAMEN_BOT_URL", ""))
    hosts = {urlsplit(u.strip()).hostname for u in urls if u.strip()}
    hosts |= {"localhost", "127.0.0.1", "[::1]", socket.gethostname()}
    return sorted(h for h in hosts if h)


SECRET_KEY = hmac.new(secret_key(), b"samen-staff-django", hashlib.sha256).hexdigest()
DEBUG = False
ALLOWED_HOSTS = allowed_hosts()
DATABASES = {"default": database_from_url(database_url())}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "staff.apps.StaffConfig",
]
MIDDLEWARE = [
    "staff.middleware.SecurityHeaders",
    "django.middleware.http.ConditionalGetMiddleware",
    "staff.middleware.Compress",
    "django.middleware.security.SecurityMiddleware",
    "staff.middleware.WidgetFiles",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "staff.urls"
WSGI_APPLICATION = "staff.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "staff.roles.context",
            ]
        },
    }
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "staff:login"
LOGIN_REDIRECT_URL = "staff:home"
LOGOUT_REDIRECT_URL = "staff:login"

TLS = os.environ.get("SAMEN_STAFF_TLS", "").strip() in ("1", "true", "yes")
SESSION_COOKIE_NAME = "samen_staff_session"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = TLS
SESSION_COOKIE_PATH = "/staff/"
SESSION_COOKIE_AGE = int(float(os.environ.get("SAMEN_STAFF_SESSION_HOURS") or 8) * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_NAME = "samen_staff_csrf"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = TLS
CSRF_COOKIE_PATH = "/staff/"
CSRF_FAILURE_VIEW = "staff.views.errors.csrf_failure"
if TLS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("SAMEN_STAFF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = None  # set per page by staff.middleware.SecurityHeaders
X_FRAME_OPTIONS = "DENY"

# login throttling (staff.throttle): this many failures lock the account name for LOCK_MINUTES
STAFF_LOGIN_FAILURES = int(os.environ.get("SAMEN_STAFF_LOGIN_FAILURES") or 5)
STAFF_LOCK_MINUTES = int(os.environ.get("SAMEN_STAFF_LOCK_MINUTES") or 15)

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/staff/static/"
WHITENOISE_ROOT = str(WEB_STATIC)  # the widget, the demo page's CSS, favicon (not *.html)
WHITENOISE_USE_FINDERS = True  # the staff app's CSS from staff/static/ (no collectstatic step)
WHITENOISE_AUTOREFRESH = False
WHITENOISE_MAX_AGE = 0

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # request paths only (gunicorn's access log); never bodies or query strings
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
