"""URLs on :8080: the chat pages at / and /chat, the staff application under /staff/."""

from __future__ import annotations

from django.urls import include, path
from django.views.generic import RedirectView

from privacy.handoff import INTAKE_PATH
from staff import widget
from staff.views import admin, auth, conversations, corrections, dashboard, handoffs, intake

app_name = "staff"

staff_patterns = [
    path("", handoffs.home, name="home"),
    path("login/", auth.login_view, name="login"),
    path("logout/", auth.logout_view, name="logout"),
    path("password/", auth.password_change, name="password_change"),
    path("password/done/", auth.password_done, name="password_change_done"),
    path("handoffs/", handoffs.queue, name="handoffs"),
    path("handoffs/<str:reference>/", handoffs.detail, name="handoff"),
    path("handoffs/<str:reference>/update/", handoffs.update, name="handoff_update"),
    path("conversations/", conversations.listing, name="conversations"),
    path("conversations/<str:reference>/", conversations.transcript, name="transcript"),
    path("conversations/<str:reference>/tag/", conversations.tag, name="tag"),
    path("conversations/<str:reference>/note/", conversations.note, name="note"),
    path("conversations/<str:reference>/reviewed/", conversations.reviewed, name="reviewed"),
    path(
        "conversations/<str:reference>/correct/<int:event_id>/",
        corrections.correct,
        name="correct",
    ),
    path("corrections/", corrections.listing, name="corrections"),
    path("corrections/export.yml", corrections.export, name="export"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("admin/audit/", admin.audit, name="audit"),
    path("admin/accounts/", admin.accounts, name="accounts"),
    path("admin/erase/", admin.erase, name="erase"),
    path(INTAKE_PATH.removeprefix("/staff/"), intake.handoff_intake, name="intake"),
]

urlpatterns = [
    path("", widget.page, name="index"),
    path("staff", RedirectView.as_view(url="/staff/", permanent=False)),
    path("<str:name>", widget.page, name="page"),
    path("staff/", include((staff_patterns, "staff"))),
]

handler404 = "staff.widget.not_found"
handler403 = "staff.views.errors.forbidden"
handler500 = "staff.views.errors.server_error"
