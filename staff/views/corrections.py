"""Correct a message (intent and entities), the corrections with counts, the export."""

from __future__ import annotations

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from staff import audit
from staff.catalogue import entities, intents
from staff.models import Correction
from staff.reading import events_of, reference_or_404, user_message
from staff.roles import admin_view, staff_view
from staff.training import Span, SpanError, check_overlap, export_yaml, locate

ROWS = 4


def _spans(request, text: str) -> list[Span]:
    known = set(entities())
    spans = []
    for index in range(ROWS):
        entity = request.POST.get(f"entity_{index}") or ""
        if not entity:
            continue
        if entity not in known:
            raise SpanError(f"onbekende entiteit '{entity}'")
        spans.append(
            locate(
                text,
                entity,
                request.POST.get(f"text_{index}") or "",
                request.POST.get(f"start_{index}"),
                request.POST.get(f"end_{index}"),
                request.POST.get(f"value_{index}") or "",
            )
        )
    check_overlap(spans)
    return spans


@staff_view
def correct(request, reference: str, event_id: int):
    reference = reference_or_404(reference)
    message = user_message(events_of(reference), event_id)
    if message is None:
        raise Http404("geen bericht")
    existing = Correction.objects.filter(reference=reference, event_id=event_id).first()
    error = ""
    if request.method == "POST":
        try:
            intent = request.POST.get("intent") or ""
            if intent not in intents():
                raise SpanError("kies een intent uit de lijst")
            spans = _spans(request, message.text)
            Correction.objects.update_or_create(
                reference=reference,
                event_id=event_id,
                defaults={
                    "text": message.text,
                    "intent": intent,
                    "predicted_intent": message.intent,
                    "entities": [s.as_dict() for s in spans],
                    "author": request.user.get_username(),
                },
            )
            audit.record(request, "correction", reference, intent)
            return redirect("staff:transcript", reference)
        except SpanError as problem:
            error = str(problem)
    audit.record(request, "correct_view", reference)
    return render(
        request,
        "staff/correct.html",
        {
            "reference": reference,
            "message": message,
            "existing": existing,
            "error": error,
            "intents": intents(),
            "entities": entities(),
            "rows": range(ROWS),
            "chosen": request.POST.get("intent")
            or (existing.intent if existing else message.intent),
        },
        status=400 if error else 200,
    )


@staff_view
def listing(request):
    counts = Correction.objects.values("intent").annotate(n=Count("id")).order_by("-n", "intent")
    latest = Correction.objects.order_by("-created_at")[:100]
    return render(
        request,
        "staff/corrections.html",
        {"counts": counts, "latest": latest, "total": Correction.objects.count()},
    )


@admin_view
def export(request):
    rows = Correction.objects.order_by("intent", "id").values_list("text", "intent", "entities")
    body = export_yaml([(t, i, e or []) for t, i, e in rows])
    audit.record(request, "export", detail=f"{len(rows)} corrections")
    response = HttpResponse(body, content_type="text/yaml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="staff_corrections.yml"'
    return response
