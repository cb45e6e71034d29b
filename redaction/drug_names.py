"""Drug names (generic and brand, many languages) that are never a person or a place.

The list is derived from the `drug-named-entity-recognition` package (DrugBank, MeSH, Wikipedia; MIT) and
shipped as `conf/drug_names.txt.gz`, because decompressing the package's own dictionary takes seconds at
start-up. Drug names that are also common given names or surnames ("Allegra", "Camila"; Faker's lists when the
file is built, the US given names of `name_freq` when it is read: "Kendrick") are left out: an ambiguous word
stays redactable, so a person called Allegra is never leaked. Rebuild after upgrading the
package: `python -m redaction.drug_names` (needs the package and Faker, both development tools).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

from .lexicon import CONF_DIR

DRUG_FILE = CONF_DIR / "drug_names.txt.gz"
SOURCE_PACKAGE = "drug-named-entity-recognition"
_SHAPE = re.compile(r"[a-z][a-z\-']{3,}(?: [a-z][a-z\-']+){0,2}")
_NAME_LOCALES = ("en_US", "en_GB", "es_ES", "es_MX", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
                 "en_IN", "tr_TR", "vi_VN", "fil_PH", "en_AU", "en_CA", "ru_RU", "zh_CN", "ja_JP", "ko_KR")  # fmt: skip


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    """Lower-case drug names of one to three words ('lasix', 'trelegy ellipta'), less the US given names among them
    ('kendrick', 'dona', 'mirna'): Faker's name lists, which the file was filtered with, miss them. Surnames stay: a
    surname alone is seldom a person's whole name, and 'fargo' keeps 'Wells Fargo' whole."""
    from .name_freq import name_frequencies  # name_freq imports lexicon, as this module does

    freq = name_frequencies()
    with gzip.open(DRUG_FILE, "rt", encoding="utf-8") as fh:
        names = (line.strip() for line in fh if line.strip() and not line.startswith("#"))
        return frozenset(n for n in names if not freq.given(n))


def _personal_names() -> set[str]:
    """Given names and surnames Faker knows in many locales: ambiguous with a drug name, so not shipped."""
    from faker import Faker  # a development tool, used only to rebuild the file

    out: set[str] = set()
    for locale in _NAME_LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "last_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attr, None) or ()
            out |= {str(v).lower() for v in values}
    return out


def rebuild() -> int:
    """Write conf/drug_names.txt.gz from the installed package; returns the number of names."""
    import bz2
    import importlib.resources
    import pickle  # noqa: S403 - the installed package's own data file

    path = importlib.resources.files("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(str(path), "rb") as fh:
        variants = pickle.load(fh)["drug_variant_to_canonical"]  # noqa: S301
    names = _personal_names()
    kept = sorted(v for v in variants if _SHAPE.fullmatch(v) and len(v) <= 30 and v not in names)
    header = f"# {len(kept)} drug names from {SOURCE_PACKAGE}; regenerate with python -m redaction.drug_names\n"
    with gzip.open(DRUG_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "\n".join(kept) + "\n")
    return len(kept)


if __name__ == "__main__":
    import sys

    sys.stdout.write(f"{rebuild()} drug names written to {DRUG_FILE}\n")
