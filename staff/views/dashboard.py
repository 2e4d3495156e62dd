"""The dashboard: conversations per day, routes, top questions, fallback rate, hand-offs,
"Was dit nuttig?" answers. Every chart is server-side SVG with a table beside it."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.shortcuts import render
from django.utils import timezone

from dialogue.intents import FAQ_INTENTS
from staff.catalogue import label
from staff.charts import bars
from staff.models import Conversation, HandOff, RasaEvent
from staff.reading import rasa_tables_ready
from staff.roles import staff_view
from staff.sync import sync

DAYS = 30
FEEDBACK = {"useful": "Ja, nuttig", "not_useful": "Nee, niet nuttig"}


def _per_day(since: dt.datetime) -> list[tuple[str, float]]:
    rows = (
        Conversation.objects.filter(first_at__gte=since)
        .annotate(day=TruncDate("first_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return [(row["day"].isoformat(), row["n"]) for row in rows]


def _grouped(field: str, labels) -> list[tuple[str, float]]:
    rows = Conversation.objects.values(field).annotate(n=Count("id")).order_by("-n")
    return [(labels(row[field]), row["n"]) for row in rows]


def _top_questions() -> list[tuple[str, float]]:
    if not rasa_tables_ready():
        return []
    rows = (
        RasaEvent.objects.filter(type_name="user", intent_name__in=FAQ_INTENTS)
        .values("intent_name")
        .annotate(n=Count("id"))
        .order_by("-n")[:10]
    )
    return [(row["intent_name"], row["n"]) for row in rows]


@staff_view
def dashboard(request):
    sync()
    since = timezone.now() - dt.timedelta(days=DAYS)
    total = Conversation.objects.count()
    fallback = Conversation.objects.filter(fallback=True).count()
    rate = round(100 * fallback / total, 1) if total else 0.0
    statuses = dict(HandOff.STATUSES)
    charts = [
        bars("Gesprekken per dag", f"Nieuwe gesprekken, laatste {DAYS} dagen", _per_day(since)),
        bars(
            "Wegen",
            "Gesprekken per weg (laatste antwoord)",
            _grouped("route", lambda r: label(f"utter_label_route_{r or 'unknown'}", r or "-")),
        ),
        bars("Meest gestelde vragen", "Vragen (FAQ-intents), aantal berichten", _top_questions()),
        bars(
            "Medewerker gevraagd",
            "Overdrachten per status",
            [(statuses[s], HandOff.objects.filter(status=s).count()) for s in statuses],
        ),
        bars(
            "Was dit nuttig?",
            "Antwoorden op de vraag na het antwoord",
            [(FEEDBACK[k], Conversation.objects.filter(feedback=k).count()) for k in FEEDBACK],
        ),
        bars(
            "Niet begrepen",
            f"Gesprekken met een fallback: {rate} %",
            [("met fallback", fallback), ("zonder fallback", total - fallback)],
            "gesprekken",
        ),
    ]
    return render(request, "staff/dashboard.html", {"charts": charts, "total": total, "rate": rate})
