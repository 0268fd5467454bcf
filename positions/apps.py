from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PositionsConfig(AppConfig):
    name = "positions"
    verbose_name = "Positions"

    def ready(self):
        from positions.models import Position
        from positions.series import schedule_refresh

        def changed(sender, **kwargs):
            schedule_refresh()  # the series and every cached chart follow a saved or deleted record

        post_save.connect(changed, sender=Position, dispatch_uid="positions-series-on-save", weak=False)
        post_delete.connect(changed, sender=Position, dispatch_uid="positions-series-on-delete", weak=False)
