from django.urls import path

from exports import views

app_name = "exports"

urlpatterns = [
    path("charts/<slug:kind>/export.<str:fmt>", views.export_chart, name="export"),
    path("charts/<slug:kind>/embeds/", views.create_embed, name="create-embed"),
    path("embeds/<uuid:token>/", views.show_embed, name="embed"),
    path("embeds/<uuid:token>/data.<str:fmt>", views.embed_data, name="embed-data"),
]
