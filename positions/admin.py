from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ingest.extraction.patterns import PatternError, expand
from positions.models import Actor, Official, Position, Topic


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "un_status", "capital"]
    list_filter = ["kind", "un_status"]
    search_fields = ["code", "name", "aliases", "demonyms", "metonyms"]


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["name", "actor", "role", "role_kind", "valid_from", "valid_to"]
    list_filter = ["role_kind", "actor__kind"]
    search_fields = ["name", "aliases", "role", "actor__code", "actor__name"]
    autocomplete_fields = ["actor"]
    date_hierarchy = "valid_from"


class TopicForm(forms.ModelForm):
    class Meta:
        model = Topic
        fields = ["slug", "name", "proposition", "description", "patterns", "is_core"]

    def clean_patterns(self):
        """Refuse a pattern the extractor cannot read, naming it, before it reaches extraction."""
        patterns = self.cleaned_data["patterns"]
        forms_by_actor = {
            code: [form.lower() for form in [name, *aliases, *demonyms, *metonyms]]
            for code, name, aliases, demonyms, metonyms in Actor.objects.values_list(
                "code", "name", "aliases", "demonyms", "metonyms"
            )
        }
        errors = []
        for pattern in patterns:
            try:
                expand(self.instance.slug or "topic", pattern, forms_by_actor)
            except PatternError as error:
                errors.append(str(error))
        if errors:
            raise forms.ValidationError(errors)
        return patterns


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    form = TopicForm
    list_display = ["slug", "name", "proposition", "is_core"]
    list_filter = ["is_core"]
    search_fields = ["slug", "name", "proposition", "patterns"]


@admin.register(Position)
class PositionAdmin(SimpleHistoryAdmin):
    list_display = [
        "date",
        "actor",
        "topic",
        "stance",
        "review_state",
        "confidence",
        "extractor",
        "short_quote",
    ]
    list_filter = ["review_state", "stance", "evidence_kind", "topic", "extractor", "actor__kind"]
    search_fields = ["quote", "speaker_name", "actor__code", "actor__name", "document__title"]
    autocomplete_fields = ["actor", "speaker", "document"]
    list_select_related = ["actor", "topic"]
    date_hierarchy = "date"
    ordering = ["-date"]
    show_full_result_count = False

    @admin.display(description="Quote")
    def short_quote(self, position):
        return position.quote if len(position.quote) <= 90 else position.quote[:87] + "…"
