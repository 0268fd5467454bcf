from django.contrib import admin

from exports.models import Embed


@admin.register(Embed)
class EmbedAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "frozen", "data_version", "created_by", "created_at"]
    list_filter = ["kind", "frozen"]
    search_fields = ["title", "caption"]
    readonly_fields = ["token", "kind", "params", "frozen", "data_version", "figure", "table", "records",
                       "created_by", "created_at"]  # fmt: skip
