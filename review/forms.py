"""Forms for the review pages: every value a reviewer sends is checked here before a service sees it."""

from __future__ import annotations

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from ingest.models import Source
from positions.models import Actor, Stance, Topic
from review.services import REASON_LENGTH, QueueFilter


class ActorCodeField(forms.ModelChoiceField):
    """An actor typed as its code (CHN, EU), with a list of codes to pick from."""

    default_error_messages = {"invalid_choice": "“%(value)s” is not a known actor code."}

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"list": "actor-codes", "size": 8, "autocomplete": "off"}))
        super().__init__(queryset=Actor.objects.all(), to_field_name="code", **kwargs)

    def to_python(self, value):
        return super().to_python(value.strip().upper() if isinstance(value, str) else value)


class TopicField(forms.ModelChoiceField):
    default_error_messages = {"invalid_choice": "“%(value)s” is not a known topic."}

    def __init__(self, **kwargs):
        super().__init__(queryset=Topic.objects.order_by("-is_core", "name"), to_field_name="slug", **kwargs)

    def label_from_instance(self, topic):
        return topic.name


STANCE_CHOICES = [(value, f"{value:+d} {label}" if value else f"0 {label}") for value, label in Stance.choices]


def stance_field(**kwargs) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(choices=STANCE_CHOICES, coerce=int, **kwargs)


def reason_field(required: bool, **kwargs) -> forms.CharField:
    return forms.CharField(
        max_length=REASON_LENGTH,
        required=required,
        strip=True,
        widget=forms.TextInput(attrs={"size": 40, "maxlength": REASON_LENGTH, "autocomplete": "off"}),
        **kwargs,
    )


class QueueFilterForm(forms.Form):
    """The queue's filters, from the query string; an unknown value is a 400 that names it."""

    topic = TopicField(required=False, empty_label="Any topic")
    actor = ActorCodeField(required=False)
    source = forms.ModelChoiceField(queryset=Source.objects.order_by("name"), required=False, empty_label="Any source")
    start = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("“From” must not be after “To”.")
        return data

    def queue_filter(self) -> QueueFilter:
        data = self.cleaned_data
        return QueueFilter(data["topic"], data["actor"], data["source"], data["start"], data["end"])

    def error_text(self) -> str:
        return " ".join(
            f"{name}: {message}" if name != "__all__" else message
            for name, messages in self.errors.items()
            for message in messages
        )


class ReturnForm(forms.Form):
    """Where to go after an action: a path on this site, else the queue."""

    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def next_url(self, request, default: str) -> str:
        target = self.cleaned_data.get("next") if self.is_valid() else ""
        if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
            return target
        return default


class VerifyForm(ReturnForm):
    pass


class RejectForm(ReturnForm):
    reason = reason_field(False, label="Reason (optional)")


class CorrectForm(ReturnForm):
    actor = ActorCodeField()
    topic = TopicField()
    stance = stance_field()
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    reason = reason_field(True, help_text="A few words: what was wrong.")

    @classmethod
    def for_position(cls, position, next_url: str = "") -> CorrectForm:
        initial = {"actor": position.actor_id, "topic": position.topic_id, "stance": position.stance,
                   "date": position.date, "next": next_url}  # fmt: skip
        return cls(initial=initial)

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("actor", "topic", "stance", "date")}


class AddRecordForm(forms.Form):
    """A position the extractor missed: the reviewer's selection in the statement and what it states."""

    span_start = forms.IntegerField(min_value=0, label="Selection starts at")
    span_end = forms.IntegerField(min_value=1, label="Selection ends at")
    actor = ActorCodeField()
    topic = TopicField()
    stance = stance_field()
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    reason = reason_field(False, label="Note (optional)")

    def __init__(self, *args, document=None, **kwargs):
        self.document = document
        if document is not None:
            kwargs.setdefault("initial", {"date": document.published, "actor": document.source_actor_id})
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        start, end = data.get("span_start"), data.get("span_end")
        if start is not None and end is not None and self.document is not None:
            length = len(self.document.text)
            if not start < end <= length:
                raise forms.ValidationError(
                    f"Select some of the statement's text: the selection must lie within 0–{length}."
                )
            if not self.document.text[start:end].strip():
                raise forms.ValidationError("The selection holds no words.")
        return data

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("actor", "topic", "stance", "date")}


class RevertForm(ReturnForm):
    history_id = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class BulkVerifyForm(QueueFilterForm):
    """The queue's filters again, and how many records the reviewer saw and confirmed."""

    expected = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
