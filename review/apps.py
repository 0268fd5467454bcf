from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "Review"

    def ready(self):
        from review.permissions import sync_roles_after_migrate

        # Permissions of models added after the roles migration reach the roles too (Admin gets everything);
        # and a test database flushed between tests gets its groups back with its permissions.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="review.sync_roles")
