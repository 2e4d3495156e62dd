"""`python -m staff <command>`: Django's manage.py for the staff application.

python -m staff migrate
python -m staff createstaff ana --role admin
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "staff.settings")
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["python -m staff", *(sys.argv[1:] if argv is None else argv)])
    except (RuntimeError, ValueError) as error:
        print(f"error: {(str(error).splitlines() or [type(error).__name__])[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
