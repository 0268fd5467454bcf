from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from positions import queries
from positions.charts import CHARTS
from positions.models import Topic
from positions.params import BadParameter, parse_actors, parse_date, parse_topic

DEFAULT_TOPIC = "military-aid-ukraine"


@require_GET
def home(request):
    topics = list(Topic.objects.order_by("name").values("slug", "name"))
    slugs = {topic["slug"] for topic in topics}
    context = {
        "totals": queries.totals(),
        "topics": topics,
        "default_topic": DEFAULT_TOPIC if DEFAULT_TOPIC in slugs else (topics[0]["slug"] if topics else None),
    }
    return render(request, "positions/home.html", context)


@require_GET
def timeline_data(request):
    """The figure a topic timeline draws, and the same rows as a table."""
    try:
        topic = parse_topic(request.GET)
        actors = parse_actors(request.GET) or queries.most_active_actors(topic.slug)
        start, end = parse_date(request.GET, "from"), parse_date(request.GET, "to")
        if start and end and start > end:
            raise BadParameter("from must not be after to.")
    except BadParameter as error:
        return JsonResponse({"error": str(error)}, status=400)
    points = queries.timeline_points(topic.slug, actors, start, end)
    figure = CHARTS["timeline"](points, title=f"{topic.name}: stated stance over time", actor_order=actors)
    rows = [
        {
            "actor": point.actor,
            "actor_name": point.actor_name,
            "date": point.date.isoformat(),
            "stance": point.stance,
            "speaker": point.speaker,
            "quote": point.quote,
            "document": point.document_id,
        }
        for point in points
    ]
    return JsonResponse({"topic": topic.slug, "actors": actors, "figure": figure, "rows": rows})
