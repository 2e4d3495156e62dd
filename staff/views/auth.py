"""Login (throttled), logout (POST only) and password change: Django's own views."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from staff.throttle import ThrottledAuthenticationForm

login_view = auth_views.LoginView.as_view(
    template_name="staff/login.html",
    authentication_form=ThrottledAuthenticationForm,
    redirect_authenticated_user=True,
)
logout_view = auth_views.LogoutView.as_view(http_method_names=["post", "options"])
password_change = auth_views.PasswordChangeView.as_view(
    template_name="staff/password_change.html",
    success_url=reverse_lazy("staff:password_change_done"),
)
password_done = auth_views.PasswordChangeDoneView.as_view(template_name="staff/password_done.html")
