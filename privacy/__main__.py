"""`python -m privacy`: the staff/deployment commands of issue 14.

    python -m privacy erase SAM-7K3Q-9XTD      # every event and derived row of that conversation
    python -m privacy purge [--days N] [--dry-run]
    python -m privacy reference SENDER_ID      # the reference number of a sender id

The database is DATABASE_URL, else var/tracker.db (or --database-url). Each command
prints one line; errors are one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import sys

import sqlalchemy.exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m privacy", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", help="default: DATABASE_URL, else sqlite:///var/tracker.db"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    erase = commands.add_parser("erase", help="erase a conversation by its reference number")
    erase.add_argument("reference")
    purge = commands.add_parser("purge", help="delete conversations past the retention limit")
    purge.add_argument("--days", type=int, help="default: SAMEN_RETENTION_DAYS, else 365")
    purge.add_argument("--dry-run", action="store_true", help="count only, delete nothing")
    ref = commands.add_parser("reference", help="the reference number of a sender id")
    ref.add_argument("sender_id")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from privacy.settings import database_url

    url = args.database_url or database_url()
    try:
        if args.command == "erase":
            from privacy.erasure import erase

            print(erase(args.reference, url).line())
        elif args.command == "purge":
            from privacy.retention import purge

            print(purge(url, days=args.days, dry_run=args.dry_run).line())
        else:
            from privacy.reference import reference_for, secret_key

            print(reference_for(args.sender_id, secret_key()))
    except (ValueError, RuntimeError, sqlalchemy.exc.SQLAlchemyError) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(f"error: {message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
