"""Demo sign-ins for every role (development only; the password is printed in the README)."""

from __future__ import annotations

from guide.errors import GuideError, InvalidInputError
from guide.services import Services

DEMO_PASSWORD = "home-team-demo-2026"
# username -> (role, display name, consumer for a consumer account, designee ids for a caregiver)
DEMO_USERS: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    "rosa": ("consumer", "Rosa Delgado", "demo-p1", ()),
    "elena": ("caregiver", "Elena Martinez", None, ("demo-p1-rp1",)),
    "luis": ("caregiver", "Luis Delgado", None, ("demo-p1-rp2",)),
    "grace": ("caregiver", "Grace Okonkwo", None, ("demo-p2-rp1",)),
    "tom": ("caregiver", "Tom Becker", None, ("demo-p2-rp2",)),
    "michael": ("caregiver", "Michael Sullivan", None, ("demo-p3-rp1",)),
    "anne": ("caregiver", "Anne Reyes", None, ("demo-p3-rp2",)),
    "keiko": ("caregiver", "Keiko Tanaka", None, ("demo-p4-rp1",)),
    "sam": ("caregiver", "Sam Rivera", None, ("demo-p5-rp1",)),
    "kasia": ("caregiver", "Kasia Nowak", None, ("demo-p5-rp2",)),
    "nurse.lindqvist": ("clinician", "Tomas Lindqvist, RN", None, ()),
    "dr.feldman": ("clinician", "Dr. Hannah Feldman", None, ()),
    "evaluator": ("evaluator", "Eval Team", None, ()),
    "admin": ("admin", "Site Admin", None, ()),
}
# clinician -> consumers whose care team they are on
CARE_TEAMS = {
    "nurse.lindqvist": ("demo-p1", "demo-p3", "demo-p4", "demo-p5"),
    "dr.feldman": ("demo-p2",),
}


def create_demo_accounts(services: Services) -> list[str]:
    """Create the demo users that do not exist yet; returns the usernames created."""
    if services.settings.env == "production":
        raise InvalidInputError("demo accounts are never created in production")
    existing = {u.username for u in services.accounts.users()}
    created = []
    for username, (role, name, consumer_id, designees) in DEMO_USERS.items():
        if username in existing:
            continue
        user_id = services.accounts.create_user(
            username=username, password=DEMO_PASSWORD, role=role, display_name=name, consumer_id=consumer_id
        )
        for designee in designees:
            services.accounts.link_designee(user_id, designee)
        for consumer in CARE_TEAMS.get(username, ()):
            services.accounts.add_to_care_team(user_id, consumer)
        created.append(username)
    return created


class DemoAccountsInProductionError(GuideError):
    """Production does not start while someone can sign in with a demo account or the published demo password."""


_CHECKED: set[str] = set()  # databases found clean in this process: `guide serve` checks before uvicorn starts the app


def demo_accounts_in_use(services: Services) -> list[tuple[str, str]]:
    """Active accounts named like a demo account, or whose password is the README's demo password, with which."""
    by_name = frozenset(u.username for u in services.accounts.users() if u.active and u.username in DEMO_USERS)
    by_password = services.accounts.with_password(DEMO_PASSWORD, skip=by_name)
    return sorted([(name, "demo account") for name in by_name] + [(name, "demo password") for name in by_password])


def refuse_demo_accounts_in_production(services: Services) -> None:
    """In production, refuse to go on while any demo account or demo password remains; say which and how to fix."""
    url = services.settings.sqlalchemy_url
    if services.settings.env != "production" or url in _CHECKED:
        return
    found = demo_accounts_in_use(services)
    if found:
        names = " ".join(name for name, _ in found)
        raise DemoAccountsInProductionError(
            f"refusing to start in production: {len(found)} account(s) sign in with the published demo password "
            f"or are demo accounts: {', '.join(f'{name} ({why})' for name, why in found)}. "
            f"Remove them with `guide users remove {names}` (`guide users list --demo` lists them), "
            "then add the real people with `guide users add`."
        )
    _CHECKED.add(url)
