"""The NGO staff application (Django): hand-offs, conversation review, corrections, erasure.

Served by gunicorn on :8080 with the chat widget's pages (`staff.wsgi`); its tables
(`staff_*`) live in the conversations' database (privacy.settings.database_url).
"""
