"""The staff tables (`staff_*`), in the conversations' database.

Every table that belongs to a conversation has a column named exactly `reference` (the
"SAM-XXXX-XXXX" the user quotes): privacy.erasure and privacy.retention delete its rows
with the conversation's (privacy.store_schema.derived_tables). The one exception, by
design, is the audit log (see AuditEntry).

Rasa's tables (`events`, `samen_conversations`) appear here as unmanaged, read-only models:
Django never creates, changes or writes them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

REFERENCE_LENGTH = 16


class HandOff(models.Model):
    """A conversation whose user asked for a person (from the chat's events or the intake)."""

    NEW, IN_PROGRESS, DONE = "new", "in_progress", "done"
    STATUSES = [(NEW, "Nieuw"), (IN_PROGRESS, "In behandeling"), (DONE, "Afgehandeld")]

    reference = models.CharField(max_length=REFERENCE_LENGTH, unique=True)
    requested_at = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=16, choices=STATUSES, default=NEW, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Fernet token (privacy.handoff.encrypt_contact); NULL when none was left or once done
    contact_encrypted = models.TextField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class Conversation(models.Model):
    """The review index: one row per stored conversation, kept up to date from `events`
    (staff.sync); what the list's filters need, nothing else."""

    reference = models.CharField(max_length=REFERENCE_LENGTH, unique=True)
    sender_id = models.CharField(max_length=255, db_index=True)
    first_at = models.DateTimeField(db_index=True)
    last_at = models.DateTimeField(db_index=True)
    route = models.CharField(max_length=32, blank=True, default="", db_index=True)
    relationships = models.CharField(max_length=255, blank=True, default="")  # ",spouse,child,"
    sponsor_status = models.CharField(max_length=32, blank=True, default="", db_index=True)
    handoff = models.BooleanField(default=False, db_index=True)
    fallback = models.BooleanField(default=False, db_index=True)
    feedback = models.CharField(max_length=16, blank=True, default="", db_index=True)
    reviewed = models.BooleanField(default=False, db_index=True)
    reviewed_by = models.CharField(max_length=150, blank=True, default="")
    user_messages = models.IntegerField(default=0)
    search_text = models.TextField(blank=True, default="")  # the redacted user texts, lowercase
    last_event_id = models.BigIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["-last_at", "-id"], name="staff_conv_recent")]


class Tag(models.Model):
    reference = models.CharField(max_length=REFERENCE_LENGTH, db_index=True)
    name = models.CharField(max_length=40)
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["reference", "name"], name="staff_tag_once")]


class Note(models.Model):
    reference = models.CharField(max_length=REFERENCE_LENGTH, db_index=True)
    text = models.TextField(max_length=4000)
    author = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)


class Correction(models.Model):
    """The right intent and entities of one (redacted) user message, for the training data."""

    reference = models.CharField(max_length=REFERENCE_LENGTH, db_index=True)
    event_id = models.BigIntegerField()
    text = models.TextField()
    predicted_intent = models.CharField(max_length=64, blank=True, default="")
    intent = models.CharField(max_length=64, db_index=True)
    entities = models.JSONField(default=list)  # [{"entity", "start", "end", "value"}]
    author = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["reference", "event_id"], name="staff_correction_once")
        ]


class AuditEntry(models.Model):
    """Who did what, when, to which conversation: kept after the conversation is erased.

    Accountability (GDPR art. 5(2)): the NGO must show who read what, also after an
    erasure. So the reference column is named `conversation_reference`, NOT `reference`,
    and erasure/retention (privacy.store_schema.derived_tables) leave these rows alone. It
    holds no conversation content: user name, time, reference number and an action word.
    """

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    username = models.CharField(max_length=150, db_index=True)
    conversation_reference = models.CharField(
        max_length=REFERENCE_LENGTH, blank=True, default="", db_index=True
    )
    action = models.CharField(max_length=40)
    detail = models.CharField(max_length=200, blank=True, default="")


class LoginFailure(models.Model):
    """Failed logins per account name (staff.throttle): locks the name for a while."""

    username = models.CharField(max_length=150, unique=True)
    failures = models.IntegerField(default=0)
    last_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)


class SyncState(models.Model):
    """The watermark of staff.sync: the highest `events.id` already indexed."""

    name = models.CharField(max_length=32, primary_key=True)
    last_event_id = models.BigIntegerField(default=0)


class RasaEvent(models.Model):
    """Rasa's `events` table (privacy.store_schema.SQLEvent), redacted: read only."""

    id = models.IntegerField(primary_key=True)
    sender_id = models.CharField(max_length=255)
    type_name = models.CharField(max_length=255)
    timestamp = models.FloatField(null=True)
    intent_name = models.CharField(max_length=255, null=True)
    action_name = models.CharField(max_length=255, null=True)
    data = models.TextField(null=True)

    class Meta:
        managed = False
        db_table = "events"


class StoredConversation(models.Model):
    """The store's `samen_conversations` table: reference <-> storage id; read only."""

    reference = models.CharField(max_length=REFERENCE_LENGTH, primary_key=True)
    sender_id = models.CharField(max_length=255)
    first_event_at = models.DateTimeField()
    last_event_at = models.DateTimeField()
    consent = models.CharField(max_length=16)

    class Meta:
        managed = False
        db_table = "samen_conversations"
