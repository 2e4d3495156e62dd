"""`python -m staff createstaff NAME --role reviewer|admin`: create a staff account.

The password is asked twice on the terminal (or read from SAMEN_STAFF_PASSWORD, for
scripts and tests); Django's password validators apply (at least 10 characters ...).
"""

from __future__ import annotations

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from staff.roles import ROLES
from staff.views.admin import create_account


class Command(BaseCommand):
    help = (
        "Create a staff account with a role"
        " (reviewer: read, tag, correct; admin: also erase, export, accounts)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, default="reviewer")

    def handle(self, *args, username: str, role: str, **options) -> None:
        if get_user_model().objects.filter(username=username).exists():
            raise CommandError(f"an account named {username!r} exists already")
        password = os.environ.get("SAMEN_STAFF_PASSWORD") or self._ask()
        try:
            validate_password(password, get_user_model()(username=username))
        except ValidationError as error:
            raise CommandError("password refused: " + " ".join(error.messages)) from error
        create_account(username, role, password)
        self.stdout.write(f"staff: account {username} created with role {role}; log in at /staff/")

    def _ask(self) -> str:
        first = getpass.getpass("Wachtwoord: ")
        if first != getpass.getpass("Wachtwoord (nog eens): "):
            raise CommandError("the two passwords differ")
        return first
