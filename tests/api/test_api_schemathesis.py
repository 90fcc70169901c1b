"""Schemathesis against the app in process (WSGI), with the real engine and models.

It sends requests generated from openapi.yaml, valid and invalid, and checks every answer
against the file: documented status codes, content types and response schemas, no 5xx.
The number of examples is bounded so the suite stays fast on 2 cores.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from service.api import create_app

# The default runtime loads nothing here; the ``nlp`` fixture loads the models before
# the first case, so the cases run against the real engine.
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", create_app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_app_honours_openapi_yaml(case, nlp):
    case.call_and_validate()
