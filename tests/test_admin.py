import pytest
from django.contrib import admin
from django.urls import reverse

from ingest.models import Document, FailedItem, IngestRun, Source
from positions.models import Actor, Official, Position, Topic
from tests.factories import make_position

pytestmark = pytest.mark.django_db
MODELS = [Actor, Official, Topic, Position, Source, Document, IngestRun, FailedItem]


def test_every_model_has_an_admin():
    for model in MODELS:
        assert admin.site.is_registered(model), model.__name__


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_admin_list_searches_and_filters(admin_client, model):
    make_position()
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "china"}).status_code == 200


def test_a_positions_history_is_shown_in_the_admin(admin_client):
    position = make_position(stance=-1)
    position.stance = 1
    position.save()
    url = reverse("admin:positions_position_history", args=[position.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Supports" in response.content.decode() or "1" in response.content.decode()


def test_the_demo_superuser_is_created_once(capsys):
    from django.core.management import call_command

    call_command("ensure_demo_superuser")
    first = capsys.readouterr().out
    assert "with password" in first
    call_command("ensure_demo_superuser")
    assert "already exists" in capsys.readouterr().out


def test_a_topic_pattern_the_extractor_cannot_read_is_refused_in_the_admin(admin_client):
    topic = Topic.objects.get(slug="grain-deal")
    url = reverse("admin:positions_topic_change", args=[topic.slug])
    data = {"slug": topic.slug, "name": topic.name, "proposition": topic.proposition,
            "description": topic.description, "patterns": "grain deal,(unclosed", "is_core": "on"}  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "grain-deal: cannot read pattern &#x27;(unclosed&#x27;" in response.content.decode()
    assert "(unclosed" not in Topic.objects.get(slug="grain-deal").patterns


def test_long_patterns_are_stored_whole():
    topic = Topic.objects.get(slug="grain-deal")
    long_pattern = "(" + "|".join(f"word{number}" for number in range(60)) + ") corridor"
    topic.patterns = [long_pattern]
    topic.save()
    assert Topic.objects.get(slug="grain-deal").patterns == [long_pattern]
