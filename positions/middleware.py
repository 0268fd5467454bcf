"""Before a page or chart is drawn, the series takes in any write still queued (one cheap query)."""

from positions.series import refresh

# Namespaces whose views read the series, less the pages that read only records and documents; the API's
# timeline is the one API view that reads it.
READERS = {"positions", "exports"}
RECORDS_ONLY = {"positions:document", "positions:search"}


class FreshSeriesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name in RECORDS_ONLY:
            return None
        if match.namespace in READERS or match.view_name == "api:timeline":
            refresh()
        return None
