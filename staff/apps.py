"""The one Django app: app_label `staff`, so every table of its own is named `staff_*`."""

from __future__ import annotations

from django.apps import AppConfig
from django.db.backends.signals import connection_created

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",  # readers never block the Rasa server's writes
    "PRAGMA busy_timeout = 20000",
    "PRAGMA secure_delete = ON",  # like the tracker store: deleted rows leave no bytes
)


def _sqlite_pragmas(sender, connection, **_kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)


class StaffConfig(AppConfig):
    name = "staff"
    label = "staff"
    verbose_name = "Samen medewerkers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        connection_created.connect(_sqlite_pragmas, dispatch_uid="samen-sqlite-pragmas")
