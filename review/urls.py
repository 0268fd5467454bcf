from django.urls import path

from review.views import figures, queue, records

app_name = "review"

urlpatterns = [
    path("", queue.queue_page, name="queue"),
    path("bulk-verify/", queue.bulk_verify, name="bulk-verify"),
    path("records/<int:pk>/", records.record_page, name="record"),
    path("records/<int:pk>/verify/", queue.verify, name="verify"),
    path("records/<int:pk>/reject/", queue.reject, name="reject"),
    path("records/<int:pk>/correct/", queue.correct, name="correct"),
    path("records/<int:pk>/revert/", records.revert, name="revert"),
    path("documents/<int:pk>/add/", records.add_record, name="add-record"),
    path("figures/", figures.figures_page, name="figures"),
]
