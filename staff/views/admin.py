"""Admin pages: the audit log, accounts, erasure by reference number (with the retention)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render

from privacy.erasure import erase as erase_conversation
from privacy.reference import normalise_reference
from privacy.settings import database_url, retention_days, retention_text
from staff import audit as audit_log
from staff.models import AuditEntry
from staff.roles import ROLE_LABELS, ROLES, admin_view, role_of


@admin_view
def audit(request):
    rows = AuditEntry.objects.order_by("-at", "-id")
    reference = (request.GET.get("referentie") or "").strip()
    if reference:
        try:
            rows = rows.filter(conversation_reference=normalise_reference(reference))
        except ValueError:
            rows = rows.none()
    page = Paginator(rows, 100).get_page(request.GET.get("pagina"))
    return render(request, "staff/audit.html", {"page": page, "reference": reference})


class AccountForm(forms.Form):
    username = forms.RegexField(regex=r"^[\w.@+-]{2,150}$", label="Gebruikersnaam")
    role = forms.ChoiceField(choices=[(r, ROLE_LABELS[r]) for r in ROLES], label="Rol")
    password = forms.CharField(widget=forms.PasswordInput, label="Wachtwoord (min. 10 tekens)")

    def clean(self):
        data = super().clean()
        if get_user_model().objects.filter(username=data.get("username")).exists():
            raise ValidationError("Deze gebruikersnaam bestaat al.")
        if data.get("password"):
            user = get_user_model()(username=data.get("username") or "")
            validate_password(data["password"], user)
        return data


def create_account(username: str, role: str, password: str):
    """One account with one role (also used by `python -m staff createstaff`)."""
    user_model = get_user_model()
    with transaction.atomic():
        user = user_model.objects.create_user(username=username, password=password)
        user.groups.set([Group.objects.get_or_create(name=role)[0]])
    return user


@admin_view
def accounts(request):
    form = AccountForm(request.POST if request.POST.get("action") == "create" else None)
    if request.method == "POST":
        if request.POST.get("action") == "create" and form.is_valid():
            data = form.cleaned_data
            create_account(data["username"], data["role"], data["password"])
            audit_log.record(request, "account_create", detail=f"{data['username']} {data['role']}")
            return redirect("staff:accounts")
        if request.POST.get("action") == "active":
            _toggle_active(request)
            return redirect("staff:accounts")
    users = get_user_model().objects.order_by("username").prefetch_related("groups")
    rows = [(u, role_of(u) or "-") for u in users]
    return render(request, "staff/accounts.html", {"rows": rows, "form": form})


def _toggle_active(request) -> None:
    user = get_user_model().objects.filter(pk=request.POST.get("user")).first()
    if user is None or user == request.user:
        return
    user.is_active = not user.is_active
    user.save(update_fields=["is_active"])
    word = "account_enable" if user.is_active else "account_disable"
    audit_log.record(request, word, detail=user.get_username())


@admin_view
def erase(request):
    """Step 1: type the reference; step 2: confirm; then privacy.erasure.erase and its line."""
    context = {"retention_days": retention_days(), "retention_text": retention_text()}
    typed = (request.POST.get("reference") or request.GET.get("referentie") or "").strip()
    if not typed:
        return render(request, "staff/erase.html", context)
    try:
        reference = normalise_reference(typed)
    except ValueError:
        context["error"] = f"'{typed}' is geen referentienummer (SAM-XXXX-XXXX)."
        return render(request, "staff/erase.html", context, status=400)
    context["reference"] = reference
    if request.method == "POST" and request.POST.get("confirm") == "ja":
        result = erase_conversation(reference, database_url())
        audit_log.record(request, "erase", reference, result.line())
        context["line"] = result.line()
    return render(request, "staff/erase.html", context)
