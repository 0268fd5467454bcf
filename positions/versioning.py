"""The data version: a number that grows with every change to a position record, shown on every export.

Every create, change and delete of a Position writes a history row (django-simple-history), so the newest
history id names the state of the data a chart was drawn from. Reading it is one index look-up.
"""

from positions.models import Position


def data_version() -> int:
    latest = Position.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return latest or 0
