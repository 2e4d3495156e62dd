"""Command line: `python -m eligibility assess|explain FILE|-`.

Prints the assessment (JSON, or Dutch text with `explain`) and exits 0. On invalid input it
prints one line `error: <field>: <message>` to standard error and exits 2, never a traceback.
Only this module reads the clock: the application date defaults to today.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, TextIO

from eligibility.assessment import assess
from eligibility.explain import explain
from eligibility.validation import ValidationError

USAGE = "usage: python -m eligibility assess|explain FILE|-"


class _InputError(Exception):
    pass


def _read(source: str, stdin: TextIO) -> Any:
    try:
        if source == "-":
            text = stdin.read()
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
    except FileNotFoundError:
        raise _InputError(f"{source}: file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise _InputError(f"{source}: cannot read file ({type(error).__name__})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError) as error:
        message = getattr(error, "msg", str(error))
        where = (
            f" (line {error.lineno}, column {error.colno})"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        raise _InputError(f"input: invalid JSON: {message}{where}") from None
    except RecursionError:
        raise _InputError("input: invalid JSON: nested too deeply") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def main(
    argv: list[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] not in ("assess", "explain"):
        print(f"error: {USAGE}", file=stderr)
        return 2
    command, source = args
    try:
        case = _read(source, stdin)
        day = None
        if not (isinstance(case, dict) and case.get("application_date") is not None):
            day = date.today()
        result = assess(case, day)
    except _InputError as error:
        print(f"error: {error}", file=stderr)
        return 2
    except ValidationError as error:
        print(f"error: {error.field}: {error.message}", file=stderr)
        return 2
    if command == "assess":
        stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(explain(result))
    return 0
