import os

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
