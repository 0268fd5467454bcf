import os
import uuid

import pytest

from positions.reference_data import load_reference


def running_in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason: str):
    """A test that needs something absent skips on a laptop and fails in CI, where it must be present."""
    if running_in_ci():
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the reference data once into the test database; `db` tests see it and roll back around it."""
    with django_db_blocker.unblock():
        load_reference()


@pytest.fixture
def reference_data(db):
    """Reference data for tests that flush tables (transactional ones): reload it if a flush removed it."""
    from positions.models import Topic

    if not Topic.objects.exists():
        load_reference()


@pytest.fixture(autouse=True)
def api_budget(monkeypatch):
    """Every test starts with a fresh, generous API request budget in a cache of its own, so that the
    throttles (counted per client address, and every test client is 127.0.0.1) never leak between tests."""
    from django.core.cache.backends.locmem import LocMemCache
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "cache", LocMemCache(f"api-budget-{uuid.uuid4()}", {}))
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "100000/minute", "user": "100000/minute"})


@pytest.fixture(autouse=True)
def fresh_cache_version():
    """Each test reads the cache under a data version of its own: nothing cached by an earlier test (whose
    rows were rolled back) can be served to it."""
    from positions.series import bump_version

    bump_version()
