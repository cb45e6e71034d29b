"""Prompt templates as files in `prompts/`, each with its version and the variables it takes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined, TemplateError
from pydantic import BaseModel, ConfigDict, Field

from guide.errors import GuideError

_ENV = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


class MissingVariablesError(GuideError):
    """A prompt was rendered without a variable it declares."""


class PromptTemplate(BaseModel):
    """One prompt file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    version: int = Field(ge=1)
    description: str
    variables: list[str]
    system: str
    user: str

    def render(self, **values: Any) -> tuple[str, str]:
        """The system and user messages; every declared variable must be given."""
        missing = [v for v in self.variables if v not in values]
        extra = [v for v in values if v not in self.variables]
        if missing or extra:
            raise MissingVariablesError(f"prompt {self.name}: missing {missing}, unexpected {extra}")
        try:
            return _ENV.from_string(self.system).render(**values), _ENV.from_string(self.user).render(**values)
        except TemplateError as e:
            raise MissingVariablesError(f"prompt {self.name}: {e}") from e

    @property
    def ref(self) -> str:
        """name@version, recorded with every model call."""
        return f"{self.name}@{self.version}"


def load_prompt(folder: Path, name: str) -> PromptTemplate:
    """Load `prompts/<name>.yaml`."""
    return _load(str(folder / f"{name}.yaml"))


@lru_cache(maxsize=32)
def _load(path: str) -> PromptTemplate:
    return PromptTemplate.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def all_prompts(folder: Path) -> list[PromptTemplate]:
    """Every prompt file in the folder."""
    return [load_prompt(folder, p.stem) for p in sorted(folder.glob("*.yaml"))]
