"""The WSGI application gunicorn serves on :8080 (launcher/stack.py): staff app + widget pages."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "staff.settings")
application = get_wsgi_application()
