"""Roles as Django groups: `reviewer` (read, tag, correct) and `admin` (also erase, export,
manage accounts). Views are wrapped in `staff_view` or `admin_view`."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

REVIEWER, ADMIN = "reviewer", "admin"
ROLES = (REVIEWER, ADMIN)
ROLE_LABELS = {
    REVIEWER: "Lezer (lezen, labelen, verbeteren)",
    ADMIN: "Beheerder (ook wissen, exporteren, accounts)",
}


def role_of(user) -> str | None:
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return ADMIN
    names = set(user.groups.values_list("name", flat=True))
    if ADMIN in names:
        return ADMIN
    return REVIEWER if REVIEWER in names else None


def is_admin(user) -> bool:
    return role_of(user) == ADMIN


def staff_view(view):
    """Login required (redirect to the login page), and a staff role (else 403)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if role_of(request.user) is None:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(checked)


def admin_view(view):
    """Login required, and the admin role (a reviewer gets 403)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not is_admin(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(checked)


def context(request) -> dict:
    """Template context: the user's role (for the menu)."""
    user = getattr(request, "user", None)
    role = role_of(user) if user is not None else None
    return {"staff_role": role, "staff_is_admin": role == ADMIN}
