"""Dashboard views, one module per feature; each page renders a shell and its charts fetch JSON."""

from positions.views.actors import actor_data, actor_page
from positions.views.compare import compare_data, compare_page
from positions.views.documents import document_page
from positions.views.overview import home, matrix_data
from positions.views.search import search_page
from positions.views.topics import map_data, timeline_data, topic_page

__all__ = [
    "actor_data",
    "actor_page",
    "compare_data",
    "compare_page",
    "document_page",
    "home",
    "map_data",
    "matrix_data",
    "search_page",
    "timeline_data",
    "topic_page",
]
