"""Therapeutic duplicates on a plan: the same ingredient twice (tablets and an injection), or two medicines of a class
where two at once is rarely meant (two loop diuretics, two NSAIDs). A finding for the answer and the clinician, never
advice to stop either: the care team decides.

The ingredients and classes come from the knowledge base's drug classes (`knowledge/interactions.yaml`), through the
checker's readers, so brand names count ("Lasix 40mg" is a loop diuretic).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from guide.careplan.model import Medication

# Classes where two different medicines at once usually need a second look. Not insulin, inhaled bronchodilators or
# antiplatelets, where two together are often the plan (basal and mealtime insulin, rescue and controller inhalers,
# aspirin with clopidogrel after a stent).
DUPLICATE_CLASSES: dict[str, str] = {
    "loop_diuretic": "loop diuretics (water pills)",
    "thiazide_diuretic": "thiazide diuretics (water pills)",
    "nsaid": "NSAID pain relievers",
    "anticoagulant": "blood thinners (anticoagulants)",
    "ace_inhibitor": "ACE inhibitors",
    "arb": "ARBs (angiotensin receptor blockers)",
    "statin": "statins",
    "ssri": "SSRI antidepressants",
    "snri": "SNRI antidepressants",
    "benzodiazepine": "benzodiazepines",
    "antidiabetic_sulfonylurea": "sulfonylureas",
    "proton_pump_inhibitor": "proton pump inhibitors",
    "beta_blocker": "beta blockers",
    "acetaminophen": "acetaminophen products",
}
_NOT_AN_INGREDIENT_DUPLICATE = frozenset({"insulin"})  # basal and mealtime insulin are two products on purpose


@dataclass(frozen=True)
class Duplicate:
    """Two or more of the plan's medicines with the same ingredient or of one class."""

    key: str  # the ingredient ("furosemide") or the class key ("loop_diuretic")
    label: str  # how a family reads it
    medicines: tuple[str, ...]
    same_ingredient: bool

    @property
    def reason_id(self) -> str:
        """What the reason `duplicate:<id>` of the decision and the review item points at."""
        return self.key.replace(" ", "_")

    @property
    def sentence(self) -> str:
        """What the holding reply and the clinician read."""
        names = " and ".join(self.medicines)
        kind = (
            f"the same medicine ({self.label})" if self.same_ingredient else f"two medicines of one kind ({self.label})"
        )
        return f"The care plan lists {kind}: {names}. The care team will check whether both are meant."

    def named_in(self, text: str, classes: set[str]) -> bool:
        """The (lowercased) question names one of these medicines, its ingredient or its class."""
        if self.key in classes or re.search(rf"\b{re.escape(self.key)}\b", text):
            return True
        return any(re.search(rf"\b{re.escape(_first_word(m))}\b", text) for m in self.medicines)


def therapeutic_duplicates(
    medications: Sequence[Medication],
    *,
    generics: Mapping[str, set[str]],
    classes_of: Callable[[str], set[str]],
) -> list[Duplicate]:
    """Every ingredient that appears in two of the medicines, then every listed class two different ingredients share.
    `generics` maps a medicine's text to its generic names; `classes_of` gives the classes a text names."""
    by_ingredient: dict[str, list[str]] = {}
    by_class: dict[str, dict[str, str]] = {}
    for med in medications:
        names = generics.get(med.text, set())
        for name in names - _NOT_AN_INGREDIENT_DUPLICATE:
            by_ingredient.setdefault(name, []).append(med.text)
        for cls in classes_of(med.text) & set(DUPLICATE_CLASSES):
            by_class.setdefault(cls, {})[med.text] = ",".join(sorted(names)) or med.text
    out = [
        Duplicate(name, name, tuple(dict.fromkeys(meds)), True)
        for name, meds in sorted(by_ingredient.items())
        if len(set(meds)) > 1
    ]
    in_pairs = {m for d in out for m in d.medicines}
    for cls, meds in sorted(by_class.items()):
        if len(set(meds.values())) > 1 and not set(meds) <= in_pairs:
            out.append(Duplicate(cls, DUPLICATE_CLASSES[cls], tuple(meds), False))
    return out


def _first_word(text: str) -> str:
    match = re.search(r"[a-z][a-z\-]{2,}", text.lower())
    return match.group(0) if match else text.lower()
