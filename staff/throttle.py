"""Login throttling: after STAFF_LOGIN_FAILURES failed logins for one account name the name
is locked for STAFF_LOCK_MINUTES (also for the right password). Django's AuthenticationForm
does the login itself; this only counts (table staff_loginfailure, shared by all workers)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone

from staff.models import LoginFailure

LOCKED = (
    "Te veel mislukte pogingen. Dit account is tijdelijk geblokkeerd; probeer het over "
    "{minutes} minuten opnieuw."
)


def _key(username: str) -> str:
    return (username or "").strip().lower()[:150]


def locked(username: str) -> bool:
    row = LoginFailure.objects.filter(username=_key(username)).first()
    return bool(row and row.locked_until and row.locked_until > timezone.now())


def failed(username: str) -> None:
    now = timezone.now()
    row, _ = LoginFailure.objects.get_or_create(username=_key(username), defaults={"last_at": now})
    window = dt.timedelta(minutes=settings.STAFF_LOCK_MINUTES)
    if row.last_at < now - window:
        row.failures = 0
    row.failures += 1
    row.last_at = now
    if row.failures >= settings.STAFF_LOGIN_FAILURES:
        row.locked_until = now + window
    row.save()


def succeeded(username: str) -> None:
    LoginFailure.objects.filter(username=_key(username)).delete()


class ThrottledAuthenticationForm(AuthenticationForm):
    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if locked(username):
            raise forms.ValidationError(
                LOCKED.format(minutes=settings.STAFF_LOCK_MINUTES), code="locked"
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            failed(username)
            raise
        succeeded(username)
        return cleaned
