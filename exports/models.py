"""Embeds: a chart published by an editor in an iframe, live (redrawn from today's data) or frozen."""

import uuid

from django.conf import settings
from django.db import models


class Embed(models.Model):
    """A published chart. A frozen embed keeps the figure, table and records as they were when it was made
    and never changes after; a live one keeps only the chart's parameters and is drawn anew on each view."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, help_text="The secret in its link.")
    kind = models.CharField(max_length=20)
    params = models.JSONField(default=dict, help_text="The chart's query parameters.")
    frozen = models.BooleanField(default=True)
    title = models.CharField(max_length=300)
    caption = models.TextField(blank=True)
    data_version = models.BigIntegerField(default=0)
    figure = models.JSONField(null=True, blank=True)
    table = models.JSONField(null=True, blank=True)
    records = models.JSONField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="embeds"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(frozen=False) | models.Q(figure__isnull=False),
                name="embed_frozen_keeps_its_figure",
            ),
        ]

    def __str__(self) -> str:
        return f"{'frozen' if self.frozen else 'live'} {self.kind}: {self.title}"
