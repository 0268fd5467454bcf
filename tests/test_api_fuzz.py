"""The OpenAPI schema, fuzzed against a running server: no answer is a 5xx, every answer matches the schema."""

from datetime import date

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import make_document, make_position

pytestmark = pytest.mark.django_db(transaction=True)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES_PER_OPERATION = 30


def test_the_api_answers_every_generated_request_within_its_schema(live_server, reference_data):
    document = make_document("Germany said it would keep sending air defence to Ukraine.", published=date(2024, 5, 1))
    make_position(document, actor_id="DEU", stance=2, date=date(2024, 5, 1))
    make_position(actor_id="HUN", stance=-1, date=date(2024, 6, 1))
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/schema/?format=json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def answers_within_schema(case):
            case.call_and_validate(base_url=live_server.url, checks=CHECKS)

        answers_within_schema()
