"""The domain: who (Actor, Official) said what (Position) about which proposition (Topic), and when."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords


def _names():
    # Text, not varchar(n): PostgreSQL silently truncates array items cast to varchar(n).
    return ArrayField(models.TextField(), default=list, blank=True)


class Actor(models.Model):
    """A state (ISO 3166-1 alpha-3) or an organisation (short code such as EU, NATO, UN)."""

    class Kind(models.TextChoices):
        STATE = "state", "State"
        ORGANISATION = "organisation", "Organisation"

    class UNStatus(models.TextChoices):
        MEMBER = "member", "UN member"
        OBSERVER = "observer", "UN observer state"
        NONE = "", "Not a UN state"

    code = models.CharField(primary_key=True, max_length=12)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    name = models.CharField(max_length=200)
    aliases = _names()
    demonyms = _names()
    capital = models.CharField(max_length=200, blank=True)
    metonyms = _names()
    un_status = models.CharField(max_length=8, choices=UNStatus.choices, blank=True)
    reference_digest = models.CharField(
        max_length=64, blank=True, editable=False, help_text="Digest of the reference-file values last loaded."
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="organisation") | Q(code__regex=r"^[A-Z]{3}$"),
                name="actor_state_code_is_alpha3",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"


def stint_covers(valid_from, valid_to, day) -> bool:
    """Whether a role held from ``valid_from`` to ``valid_to`` (either open) was held on ``day``."""
    return (valid_from is None or valid_from <= day) and (valid_to is None or day <= valid_to)


class Official(models.Model):
    """One stint of a person speaking for an actor in a role, over a date range."""

    class RoleKind(models.TextChoices):
        HEAD_OF_STATE = "head_of_state", "Head of state"
        HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
        FOREIGN_MINISTER = "foreign_minister", "Foreign minister"
        DEFENCE_MINISTER = "defence_minister", "Defence minister"
        SPOKESPERSON = "spokesperson", "Spokesperson"
        UN_AMBASSADOR = "un_ambassador", "UN ambassador"
        ENVOY = "envoy", "Envoy"
        ORGANISATION_LEADER = "organisation_leader", "Organisation leader"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    aliases = _names()
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="officials")
    role = models.CharField(max_length=200)
    role_kind = models.CharField(max_length=24, choices=RoleKind.choices, default=RoleKind.OTHER)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True, help_text="Empty while still in office.")
    reference_digest = models.CharField(
        max_length=64, blank=True, editable=False, help_text="Digest of the reference-file values last loaded."
    )

    class Meta:
        ordering = ["name", "valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "actor", "role", "valid_from"], name="official_unique_stint"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=F("valid_from")),
                name="official_stint_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.role} ({self.actor_id})"


class Topic(models.Model):
    """A proposition that fixes polarity: +2 always means strongly for it."""

    slug = models.SlugField(primary_key=True, max_length=64)
    name = models.CharField(max_length=120)
    proposition = models.TextField()
    description = models.TextField(blank=True)
    patterns = ArrayField(
        models.TextField(),
        default=list,
        blank=True,
        help_text="Phrases that signal the topic, lower case; a trailing * matches any ending.",
    )
    is_core = models.BooleanField(default=False)
    reference_digest = models.CharField(
        max_length=64, blank=True, editable=False, help_text="Digest of the reference-file values last loaded."
    )
    history = HistoricalRecords(excluded_fields=["reference_digest"])

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.slug


class Stance(models.IntegerChoices):
    STRONGLY_OPPOSES = -2, "Strongly opposes"
    OPPOSES = -1, "Opposes"
    NEUTRAL = 0, "Neutral"
    SUPPORTS = 1, "Supports"
    STRONGLY_SUPPORTS = 2, "Strongly supports"


class ReviewState(models.TextChoices):
    AUTO = "auto", "Automatic"
    VERIFIED = "verified", "Verified"
    CORRECTED = "corrected", "Corrected"
    REJECTED = "rejected", "Rejected"
    ADDED = "added", "Added by a reviewer"


class EvidenceKind(models.TextChoices):
    STATEMENT = "statement", "Statement"
    VOTE = "vote", "Recorded vote"


class PositionQuerySet(models.QuerySet):
    def automatic(self):
        return self.filter(review_state=ReviewState.AUTO)

    def reviewed(self):
        return self.exclude(review_state=ReviewState.AUTO)

    def shown(self):
        """Records that charts and pages draw: everything a reviewer has not rejected."""
        return self.exclude(review_state=ReviewState.REJECTED)


class Position(models.Model):
    """An actor's stated stance on a topic on a day, with the quote that proves it."""

    document = models.ForeignKey("ingest.Document", on_delete=models.PROTECT, related_name="positions")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="positions")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="positions")
    stance = models.SmallIntegerField(choices=Stance.choices)
    date = models.DateField()
    quote = models.TextField()
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    speaker = models.ForeignKey(Official, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    speaker_name = models.CharField(max_length=200, blank=True)
    evidence_kind = models.CharField(
        max_length=12, choices=EvidenceKind.choices, default=EvidenceKind.STATEMENT
    )
    confidence = models.FloatField(default=1.0)
    extractor = models.CharField(max_length=64)
    extractor_version = models.CharField(max_length=32, blank=True)
    review_state = models.CharField(max_length=12, choices=ReviewState.choices, default=ReviewState.AUTO)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = PositionQuerySet.as_manager()

    class Meta:
        # Role permissions the models' own add/change/delete/view do not cover (the roles are in review/permissions.py).
        permissions = [
            ("review_position", "Can verify, correct, reject and add position records"),
            ("export_chart", "Can export and embed charts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(stance__gte=-2, stance__lte=2), name="position_stance_in_range"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0, confidence__lte=1), name="position_confidence_in_range"
            ),
            models.CheckConstraint(
                condition=Q(span_start__isnull=True) | Q(span_end__gte=F("span_start")),
                name="position_span_is_ordered",
            ),
            # Extraction writes one automatic record per (document, actor, topic); re-extraction relies on it.
            models.UniqueConstraint(
                fields=["document", "actor", "topic"],
                condition=Q(review_state="auto"),
                name="position_one_auto_record_per_document_actor_topic",
            ),
        ]
        indexes = [
            # The timeline query: one topic, some actors, a date range, reading stance without the heap.
            models.Index(fields=["topic", "actor", "date"], include=["stance"], name="position_timeline_idx"),
            # An actor's page: every topic it spoke to, newest first.
            models.Index(fields=["actor", "topic", "-date"], name="position_actor_topic_date_idx"),
            # The statements lists of a topic page and an actor page: newest first, read until a page is full.
            models.Index(fields=["topic", "-date", "-id"], name="position_topic_recent_idx"),
            models.Index(fields=["actor", "-date", "-id"], name="position_actor_recent_idx"),
            # The review queue: automatic records, lowest confidence first.
            models.Index(fields=["review_state", "confidence"], name="position_review_queue_idx"),
        ]

    def __str__(self):
        return f"{self.actor_id} {self.topic_id} {self.stance:+d} on {self.date}"

    @property
    def is_locked(self) -> bool:
        """A human has decided on this record; automatic re-extraction must leave it alone."""
        return self.review_state != ReviewState.AUTO


class SeriesDay(models.Model):
    """One row per actor, topic and day with a shown record: the record that decides that day's stance.

    Charts read this instead of every record. Database triggers note each (actor, topic, day) a write to
    positions touches in ``SeriesDirty``; ``positions.series.refresh`` recomputes those days (see
    migration 0005), and every read refreshes first if anything is pending, so the table is never stale
    when read. Reviewed records decide a day before automatic ones; then the latest stored.
    """

    pk = models.CompositePrimaryKey("actor_id", "topic_id", "day")
    actor_id = models.CharField(max_length=12)
    topic_id = models.CharField(max_length=64)
    day = models.DateField()
    stance = models.SmallIntegerField()
    position_id = models.BigIntegerField()
    records = models.IntegerField(help_text="Shown records of this actor on this topic on this day.")

    class Meta:
        db_table = "positions_series"
        indexes = [
            # The overview's default rows and the topic page's actor list: records per actor, per topic.
            models.Index(fields=["topic_id", "actor_id"], include=["records"], name="series_topic_actor_idx"),
        ]

    def __str__(self):
        return f"{self.actor_id} {self.topic_id} {self.day}: {self.stance:+d}"


class SeriesPair(models.Model):
    """One row per actor and topic with a shown record: how many, and the last day. Kept with the series.

    The default lines of a chart (the most active actors) and the lists of who spoke to what read these
    few thousand rows instead of a million records."""

    pk = models.CompositePrimaryKey("actor_id", "topic_id")
    actor_id = models.CharField(max_length=12)
    topic_id = models.CharField(max_length=64)
    records = models.IntegerField()
    last_day = models.DateField()

    class Meta:
        db_table = "positions_series_pair"
        indexes = [models.Index(fields=["topic_id", "actor_id"], name="series_pair_topic_idx")]

    def __str__(self):
        return f"{self.actor_id} {self.topic_id}: {self.records}"


class SeriesDirty(models.Model):
    """Days whose series row must be worked out again; written by triggers, emptied by a refresh."""

    actor_id = models.CharField(max_length=12)
    topic_id = models.CharField(max_length=64)
    day = models.DateField()

    class Meta:
        db_table = "positions_series_dirty"

    def __str__(self):
        return f"{self.actor_id} {self.topic_id} {self.day}"
