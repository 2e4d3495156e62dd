"""How fast the staff review list is at 100,000 conversations: `python bench/staff_list.py`.

Generates N conversations (default 100,000; about 10 events each, in the tracker store's
own format, staff.sample) into a temporary SQLite database, and into PostgreSQL when one
answers (default postgresql://postgres@127.0.0.1:5432/test, in a schema of its own that is
dropped afterwards; --pg URL to change, --no-pg to skip). For each database it starts the
real web server (gunicorn + staff app, launcher.stack), times the index sync
(`python -m staff staffsync`), logs in and times GET /staff/conversations/ with each
filter: the median of 5 requests, over HTTP, page of 50 rows with the total count; and the
hand-off queue (25 cards with their case summaries). It prints one line per measure.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "rasa")]

import requests  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from launcher.stack import Ports, Stack  # noqa: E402

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-password-123"
FILTERS = {
    "no filter": "",
    "route": "route=humanitarian_visa",
    "relationship": "relationship=child",
    "sponsor status": "sponsor_status=belgian",
    "hand-off asked": "handoff=ja",
    "fallback": "fallback=ja",
    "negative feedback": "negative=ja",
    "not reviewed": "reviewed=nee",
    "date range (30 days)": "date_from={month_ago}&date_to={today}",
    "text search": "q=qwerty",
    "text search, no hit": "q=onbestaandwoord",
    "all filters together": "route=family_reunification&relationship=spouse"
    "&sponsor_status=refugee&reviewed=nee&date_from={month_ago}",
    "page 2 (keyset)": "",
}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generate(url: str, count: int, key: bytes) -> float:
    from privacy.store_schema import engine_for
    from staff.sample import generate as fill

    started = time.perf_counter()
    engine = engine_for(url)
    with engine.begin() as conn:
        fill(conn, key, count)
    engine.dispose()
    return time.perf_counter() - started


def login(base: str) -> requests.Session:
    http = requests.Session()
    page = http.get(base + "/staff/login/", timeout=30).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    reply = http.post(base + "/staff/login/", timeout=30, allow_redirects=False,
                      data={"username": "bench", "password": PASSWORD,
                            "csrfmiddlewaretoken": token})  # fmt: skip
    assert reply.status_code == 302, "login failed"
    return http


def timed(http: requests.Session, url: str, repeat: int = 5) -> tuple[float, str]:
    times, text = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        reply = http.get(url, timeout=120)
        times.append(time.perf_counter() - started)
        reply.raise_for_status()
        text = reply.text
    return statistics.median(times) * 1000, text


def measure(label: str, env: dict[str, str], var_dir: Path, count: int) -> None:
    stack = Stack(model=Path("unused"), ports=Ports(web=free_port()), var_dir=var_dir,
                  host="127.0.0.1")  # fmt: skip
    os.environ.update(env)
    stack_env = stack._environment()
    key = stack_env["SAMEN_SECRET_KEY"].encode()
    from privacy.settings import database_url

    url = database_url(str(var_dir))
    print(f"{label}: generating {count} conversations ...", flush=True)
    print(f"{label}: generated in {generate(url, count, key):.0f} s", flush=True)
    stack.start(timeout=300, only=("web",))
    try:
        run = {"cwd": ROOT, "env": {**stack_env, "SAMEN_STAFF_PASSWORD": PASSWORD},
               "check": True, "capture_output": True, "text": True}  # fmt: skip
        subprocess.run([sys.executable, "-m", "staff", "createstaff", "bench", "--role", "admin"],
                       **run)  # fmt: skip
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "staff", "staffsync"], **run)
        print(f"{label}: index sync {done.stdout.strip()} in {time.perf_counter() - started:.0f} s")
        _filters(label, f"http://127.0.0.1:{stack.ports.web}")
        _queue(label, f"http://127.0.0.1:{stack.ports.web}")
    finally:
        stack.stop()


def _filters(label: str, base: str) -> None:
    import datetime as dt

    http = login(base)
    today = dt.date.today()
    values = {"today": today.isoformat(), "month_ago": (today - dt.timedelta(days=30)).isoformat()}
    cursor = None
    for name, query in FILTERS.items():
        query = query.format(**values)
        if name.startswith("page 2") and cursor:
            query = f"na={cursor}"
        ms, text = timed(http, f"{base}/staff/conversations/?{query}")
        found = re.search(r"(\d+) gesprek", text)
        rows = text.count('<tr>\n    <td><a href="/staff/conversations/')
        cursor = cursor or (re.search(r"na=([^\"]+)\" rel=\"next\"", text) or [None, None])[1]
        print(f"{label}: {name:<22} {ms:7.0f} ms  ({found.group(1) if found else '?'} found,"
              f" {rows} shown)", flush=True)  # fmt: skip


def _queue(label: str, base: str) -> None:
    """The hand-off queue: 25 cards, each with its case summary computed from the events."""
    ms, text = timed(login(base), f"{base}/staff/handoffs/")
    cards = text.count('class="card"')
    print(f"{label}: {'hand-off queue':<22} {ms:7.0f} ms  ({cards} cards with their summary)")


def pg_ready(url: str) -> bool:
    try:
        engine = sa.create_engine(url)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means: no PostgreSQL to measure
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SAMEN_TEST_PG_URL", PG_DEFAULT))
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    os.environ.pop("DATABASE_URL", None)
    os.environ["SAMEN_SECRET_KEY"] = secrets.token_hex(32)
    with tempfile.TemporaryDirectory(prefix="samen-bench-") as tmp:
        if not args.no_sqlite:
            measure("sqlite", {}, Path(tmp) / "sqlite", args.count)
        if not args.no_pg and pg_ready(args.pg):
            _postgres(args.pg, Path(tmp) / "pg", args.count)
        elif not args.no_pg:
            print(f"postgresql: skipped, nothing answers at {args.pg}")
    return 0


def _postgres(url: str, var_dir: Path, count: int) -> None:
    schema = f"staff_bench_{os.getpid()}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        measure("postgresql", {"DATABASE_URL": url, "POSTGRESQL_SCHEMA": schema}, var_dir, count)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
