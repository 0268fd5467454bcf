from rest_framework.pagination import CursorPagination


class NewestFirst(CursorPagination):
    """Cursor pagination: stable under inserts, and as fast on page 10,000 as on page 1."""

    ordering = ("-date", "-id")
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000


class ByKey(CursorPagination):
    ordering = ("pk",)
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
