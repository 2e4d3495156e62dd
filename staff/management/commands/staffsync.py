"""`python -m staff staffsync [--rebuild]`: bring the review index up to date from `events`."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from staff.sync import reindex, sync


class Command(BaseCommand):
    help = "Index new conversation events for the staff lists (--rebuild: from scratch)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rebuild", action="store_true")

    def handle(self, *args, rebuild: bool = False, **options) -> None:
        count = reindex() if rebuild else sync()
        self.stdout.write(f"staff: {count} events indexed")
