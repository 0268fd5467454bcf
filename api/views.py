"""The REST API: read-only lists and details with filters and cursor pages, the timeline series a chart
draws, and a streamed CSV of positions that holds a million rows in constant memory."""

from __future__ import annotations

from django.http import JsonResponse, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.filters import ActorFilter, DocumentFilter, OfficialFilter, PositionFilter
from api.pagination import ByKey, NewestFirst
from exports.rendering import csv_lines
from ingest.models import Document
from positions import bundles, queries
from positions.charts import statement_url
from positions.models import Actor, Official, Position, Topic
from positions.params import BadParameter, parse_date_range, parse_topic
from positions.series import cached


def not_found(request, *args, **kwargs) -> JsonResponse:
    return JsonResponse({"detail": f"There is nothing at {request.path} in this API; see /api/docs/."}, status=404)


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    """States and organisations, by code."""

    queryset = Actor.objects.order_by("code")
    serializer_class = serializers.ActorSerializer
    filterset_class = ActorFilter
    pagination_class = ByKey


class TopicViewSet(viewsets.ReadOnlyModelViewSet):
    """The core topics, by slug."""

    queryset = Topic.objects.order_by("slug")
    serializer_class = serializers.TopicSerializer
    pagination_class = ByKey


class OfficialViewSet(viewsets.ReadOnlyModelViewSet):
    """Officials, one row per stint in a role."""

    queryset = Official.objects.order_by("pk")
    serializer_class = serializers.OfficialSerializer
    filterset_class = OfficialFilter
    pagination_class = ByKey


class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    """Stored statements, transcripts, reports and vote tables; the full text in the detail only."""

    queryset = Document.objects.order_by("pk")
    filterset_class = DocumentFilter
    pagination_class = ByKey

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.defer("text", "error") if self.action == "list" else queryset

    def get_serializer_class(self):
        return serializers.DocumentListSerializer if self.action == "list" else serializers.DocumentSerializer


class PositionViewSet(viewsets.ReadOnlyModelViewSet):
    """Position records, newest first, each with the quote that proves it."""

    queryset = Position.objects.all()
    serializer_class = serializers.PositionSerializer
    filterset_class = PositionFilter
    pagination_class = NewestFirst


CSV_COLUMNS = [
    "id", "date", "actor", "actor_name", "topic", "stance", "evidence_kind", "speaker_name", "quote",
    "confidence", "extractor", "extractor_version", "review_state", "document", "statement_url",
]  # fmt: skip
_DB_COLUMNS = [
    "id", "date", "actor_id", "actor__name", "topic_id", "stance", "evidence_kind", "speaker_name", "quote",
    "confidence", "extractor", "extractor_version", "review_state", "document_id",
]  # fmt: skip
CSV_CHUNK = 5000


class PositionCSVView(generics.GenericAPIView):
    """Every position that matches the filters, as CSV, streamed: rows leave as the database sends them."""

    queryset = Position.objects.all()
    filterset_class = PositionFilter
    pagination_class = None

    @extend_schema(
        responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per record.")},
        operation_id="positions_csv",
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        matching = self.filter_queryset(self.get_queryset())
        rows = matching.order_by("date", "id").values_list(*_DB_COLUMNS).iterator(chunk_size=CSV_CHUNK)
        records = (
            {**dict(zip(CSV_COLUMNS, row, strict=False)), "statement_url": statement_url(row[-1], row[0])}
            for row in rows
        )
        response = StreamingHttpResponse(csv_lines(records, CSV_COLUMNS), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="positions.csv"'
        return response


class TimelineView(APIView):
    """The series a topic timeline draws: one per actor, each point a record with its quote."""

    @extend_schema(
        parameters=[
            OpenApiParameter("topic", str, required=True, description="Topic slug."),
            OpenApiParameter("actors", str, description="Comma-separated actor codes; the most active if empty."),
            OpenApiParameter("from", OpenApiTypes.DATE, description="First day (YYYY-MM-DD)."),
            OpenApiParameter("to", OpenApiTypes.DATE, description="Last day (YYYY-MM-DD)."),
            OpenApiParameter("mode", str, enum=["each", "average"], description="Each statement or a 90-day mean."),
        ],
        responses={200: serializers.TimelineSerializer, 400: OpenApiResponse(description="A bad parameter.")},
    )
    def get(self, request: Request) -> Response:
        params = sorted((key, request.query_params.getlist(key)) for key in request.query_params)
        return Response(cached("api:timeline", (params,), lambda: self.series(request.query_params)))

    @staticmethod
    def series(params) -> dict:
        try:
            topic = parse_topic(params)
            inputs = bundles.timeline_inputs(params, topic)
            start, end = parse_date_range(params)
        except BadParameter as error:
            raise ValidationError({"detail": str(error)}) from None
        points = queries.timeline_points(topic.slug, inputs.actors, start, end, changes_only=not inputs.average)
        records = bundles.point_records(points, average=inputs.average)
        series: dict[str, dict] = {
            code: {"actor": code, "actor_name": code, "points": []} for code in inputs.actors
        }
        for record in records:
            line = series.setdefault(record["actor"], {"actor": record["actor"], "points": []})
            line["actor_name"] = record["actor_name"]
            line["points"].append({key: record[key] for key in _POINT_KEYS})
        names = dict(queries.actor_names([code for code, line in series.items() if not line["points"]]))
        for code, line in series.items():
            if not line["points"]:
                line["actor_name"] = names.get(code, code)
        return {
            "topic": topic.slug,
            "mode": "average" if inputs.average else "each",
            "date_from": start,
            "date_to": end,
            "series": list(series.values()),
        }


_POINT_KEYS = [
    "date", "stance", "rolling_average", "position_id", "document_id", "evidence_kind", "speaker", "quote",
    "statement_url",
]  # fmt: skip
