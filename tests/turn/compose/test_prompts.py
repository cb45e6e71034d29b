"""Every prompt file loads and renders; a missing variable raises."""

from __future__ import annotations

import pytest

from guide.careplan.passages import Passage
from guide.resources import data_folder
from guide.turn.compose.prompts import MissingVariablesError, all_prompts

SAMPLE = {
    "question": "How often should <PERSON_1> weigh?",
    "passages": [
        Passage(
            id="kb:x#summary", kind="knowledge", section="summary", title="Daily weights", text="Weigh every morning."
        )
    ],
    "reader": "a designee",
    "mentioned": "",
}


@pytest.mark.parametrize("prompt", all_prompts(data_folder("prompts")), ids=lambda p: p.ref)
def test_every_prompt_renders_with_its_declared_variables(prompt) -> None:  # type: ignore[no-untyped-def]
    system, user = prompt.render(**{k: SAMPLE[k] for k in prompt.variables})
    assert system.strip() and user.strip()
    assert "{{" not in system + user


@pytest.mark.parametrize("prompt", all_prompts(data_folder("prompts")), ids=lambda p: p.ref)
def test_a_missing_variable_raises(prompt) -> None:  # type: ignore[no-untyped-def]
    values = {k: SAMPLE[k] for k in prompt.variables[1:]}
    with pytest.raises(MissingVariablesError):
        prompt.render(**values)
