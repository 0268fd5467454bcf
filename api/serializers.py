from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ingest.models import Document
from positions.charts import statement_url
from positions.models import Actor, Official, Position, Topic


class ActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["code", "kind", "name", "capital", "un_status"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name", "description"]


class OfficialSerializer(serializers.ModelSerializer):
    class Meta:
        model = Official
        fields = ["id", "name", "actor", "role", "role_kind", "valid_from", "valid_to"]


class DocumentListSerializer(serializers.ModelSerializer):
    page = serializers.SerializerMethodField(help_text="The statement page, with its evidence highlighted.")

    class Meta:
        model = Document
        fields = [
            "id", "kind", "url", "title", "published", "language", "source_actor", "speaker_name", "status", "page",
        ]  # fmt: skip

    @extend_schema_field(OpenApiTypes.STR)
    def get_page(self, document) -> str:
        return statement_url(document.pk, 0).split("#")[0]


class DocumentSerializer(DocumentListSerializer):
    class Meta(DocumentListSerializer.Meta):
        fields = [*DocumentListSerializer.Meta.fields, "text"]


class PositionSerializer(serializers.ModelSerializer):
    statement_url = serializers.SerializerMethodField(help_text="The statement page, scrolled to the evidence.")

    class Meta:
        model = Position
        fields = [
            "id", "date", "actor", "topic", "stance", "quote", "span_start", "span_end", "evidence_kind",
            "speaker", "speaker_name", "confidence", "extractor", "extractor_version", "review_state",
            "document", "statement_url",
        ]  # fmt: skip

    @extend_schema_field(OpenApiTypes.STR)
    def get_statement_url(self, position) -> str:
        return statement_url(position.document_id, position.pk)


class TimelinePointSerializer(serializers.Serializer):
    date = serializers.DateField()
    stance = serializers.IntegerField(min_value=-2, max_value=2)
    rolling_average = serializers.FloatField(allow_null=True)
    position_id = serializers.IntegerField()
    document_id = serializers.IntegerField()
    evidence_kind = serializers.CharField()
    speaker = serializers.CharField(allow_blank=True)
    quote = serializers.CharField(allow_blank=True)
    statement_url = serializers.CharField()


class TimelineSeriesSerializer(serializers.Serializer):
    actor = serializers.CharField()
    actor_name = serializers.CharField()
    points = TimelinePointSerializer(many=True)


class TimelineSerializer(serializers.Serializer):
    topic = serializers.CharField()
    mode = serializers.ChoiceField(choices=["each", "average"])
    date_from = serializers.DateField(allow_null=True)
    date_to = serializers.DateField(allow_null=True)
    series = TimelineSeriesSerializer(many=True)
