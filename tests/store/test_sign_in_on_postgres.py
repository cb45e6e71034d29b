"""The sign-in throttling tests of tests/security/test_sign_in.py on a real PostgreSQL."""

from __future__ import annotations

import pytest

from guide.services import Services
from guide.settings import Settings
from guide.store.accounts import Accounts
from tests.security.test_sign_in import (  # noqa: F401 - collected here with this module's services
    PASSWORD,
    Clock,
    RecordingHasher,
    clock,
    test_after_five_failures_the_owner_waits_seconds_not_minutes_and_then_signs_in,
    test_an_unknown_username_costs_one_password_check_like_a_known_one,
    test_attempts_older_than_a_day_are_pruned_for_known_and_unknown_usernames,
    test_one_address_is_limited_across_usernames_until_the_window_passes,
    test_the_wait_doubles_after_five_failures_and_never_exceeds_the_window,
    test_throttled_attempts_do_not_grow_the_wait,
)


@pytest.fixture
def db_backend() -> str:
    return "postgresql"


@pytest.fixture
def services(store_settings: Settings, clock: Clock) -> Services:  # noqa: F811 - this module's own
    """As in test_sign_in, on PostgreSQL."""
    services = Services(store_settings.model_copy(update={"login_address_max_failures": 8}))
    services.accounts = Accounts(services.db, address_max_failures=8, hasher=RecordingHasher(), clock=clock)
    services.accounts.create_user(username="elena", password=PASSWORD, role="caregiver")
    return services
