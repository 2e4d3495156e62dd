"""Conversation review: the filtered list, the transcript, tags, notes, "mark reviewed"."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from staff import audit, filters
from staff.models import Conversation, Correction, HandOff, Note, Tag
from staff.reading import events_of, reference_or_404
from staff.reading import transcript as transcript_lines
from staff.roles import staff_view
from staff.summary import case_summary
from staff.sync import sync

MAX_TAG = 40


@staff_view
def listing(request):
    sync()
    form = filters.Filters(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    rows = filters.apply(data)
    items, cursor = filters.page(rows, request.GET.get("na"))
    query = request.GET.copy()
    query.pop("na", None)
    return render(
        request,
        "staff/conversations.html",
        {
            "form": form,
            "items": items,
            "next_cursor": cursor,
            "query": query.urlencode(),
            "total": rows.count(),
        },
    )


@staff_view
def transcript(request, reference: str):
    reference = reference_or_404(reference)
    events = events_of(reference)
    conversation = Conversation.objects.filter(reference=reference).first()
    if not events and conversation is None:
        raise Http404("geen gesprek met dit referentienummer")
    audit.record(request, "transcript", reference)
    corrected = dict(
        Correction.objects.filter(reference=reference).values_list("event_id", "intent")
    )
    return render(
        request,
        "staff/transcript.html",
        {
            "reference": reference,
            "conversation": conversation,
            "lines": transcript_lines(events),
            "summary": case_summary(events),
            "tags": Tag.objects.filter(reference=reference).order_by("name"),
            "notes": Note.objects.filter(reference=reference).order_by("created_at"),
            "handoff": HandOff.objects.filter(reference=reference).first(),
            "corrected": corrected,
        },
    )


@require_POST
@staff_view
def tag(request, reference: str):
    reference = reference_or_404(reference)
    name = " ".join((request.POST.get("name") or "").split())[:MAX_TAG].lower()
    if request.POST.get("remove"):
        Tag.objects.filter(reference=reference, name=name).delete()
        audit.record(request, "untag", reference, name)
    elif name:
        Tag.objects.get_or_create(
            reference=reference, name=name, defaults={"created_by": request.user.get_username()}
        )
        audit.record(request, "tag", reference, name)
    return redirect("staff:transcript", reference)


@require_POST
@staff_view
def note(request, reference: str):
    reference = reference_or_404(reference)
    text = (request.POST.get("text") or "").strip()[:4000]
    if text:
        Note.objects.create(reference=reference, text=text, author=request.user.get_username())
        audit.record(request, "note", reference)
    return redirect("staff:transcript", reference)


@require_POST
@staff_view
def reviewed(request, reference: str):
    reference = reference_or_404(reference)
    done = request.POST.get("reviewed") != "0"
    Conversation.objects.filter(reference=reference).update(
        reviewed=done, reviewed_by=request.user.get_username() if done else ""
    )
    audit.record(
        request,
        "reviewed" if done else "unreviewed",
        reference,
        timezone.now().isoformat(timespec="seconds"),
    )
    return redirect("staff:transcript", reference)
