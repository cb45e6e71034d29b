"""What every page shares: the templates and their filters, who is asking, and rendering."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from guide.careplan.model import Section
from guide.store.accounts import Principal
from guide.web.deps import MaybePrincipal, verify_csrf

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
BADGES = {
    "answered": ("Answered", "answered"),
    "needs_review": ("Waiting for your care team", "waiting"),
    "emergency": ("Emergency", "emergency"),
    "resolved": ("Your care team answered", "resolved"),
}
SECTION_LABELS = {
    "conditions": "Conditions",
    "medications": "Medicines",
    "allergies": "Allergies",
    "goals": "Goals",
    "instructions": "Instructions",
    "appointments": "Appointments",
    "modalities": "Other care in use (supplements, remedies, therapies)",
    "behavioral_health": "Behavioral health (mental health conditions and medicines)",
}


class LoginRequiredError(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the sign-in page."""


def page_principal(principal: MaybePrincipal, _csrf: Annotated[None, Depends(verify_csrf)]) -> Principal:
    """The signed-in person, or a redirect to sign in."""
    if principal is None:
        raise LoginRequiredError
    return principal


PagePrincipal = Annotated[Principal, Depends(page_principal)]


def require(principal: Principal, *roles: str) -> None:
    """403 unless the signed-in person has one of these roles."""
    if principal.role not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "your account cannot open this page")


def render(request: Request, template: str, principal: Principal | None, **context: Any) -> HTMLResponse:
    """The template with who is signed in, the CSRF token and the badges."""
    context.update(me=principal, csrf=getattr(request.state, "csrf", None), badges=BADGES)
    return TEMPLATES.TemplateResponse(request, template, context)


# The offline composer's paragraph headings (and the older ones stored in existing threads), as the reader sees
# them: the plan is the consumer's own ("Rosa’s care plan says", with the typographic apostrophe the chat's script
# writes for a streamed reply, so a reply reads the same after a reload); the composer never sees a name.
SOURCE_HEADINGS = {
    "The care plan says:": "{name}\u2019s care plan says:",
    "From the care plan:": "{name}\u2019s care plan says:",
    "Our health library says:": "Our health library says:",
    "From our health library:": "Our health library says:",
    "When to call the care team:": "When to call the care team:",
}


def source_heading(line: str, first_name: str, own: bool = False) -> str | None:
    """The heading a composer line stands for, in plain words, or None for any other line. The consumer reading
    their own plan sees "Your care plan says"."""
    heading = SOURCE_HEADINGS.get(line.strip())
    if heading is None:
        return None
    if own:
        return heading.replace("{name}\u2019s", "Your")
    return heading.format(name=first_name) if first_name else heading.replace("{name}\u2019s", "The")


def cite_links(
    text: str, citations: list[dict[str, str]], conversation_id: str, first_name: str = "", own: bool = False
) -> Markup:
    """Escape the text, one paragraph per source with its heading in bold once, keep other line breaks, and turn
    each [n] into a link to the cited passage."""

    def link(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 1 <= number <= len(citations):
            return match.group(0)
        cited = citations[number - 1]
        href = f"/chat/c/{conversation_id}/passage/{escape(quote(cited['id'], safe=''))}"
        title = escape(cited.get("title", ""))
        return f'<a class="cite" href="{href}" title="{title}" aria-label="source {number}: {title}">[{number}]</a>'

    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        heading = source_heading(lines[0], first_name, own)
        body = re.sub(r"\[(\d+)\]", link, str(escape("\n".join(lines[1:] if heading else lines))))
        # a list ("\u2022 " items, docs/composer.md "Lists") starts on the line under its heading
        after = "<br>\n" if body.startswith("\u2022") else " "
        lead = f'<strong class="source">{escape(heading)}</strong>{after}' if heading else ""
        paragraphs.append(f"<p>{lead}{body.replace(chr(10), '<br>' + chr(10))}</p>")
    return Markup("\n".join(paragraphs))


def consumer_name(services: Any, consumer_id: str) -> str:
    """The consumer's full name, for the clinicians' and the consumer's own pages."""
    return str(services.store.plan(consumer_id).consumer.name.full)


def first_name(services: Any, consumer_id: str) -> str:
    """The consumer's first name, as their home team calls them."""
    given = services.store.plan(consumer_id).consumer.name.given
    return str(given[0]) if given else ""


TEMPLATES.env.filters["cite_links"] = cite_links


def section_label(value: str) -> str:
    """A plain-language label of a care-plan section."""
    return SECTION_LABELS.get(value, value.replace("_", " ").capitalize())


TEMPLATES.env.filters["section_label"] = section_label
TEMPLATES.env.globals["SECTION_VALUES"] = [s.value for s in Section]
