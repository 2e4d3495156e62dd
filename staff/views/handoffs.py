"""The hand-off queue: conversations whose user asked for a person, newest first."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from privacy.handoff import decrypt_contact
from staff import audit
from staff.models import AuditEntry, HandOff
from staff.reading import events_of, reference_or_404
from staff.roles import staff_view
from staff.summary import case_summary
from staff.sync import sync

PAGE = 25


@staff_view
def home(request):
    return redirect("staff:handoffs")


@staff_view
def queue(request):
    sync()
    status = request.GET.get("status") or ""
    rows = HandOff.objects.select_related("assigned_to").order_by("-requested_at", "-id")
    if status in dict(HandOff.STATUSES):
        rows = rows.filter(status=status)
    page = Paginator(rows, PAGE).get_page(request.GET.get("pagina"))
    items = [(h, case_summary(events_of(h.reference))) for h in page]
    AuditEntry.objects.bulk_create(
        [
            AuditEntry(
                username=request.user.get_username(),
                conversation_reference=h.reference,
                action="queue",
            )
            for h in page
        ]
    )
    return render(
        request,
        "staff/handoffs.html",
        {
            "items": items,
            "page": page,
            "status": status,
            "tabs": [
                (s, label, HandOff.objects.filter(status=s).count())
                for s, label in HandOff.STATUSES
            ],
        },
    )


@staff_view
def detail(request, reference: str):
    reference = reference_or_404(reference)
    handoff = get_object_or_404(HandOff, reference=reference)
    summary = case_summary(events_of(reference))
    contact = None
    if handoff.contact_encrypted:
        contact = decrypt_contact(handoff.contact_encrypted) or "(niet leesbaar met deze sleutel)"
        audit.record(request, "contact", reference)
    audit.record(request, "handoff", reference)
    return render(
        request,
        "staff/handoff.html",
        {
            "handoff": handoff,
            "summary": summary,
            "contact": contact,
            "statuses": HandOff.STATUSES,
        },
    )


@require_POST
@staff_view
def update(request, reference: str):
    """Assign to me, or change the status; done deletes the contact."""
    reference = reference_or_404(reference)
    handoff = get_object_or_404(HandOff, reference=reference)
    action = request.POST.get("action")
    if action == "assign":
        handoff.assigned_to = request.user
        if handoff.status == HandOff.NEW:
            handoff.status = HandOff.IN_PROGRESS
    elif action == "status" and request.POST.get("status") in dict(HandOff.STATUSES):
        handoff.status = request.POST["status"]
    else:
        return HttpResponseBadRequest("Onbekende actie.\n", content_type="text/plain")
    if handoff.status == HandOff.DONE:
        handoff.contact_encrypted = None  # the contact was kept only to call back
    handoff.save()
    audit.record(request, f"handoff_{action}", reference, handoff.status)
    if request.POST.get("next") == "queue":
        return redirect("staff:handoffs")
    return redirect("staff:handoff", reference)
