"""Where statements come from (Source), what was fetched (Document) and each poll or import (IngestRun)."""

from datetime import timedelta

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q

from ingest.sources import source_kind_choices


class Source(models.Model):
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=source_kind_choices())
    url = models.URLField(max_length=1000, blank=True)
    path = models.CharField(max_length=1000, blank=True, help_text="A file or folder, for file imports.")
    default_actor = models.ForeignKey(
        "positions.Actor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        help_text="The actor whose own channel this is (a ministry's feed); empty for news.",
    )
    poll_interval = models.DurationField(default=timedelta(hours=1))
    enabled = models.BooleanField(default=True)
    options = models.JSONField(default=dict, blank=True, help_text="Kind-specific settings.")
    # Conditional GET state, so that an unchanged feed costs one small request.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(url="") | ~Q(path=""), name="source_has_url_or_path"),
            models.UniqueConstraint(fields=["kind", "url", "path"], name="source_unique_kind_location"),
        ]

    def __str__(self):
        return self.name


class DocumentManager(models.Manager):
    def get_queryset(self):
        # The stored search vector is as large as the text and only search reads it: leave it behind.
        return super().get_queryset().defer("search")


class Document(models.Model):
    class Kind(models.TextChoices):
        STATEMENT = "statement", "Statement, report or transcript"
        VOTES = "votes", "Recorded votes"

    class Status(models.TextChoices):
        FETCHED = "fetched", "Fetched, not yet extracted"
        EXTRACTED = "extracted", "Extracted"
        FAILED = "failed", "Failed"

    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.STATEMENT)
    url = models.URLField(max_length=2000, blank=True, help_text="Canonical URL: no tracking parameters.")
    title = models.CharField(max_length=1000, blank=True)
    published = models.DateField()
    language = models.CharField(max_length=16, blank=True)
    text = models.TextField()
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised text.")
    source_actor = models.ForeignKey(
        "positions.Actor", on_delete=models.PROTECT, null=True, blank=True, related_name="own_documents"
    )
    speaker_name = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.FETCHED)
    error = models.TextField(blank=True)
    fetched_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    # The words of the title (weight A) and text (weight B), kept by PostgreSQL on every write.
    search = models.GeneratedField(
        expression=SearchVector("title", weight="A", config="english")
        + SearchVector("text", weight="B", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = DocumentManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="document_unique_canonical_url"
            ),
            models.UniqueConstraint(fields=["content_hash"], name="document_unique_content_hash"),
        ]
        indexes = [
            # The statements list of a page and the "latest statements" feed.
            models.Index(fields=["-published"], name="document_published_idx"),
            models.Index(fields=["status"], name="document_status_idx"),
            # Full-text search reads the stored vector, so ranking never re-parses a document's text.
            GinIndex(fields=["search"], name="document_search_vector_idx"),
        ]

    def __str__(self):
        return self.title or self.url or f"Document {self.pk}"


class IngestRun(models.Model):
    class Kind(models.TextChoices):
        POLL = "poll", "Poll"
        IMPORT = "import", "Import"
        EXTRACT = "extract", "Re-extraction"

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        PARTIAL = "partial", "Finished with errors"
        FAILED = "failed", "Failed"

    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="runs")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.RUNNING)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    seen = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    pending = models.PositiveIntegerField(default=0, help_text="Items handed to fetch tasks, not yet done.")
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["-started_at"], name="ingestrun_started_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return self.finished_at - self.started_at if self.finished_at else None


class FailedItem(models.Model):
    """An item that could not be fetched or stored: kept with its error until a retry succeeds."""

    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, null=True, blank=True, related_name="failures"
    )
    run = models.ForeignKey(
        IngestRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="failures"
    )
    url = models.URLField(max_length=2000, blank=True)
    location = models.CharField(max_length=1000, blank=True, help_text="A file and line, for file imports.")
    error = models.TextField()
    attempts = models.PositiveIntegerField(default=1)
    first_failed_at = models.DateTimeField(auto_now_add=True)
    last_failed_at = models.DateTimeField(auto_now=True)
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["-last_failed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "url", "location"],
                condition=Q(resolved=False),
                name="faileditem_one_open_failure_per_item",
            ),
        ]

    def __str__(self):
        return self.url or self.location
