from django.contrib import admin

from ingest.models import Document, IngestRun, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "url",
        "path",
        "default_actor",
        "poll_interval",
        "enabled",
        "last_polled_at",
    ]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "url", "path"]
    autocomplete_fields = ["default_actor"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "published", "source", "source_actor", "language", "status", "fetched_at"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url", "text"]
    autocomplete_fields = ["source_actor"]
    list_select_related = ["source", "source_actor"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "fetched_at", "updated_at", "extracted_at"]
    show_full_result_count = False


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "kind",
        "source",
        "status",
        "seen",
        "new",
        "updated",
        "failed",
        "finished_at",
    ]
    list_filter = ["kind", "status", "source"]
    readonly_fields = ["started_at", "finished_at"]
