import logging

from django.contrib import admin, messages
from django.db import transaction
from kombu.exceptions import OperationalError as BrokerUnreachable

from ingest.models import Document, FailedItem, IngestRun, Source

logger = logging.getLogger(__name__)


def enqueue_after_commit(task, *args) -> None:
    def send() -> None:
        try:
            task.delay(*args)
        except BrokerUnreachable as error:  # the page has answered; the next scheduled poll takes it up
            logger.error("could not queue %s%r, the broker is unreachable: %s", task.name, args, error)

    transaction.on_commit(send)


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
    readonly_fields = ["etag", "last_modified", "last_polled_at", "created_at"]
    actions = ["poll_now"]

    @admin.action(description="Poll the selected sources now")
    def poll_now(self, request, queryset):
        from ingest.tasks import poll_source_task

        ids = list(queryset.values_list("pk", flat=True))
        for source_id in ids:
            enqueue_after_commit(poll_source_task, source_id)
        self.message_user(request, f"Polling {len(ids)} source(s).", messages.SUCCESS)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "published",
        "kind",
        "source",
        "source_actor",
        "language",
        "status",
        "fetched_at",
    ]
    list_filter = ["status", "kind", "language", "source"]
    search_fields = ["title", "url"]
    autocomplete_fields = ["source_actor"]
    list_select_related = ["source", "source_actor"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "fetched_at", "updated_at", "extracted_at", "error"]
    show_full_result_count = False
    actions = ["extract_again"]

    @admin.action(description="Extract the selected documents again (reviewed records are kept)")
    def extract_again(self, request, queryset):
        from ingest.tasks import extract_document_task

        ids = list(queryset.values_list("pk", flat=True))
        for document_id in ids:
            enqueue_after_commit(extract_document_task, document_id)
        self.message_user(request, f"Extracting {len(ids)} document(s) again.", messages.SUCCESS)


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "kind", "source", "status", "seen", "new", "updated", "failed", "pending"]
    list_filter = ["kind", "status", "source"]
    readonly_fields = ["started_at", "finished_at"]


@admin.register(FailedItem)
class FailedItemAdmin(admin.ModelAdmin):
    list_display = ["last_failed_at", "source", "url", "location", "attempts", "resolved", "short_error"]
    list_filter = ["resolved", "source"]
    search_fields = ["url", "location", "error"]
    readonly_fields = ["first_failed_at", "last_failed_at", "run"]
    actions = ["retry"]

    @admin.display(description="Error")
    def short_error(self, item):
        return item.error if len(item.error) <= 120 else item.error[:117] + "…"

    @admin.action(description="Retry the selected items")
    def retry(self, request, queryset):
        from ingest.tasks import fetch_document_task, poll_source_task

        retried = 0
        for item in queryset.filter(resolved=False).select_related("source"):
            if item.source is None:
                continue
            if item.url and item.source.kind in {"feed", "page", "listing"}:
                enqueue_after_commit(fetch_document_task, item.source_id, item.url, None)
            else:
                enqueue_after_commit(poll_source_task, item.source_id)
            retried += 1
        self.message_user(request, f"Retrying {retried} item(s); each keeps its error until it succeeds.")
