"""With Redis out of reach the site degrades: the API still answers and still budgets requests."""

import pytest
from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import SimpleRateThrottle

from api.throttling import DegradingThrottleMixin

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_cache(monkeypatch):
    dead = RedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}})
    monkeypatch.setattr(SimpleRateThrottle, "cache", dead)
    monkeypatch.setattr(DegradingThrottleMixin, "fallback_cache", type(DegradingThrottleMixin.fallback_cache)(
        "test-fallback", {}))  # fmt: skip
    return dead


def test_the_api_answers_and_still_budgets_requests_while_the_cache_is_unreachable(
    client, reference_data, unreachable_cache, monkeypatch
):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "100/minute"})
    codes = [client.get("/api/topics/").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
