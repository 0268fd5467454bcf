import json

import pycountry
import pytest
from django.db import connection

from positions.models import Actor, Official, Topic
from positions.reference_data import REFERENCE_DIR, ReferenceDataError, load_reference

CORE_TOPICS = set(
    "condemn-invasion ukraine-territorial-integrity russian-annexation territorial-concessions "
    "military-aid-ukraine arms-to-russia long-range-strikes foreign-troops-ukraine sanctions-russia "
    "russian-energy frozen-assets peace-talks ukraine-nato nato-enlargement ukraine-eu "
    "war-crimes-accountability grain-deal nuclear-threats humanitarian-aid".split()
)


def row_counts():
    with connection.cursor() as cursor:
        counts = {}
        for table in ("positions_actor", "positions_official", "positions_topic"):
            cursor.execute(f"SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {table} t")
            counts[table] = cursor.fetchone()
        return counts


@pytest.mark.django_db
def test_every_un_member_and_observer_state_is_an_actor():
    members = Actor.objects.filter(un_status=Actor.UNStatus.MEMBER)
    assert members.count() == 193
    assert set(Actor.objects.filter(un_status=Actor.UNStatus.OBSERVER).values_list("code", flat=True)) == {
        "VAT",
        "PSE",
    }
    for code in members.values_list("code", flat=True):
        assert pycountry.countries.get(alpha_3=code) is not None, code


@pytest.mark.django_db
def test_the_organisations_of_the_architecture_are_actors():
    codes = set(Actor.objects.filter(kind=Actor.Kind.ORGANISATION).values_list("code", flat=True))
    assert {"EU", "NATO", "UN", "G7", "G20", "AU", "ASEAN", "BRICS", "OSCE", "IAEA", "ICC"} <= codes


@pytest.mark.django_db
def test_states_carry_demonyms_capitals_and_metonyms():
    china = Actor.objects.get(code="CHN")
    assert "Chinese" in china.demonyms
    assert china.capital == "Beijing"
    assert "Beijing" in china.metonyms
    assert "the Kremlin" in Actor.objects.get(code="RUS").metonyms
    assert "People's Republic of China" in china.aliases


@pytest.mark.django_db
def test_the_core_topics_have_exactly_the_architecture_slugs_and_patterns():
    topics = Topic.objects.filter(is_core=True)
    assert set(topics.values_list("slug", flat=True)) == CORE_TOPICS
    for topic in topics:
        assert topic.proposition and topic.patterns, topic.slug


@pytest.mark.django_db
def test_the_officials_gazetteer_names_at_least_150_people_with_dated_roles():
    assert Official.objects.values("name").distinct().count() >= 150
    wang_yi = Official.objects.filter(name="Wang Yi", actor_id="CHN").order_by("valid_from")
    assert wang_yi.count() >= 2
    assert all(stint.valid_from for stint in wang_yi)
    assert Official.objects.filter(name="Sergei Lavrov", actor_id="RUS").exists()
    assert Official.objects.filter(name="Zhang Jun", actor_id="CHN", role_kind="un_ambassador").exists()


@pytest.mark.django_db
def test_reloading_reference_data_changes_nothing():
    before = row_counts()
    report = load_reference()
    assert row_counts() == before
    assert report.created == {} and report.updated == {}


@pytest.mark.django_db
def test_a_reload_keeps_an_admin_edit_unless_asked_to_overwrite():
    topic = Topic.objects.get(slug="grain-deal")
    topic.patterns = [*topic.patterns, "black sea corridor"]
    topic.save()
    load_reference()
    assert "black sea corridor" in Topic.objects.get(slug="grain-deal").patterns
    report = load_reference(overwrite=True)
    from_file = next(
        row for row in json.loads((REFERENCE_DIR / "topics.json").read_text()) if row["slug"] == "grain-deal"
    )
    assert Topic.objects.get(slug="grain-deal").patterns == from_file["patterns"]
    assert report.updated["topics"] >= 1


@pytest.mark.django_db
def test_an_official_with_an_unknown_actor_is_refused_naming_the_entry(tmp_path):
    for name in ("actors.json", "topics.json"):
        (tmp_path / name).write_text((REFERENCE_DIR / name).read_text())
    (tmp_path / "officials.json").write_text(
        json.dumps([{"name": "Nobody", "actor": "XXX", "role": "Envoy"}])
    )
    before = row_counts()
    with pytest.raises(ReferenceDataError, match=r"officials.json entry 1 \('Nobody'\): unknown actor 'XXX'"):
        load_reference(tmp_path)
    assert row_counts() == before


@pytest.mark.django_db
def test_an_unreadable_reference_file_is_a_clear_error(tmp_path):
    (tmp_path / "actors.json").write_text("{not json")
    with pytest.raises(ReferenceDataError, match=r"actors\.json: cannot be read as JSON"):
        load_reference(tmp_path)


@pytest.mark.django_db
def test_a_changed_file_reaches_rows_nobody_edited_and_spares_the_edited_ones(tmp_path):
    for name in ("actors.json", "officials.json"):
        (tmp_path / name).write_text((REFERENCE_DIR / name).read_text())
    topics = json.loads((REFERENCE_DIR / "topics.json").read_text())
    edited = Topic.objects.get(slug="grain-deal")
    edited.patterns = [*edited.patterns, "ammonia pipeline"]
    edited.save()
    for row in topics:
        if row["slug"] in {"grain-deal", "peace-talks"}:
            row["patterns"] = [*row["patterns"], "a new phrase from the next release"]
    (tmp_path / "topics.json").write_text(json.dumps(topics))

    report = load_reference(tmp_path)

    assert "a new phrase from the next release" in Topic.objects.get(slug="peace-talks").patterns
    grain = Topic.objects.get(slug="grain-deal").patterns
    assert "ammonia pipeline" in grain and "a new phrase from the next release" not in grain
    assert (report.updated["topics"], report.kept["topics"]) == (1, 1)
    assert "1 kept as edited" in report.summary()
