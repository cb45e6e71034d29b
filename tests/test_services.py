"""Services you can inject into: a part given at construction or by `override` is used instead of the built one."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.services import Services
from tests.conftest import make_settings


class _Composer:
    name = "fake"

    def compose(self, **_: object) -> object:
        raise AssertionError("not called in these tests")


def test_a_part_given_at_construction_is_the_one_the_pipeline_uses(tmp_path: Path) -> None:
    fake = _Composer()
    services = Services(make_settings(tmp_path), overrides={"composer": fake})
    assert services.composer is fake
    assert services.pipeline.composer is fake


def test_an_unknown_part_is_refused_with_the_parts_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such part to override: 'composr'.*composer"):
        Services(make_settings(tmp_path), overrides={"composr": _Composer()})


def test_a_part_cannot_be_replaced_once_the_pipeline_holds_it(tmp_path: Path) -> None:
    services = Services(make_settings(tmp_path))
    built = services.composer
    services.override(composer=_Composer())  # nothing holds the first one yet: replaced
    assert services.composer is not built
    services.pipeline  # noqa: B018 - built now, holding the composer
    with pytest.raises(ValueError, match="'composer' is already in use by pipeline"):
        services.override(composer=_Composer())
