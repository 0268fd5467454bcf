from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api import views

router = DefaultRouter()
router.register("actors", views.ActorViewSet)
router.register("topics", views.TopicViewSet)
router.register("officials", views.OfficialViewSet)
router.register("documents", views.DocumentViewSet)
router.register("positions", views.PositionViewSet)

app_name = "api"
PAGE_METHODS = ["get", "head"]

urlpatterns = [
    path("positions.csv", views.PositionCSVView.as_view(), name="positions-csv"),
    path("timeline/", views.TimelineView.as_view(), name="timeline"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # One documentation page, Swagger UI, with its start-up script served as a file of its own so that the site's
    # policy holds there too. (ReDoc is not offered: it needs inline styles and fetches fonts from elsewhere.)
    # It is HTML only: DRF's answer to OPTIONS, a JSON description, cannot be rendered there, so it answers GET
    # and HEAD alone.
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", http_method_names=PAGE_METHODS),
        name="docs",
    ),
    path("", include(router.urls)),
    # Anything else under /api/ is a JSON 404, not the site's HTML page: API clients read JSON.
    re_path(r"^.*$", views.not_found),
]
