from django.urls import path

from positions import views

app_name = "positions"

urlpatterns = [
    path("", views.home, name="home"),
    path("topics/<slug:slug>/", views.topic_page, name="topic"),
    path("actors/<str:code>/", views.actor_page, name="actor"),
    path("compare/", views.compare_page, name="compare"),
    path("documents/<int:pk>/", views.document_page, name="document"),
    path("search/", views.search_page, name="search"),
    # Chart data: each page above fetches its figures (and the same numbers as a table) from these.
    path("charts/matrix.json", views.matrix_data, name="matrix-data"),
    path("charts/timeline.json", views.timeline_data, name="timeline-data"),
    path("charts/map.json", views.map_data, name="map-data"),
    path("charts/actor.json", views.actor_data, name="actor-data"),
    path("charts/compare.json", views.compare_data, name="compare-data"),
]
