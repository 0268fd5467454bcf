from django.urls import path

from positions import views

app_name = "positions"

urlpatterns = [
    path("", views.home, name="home"),
    path("charts/timeline.json", views.timeline_data, name="timeline-data"),
]
