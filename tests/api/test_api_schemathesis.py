"""Schemathesis against the app in process (WSGI), with the real engine and models.

It sends requests generated from openapi.yaml, valid and invalid, and checks every answer
against the file: documented status codes, content types and response schemas, no 5xx.
The number of examples is bounded so the suite stays fast on 2 cores.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings


@pytest.fixture
def api_schema(real_app):
    return schemathesis.openapi.from_wsgi("/openapi.yaml", real_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_app_honours_openapi_yaml(case):
    case.call_and_validate()
