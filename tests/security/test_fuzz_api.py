"""Property-based fuzzing of every API route that takes a body, as a signed-in caregiver: arbitrary JSON values
(NaN, infinities, lone surrogates, deep and odd shapes) and arbitrary bytes under arbitrary content types.
Whatever arrives, the answer is below 500, an error is `{"detail": ...}`, and no identifier put in the body
reaches the log."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.security.conftest import Caregiver, leaked

IDENTIFIER = st.sampled_from(["Maria Lopez", "MRN 4471983", "(555) 201-7788"])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | IDENTIFIER
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10) | IDENTIFIER, inner, max_size=4),
    max_leaves=12,
)
QUESTIONS = st.builds("{} {} {}".format, st.text(max_size=20), IDENTIFIER, st.text(max_size=20))
# Bodies shaped like the real ones, so fuzzing reaches past the schema into the pipeline, and anything at all.
BODIES = st.one_of(
    st.fixed_dictionaries({"question": QUESTIONS | JSON_VALUES}),
    st.fixed_dictionaries(
        {"consumer_id": st.sampled_from(["demo-p1", "demo-p2"]) | IDENTIFIER | JSON_VALUES},
        optional={"designee_id": st.sampled_from(["demo-p1-rp1", "demo-p1-rp2"]) | JSON_VALUES},
    ),
    JSON_VALUES,
)
JSON_TYPES = st.sampled_from(["application/json", "application/json; charset=utf-8", "application/problem+json"])
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
OTHER_TYPES = (
    st.none()
    | HEADER_TEXT
    | st.sampled_from(
        [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "multipart/form-data",
            "application/xml",
            "application/octet-stream",
            "application/json",
            "APPLICATION/JSON",
            "application/json; charset=latin-1",
        ]
    )
)


def _encoded(value: Any) -> bytes:
    """JSON as a lenient client writes it: NaN and Infinity as bare words, lone surrogates as \\u escapes."""
    return json.dumps(value, allow_nan=True).encode()


REQUESTS = st.tuples(BODIES.map(_encoded), JSON_TYPES) | st.tuples(st.binary(max_size=300), OTHER_TYPES)


@pytest.fixture
def fuzz_target(caregiver: Caregiver, all_logs: pytest.LogCaptureFixture) -> tuple[Caregiver, Any]:
    return caregiver, all_logs


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(route=st.integers(min_value=0, max_value=2), request=REQUESTS)
def test_no_body_makes_the_api_fail_or_log_what_it_held(
    fuzz_target: tuple[Caregiver, Any], route: int, request: tuple[bytes, str | None]
) -> None:
    """V5.1.3/V5.1.4 every input is validated, never a 5xx; V13.1.5 content types are checked; V7.4.1 errors
    are a plain JSON `detail`; V7.1.1/V7.1.2 no identifier from the body reaches the log."""
    caregiver, caplog = fuzz_target
    caplog.clear()
    content, content_type = request
    headers = dict(caregiver.csrf)
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = caregiver.client.post(caregiver.body_routes[route], content=content, headers=headers)
    event(f"status {response.status_code}")
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["detail"]
    assert not leaked(caplog)
