from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination


class StrictParameters:
    """A page size that is not a whole number from 1 to the limit, or a cursor the API did not give out, is
    refused with a 400 that says so: not quietly replaced by the default or the limit, nor called a 404."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if not value.isdigit() or not 1 <= int(value) <= self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        f"Give a whole number from 1 to {self.max_page_size} (got {value[:40]!r})."
                    ]
                }
            )
        return int(value)

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except NotFound:
            message = "This cursor was not given out by the API: follow the next and previous links."
            raise ValidationError({self.cursor_query_param: [message]}) from None


class NewestFirst(StrictParameters, CursorPagination):
    """Cursor pagination: stable under inserts, and as fast on page 10,000 as on page 1."""

    ordering = ("-date", "-id")


class ByKey(StrictParameters, CursorPagination):
    ordering = ("pk",)
