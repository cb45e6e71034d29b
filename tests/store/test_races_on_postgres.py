"""The concurrency tests of tests/security/test_races.py on a real PostgreSQL and the Chroma server: row locks
instead of SQLite's one write lock, the same guarantees (one position per message, one answer per item)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guide.services import Services
from tests.security.test_races import (  # noqa: F401 - collected here with this module's services
    CLINICIANS,
    review_item,
    test_eight_questions_at_once_give_one_position_each_and_every_reply_follows_its_question,
    test_two_clinicians_answering_one_item_at_once_send_exactly_one_answer,
    test_two_clinicians_who_both_saw_the_item_open_still_send_exactly_one_answer,
)
from tests.store.instances import server_settings


@pytest.fixture(scope="module")
def services(server_indexed: dict[str, object], indexed_dir, tmp_path_factory) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    """A private PostgreSQL copy of the indexed demo data (vectors on the Chroma server), two clinicians."""
    data_dir = tmp_path_factory.mktemp("races-pg")
    shutil_copy_sentences(indexed_dir, data_dir)
    settings = server_settings(server_indexed, data_dir, read_only=True)  # these tests write no vectors
    services = Services(settings)
    for username, name in CLINICIANS.items():
        user_id = services.accounts.create_user(
            username=username, password="a-clinician-password", role="clinician", display_name=name
        )
        services.accounts.add_to_care_team(user_id, "demo-p1")
    yield services
    services.db.engine.dispose()


def shutil_copy_sentences(indexed_dir, data_dir) -> None:  # type: ignore[no-untyped-def]
    """The knowledge base's sentence vectors (a file every instance ships with after `guide kb index`)."""
    import shutil

    from tests.conftest import make_settings as settings_of

    source = settings_of(indexed_dir).sentence_vectors_path
    shutil.copy(source, settings_of(data_dir).sentence_vectors_path)
