"""The API's request budgets, kept in the shared cache and, while that is unreachable, in the process."""

import logging

from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import RedisError
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from config.security import client_ip

logger = logging.getLogger(__name__)


class DegradingThrottleMixin:
    """Counts requests in the shared cache; when Redis cannot be reached, in this process's memory.

    The API keeps answering while Redis is down, and every client still has a budget, only one per server
    process instead of one for the whole site until Redis is back."""

    fallback_cache = LocMemCache("api-throttle-fallback", {})

    def get_ident(self, request):
        # The address sign-in throttling counts too. DRF's own reading takes a client's X-Forwarded-For as sent,
        # so a new forged header would be a new budget.
        return client_ip(request)

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except RedisError as error:
            logger.warning("request budgets counted in-process, the cache is unreachable: %s", error)
        self.cache = self.fallback_cache  # this instance serves one request
        return super().allow_request(request, view)


class AnonBudget(DegradingThrottleMixin, AnonRateThrottle):
    pass


class UserBudget(DegradingThrottleMixin, UserRateThrottle):
    pass
