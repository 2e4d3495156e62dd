"""The audit log: one row per view of a conversation and per action on one."""

from __future__ import annotations

from staff.models import AuditEntry


def record(request, action: str, reference: str = "", detail: str = "") -> None:
    AuditEntry.objects.create(
        username=request.user.get_username(),
        conversation_reference=reference or "",
        action=action,
        detail=detail[:200],
    )
