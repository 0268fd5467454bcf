"""Filters of the list endpoints; a value that does not parse or names nothing known is a 400 that says so."""

import django_filters
from django.db.models import Q

from ingest.models import Document
from positions.models import Actor, EvidenceKind, Official, Position, ReviewState, Stance, Topic


class PositionFilter(django_filters.FilterSet):
    actor = django_filters.ModelMultipleChoiceFilter(
        queryset=Actor.objects.all(), field_name="actor", help_text="Actor code(s), e.g. actor=CHN&actor=IND."
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        queryset=Topic.objects.all(), field_name="topic", help_text="Topic slug(s)."
    )
    stance = django_filters.MultipleChoiceFilter(choices=Stance.choices, help_text="Stance value(s), −2 to +2.")
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", help_text="On or after (YYYY-MM-DD).")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", help_text="On or before (YYYY-MM-DD).")
    review_state = django_filters.MultipleChoiceFilter(
        choices=ReviewState.choices, method="filter_review_state",
        help_text="Review state(s). Without it, every record but the rejected ones.",
    )  # fmt: skip
    evidence_kind = django_filters.ChoiceFilter(choices=EvidenceKind.choices)
    extractor = django_filters.CharFilter(max_length=64)
    extractor_version = django_filters.CharFilter(max_length=32)
    document = django_filters.NumberFilter(field_name="document_id", min_value=1, max_value=2**63 - 1)

    class Meta:
        model = Position
        fields = []

    def filter_review_state(self, queryset, name, value):
        return queryset.filter(review_state__in=value) if value else queryset

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("review_state"):
            queryset = queryset.exclude(review_state=ReviewState.REJECTED)
        return queryset


class DocumentFilter(django_filters.FilterSet):
    source_actor = django_filters.ModelChoiceFilter(queryset=Actor.objects.all())
    kind = django_filters.ChoiceFilter(choices=Document.Kind.choices)
    published_from = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_to = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    language = django_filters.CharFilter(max_length=16)

    class Meta:
        model = Document
        fields = []


class OfficialFilter(django_filters.FilterSet):
    actor = django_filters.ModelChoiceFilter(queryset=Actor.objects.all())
    on = django_filters.DateFilter(method="filter_on", help_text="In office on this day (YYYY-MM-DD).")

    class Meta:
        model = Official
        fields = []

    def filter_on(self, queryset, name, value):
        return queryset.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=value)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=value)
        )


class ActorFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Actor.Kind.choices)

    class Meta:
        model = Actor
        fields = []
