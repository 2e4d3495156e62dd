"""The review list's filters and keyset paging over staff_conversation."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import Q, QuerySet

from eligibility.validation import RELATIONSHIPS, SPONSOR_STATUSES
from privacy.reference import normalise_reference
from staff.catalogue import label
from staff.models import Conversation

ROUTES = ("family_reunification", "humanitarian_visa", "not_possible", "unknown")
YES_NO = [("", "alle"), ("ja", "ja"), ("nee", "nee")]
PAGE = 50


def _choices(values, prefix: str) -> list[tuple[str, str]]:
    return [("", "alle")] + [(v, label(f"{prefix}{v}", v)) for v in values]


class Filters(forms.Form):
    date_from = forms.DateField(
        required=False, label="Van (datum)", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="Tot en met (datum)", widget=forms.DateInput(attrs={"type": "date"})
    )
    route = forms.ChoiceField(required=False, label="Weg")
    relationship = forms.ChoiceField(required=False, label="Familielid")
    sponsor_status = forms.ChoiceField(
        required=False,
        label="Status in België",
        choices=[("", "alle")] + [(s, s) for s in SPONSOR_STATUSES],
    )
    handoff = forms.ChoiceField(required=False, label="Medewerker gevraagd", choices=YES_NO)
    fallback = forms.ChoiceField(required=False, label="Niet begrepen (fallback)", choices=YES_NO)
    negative = forms.ChoiceField(required=False, label="Negatieve feedback", choices=YES_NO)
    reviewed = forms.ChoiceField(required=False, label="Nagekeken", choices=YES_NO)
    q = forms.CharField(required=False, max_length=100, label="Zoek (tekst of referentienummer)")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["route"].choices = _choices(ROUTES, "utter_label_route_")
        self.fields["relationship"].choices = _choices(RELATIONSHIPS, "utter_label_relationship_")


FLAGS = {"handoff": "handoff", "fallback": "fallback", "reviewed": "reviewed"}


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.timezone.utc)


def _dates(rows: QuerySet, data: dict) -> QuerySet:
    if data.get("date_from"):
        rows = rows.filter(last_at__gte=_day_start(data["date_from"]))
    if data.get("date_to"):
        rows = rows.filter(first_at__lt=_day_start(data["date_to"] + dt.timedelta(days=1)))
    return rows


def _feedback(rows: QuerySet, answer: str | None) -> QuerySet:
    if answer == "ja":
        return rows.filter(feedback="not_useful")
    if answer == "nee":
        return rows.filter(~Q(feedback="not_useful"))
    return rows


def apply(data: dict, rows: QuerySet | None = None) -> QuerySet:
    """The conversations matching the cleaned filter values, newest first."""
    rows = _dates(Conversation.objects.all() if rows is None else rows, data)
    for field in ("route", "sponsor_status"):
        if data.get(field):
            rows = rows.filter(**{field: data[field]})
    if data.get("relationship"):
        rows = rows.filter(relationships__contains=f",{data['relationship']},")
    for name, column in FLAGS.items():
        if data.get(name):
            rows = rows.filter(**{column: data[name] == "ja"})
    rows = _feedback(rows, data.get("negative"))
    if data.get("q"):
        rows = _search(rows, data["q"])
    return rows.order_by("-last_at", "-id")


def _search(rows: QuerySet, text: str) -> QuerySet:
    """A reference number ("SAM-..." in any spelling) finds its conversation; anything else
    searches the redacted user texts."""
    if text.strip().upper().startswith("SAM"):
        try:
            return rows.filter(reference=normalise_reference(text))
        except ValueError:
            pass
    return rows.filter(search_text__contains=text.lower())


def page(rows: QuerySet, cursor: str | None) -> tuple[list[Conversation], str | None]:
    """One page after `cursor` ("<last_at ISO>_<id>" of the previous page's last row)."""
    if cursor:
        try:
            stamp, _, ident = cursor.rpartition("_")
            last_at, last_id = dt.datetime.fromisoformat(stamp), int(ident)
            rows = rows.filter(Q(last_at__lt=last_at) | Q(last_at=last_at, id__lt=last_id))
        except ValueError:
            pass
    items = list(rows[: PAGE + 1])
    more = len(items) > PAGE
    items = items[:PAGE]
    next_cursor = f"{items[-1].last_at.isoformat()}_{items[-1].id}" if more else None
    return items, next_cursor
