"""Schemathesis against the app in process (WSGI), with the real engine and models.

It sends requests generated from openapi.yaml, valid and invalid, and checks every answer
against the file: documented status codes, content types and response schemas, no 5xx.
The number of examples is bounded so the suite stays fast on 2 cores.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from service.api import create_app

# Invalid data must be refused with one of the rejections openapi.yaml documents. The 413
# for a body over 4 MB is not in schemathesis' default list, so the list is given here.
REJECTION_STATUSES = ["400", "413", "415", "422"]
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTION_STATUSES}}})

# The default runtime loads nothing here; the ``nlp`` fixture loads the models before
# the first case, so the cases run against the real engine.
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", create_app(), config=CONFIG)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_app_honours_openapi_yaml(case, nlp):
    case.call_and_validate()
