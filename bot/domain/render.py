"""Alert and incident texts, in the chat's language, as Telegram HTML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Protocol

from bot.domain.models import Actor, Incident, Place, Status

__all__ = [
    "Names",
    "TextTranslator",
    "actor_name",
    "casualties_text",
    "event_label",
    "place_label",
    "render_alert",
    "render_card",
    "render_line",
    "render_summary",
    "render_update",
    "severity_icon",
]


class TextTranslator(Protocol):
    language: str

    def _(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def short_date(self, value: dt.date) -> str: ...

    def date(self, value: dt.date, *, fmt: str = ...) -> str: ...

    def datetime(self, value: dt.datetime, *, tz: str = ..., fmt: str = ...) -> str: ...


class Names(Protocol):
    """What rendering needs of the gazetteer."""

    def place(self, place_id: str) -> Place | None: ...

    def actor(self, actor_id: str) -> Actor | None: ...

    def place_ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def named(self, name: str) -> list[str]: ...


def N_(message: str) -> str:
    """Mark a string for the catalog; it is translated where it is shown."""
    return message


_SUB_EVENT_LABELS: dict[str, str] = {
    "Armed clash": N_("Armed clash"),
    "Government regains territory": N_("Government forces retake territory"),
    "Non-state actor overtakes territory": N_("Armed group takes territory"),
    "Air/drone strike": N_("Drone or air strike"),
    "Shelling/artillery/missile attack": N_("Shelling or missile attack"),
    "Remote explosive/landmine/IED": N_("Explosive device"),
    "Suicide bomb": N_("Suicide bombing"),
    "Grenade": N_("Grenade attack"),
    "Chemical weapon": N_("Chemical attack"),
    "Attack": N_("Attack on civilians"),
    "Abduction/forced disappearance": N_("Abduction"),
    "Sexual violence": N_("Sexual violence"),
    "Peaceful protest": N_("Protest"),
    "Protest with intervention": N_("Protest broken up"),
    "Excessive force against protesters": N_("Force used against protesters"),
    "Violent demonstration": N_("Violent demonstration"),
    "Mob violence": N_("Mob violence"),
    "Looting/property destruction": N_("Buildings burnt or looted"),
}
_EVENT_LABELS: dict[str, str] = {
    "Battles": N_("Fighting"),
    "Explosions/Remote violence": N_("Explosion or strike"),
    "Violence against civilians": N_("Violence against civilians"),
    "Protests": N_("Protest"),
    "Riots": N_("Riot"),
    "Strategic developments": N_("Strategic development"),
}


def event_label(t: TextTranslator, incident: Incident) -> str:
    """A short name for what happened, e.g. "Drone or air strike"."""
    label = _SUB_EVENT_LABELS.get(incident.sub_event_type or "")
    if label is None:
        label = _EVENT_LABELS.get(incident.event_type, N_("Incident"))
    return t._(label)


def severity_icon(incident: Incident) -> str:
    if incident.fatalities:
        return "🔴"
    if incident.injured or incident.event_type in {"Battles", "Explosions/Remote violence"}:
        return "🟠"
    return "🟡"


def _name(obj: Place | Actor, language: str) -> str:
    return obj.name_fr if language == "fr" and obj.name_fr else obj.name


def _sea(place: str | None, names: Names) -> Place | None:
    """The sea of a place named "<sea> off <port>" (a ship hit at sea)."""
    if not place or " off " not in place:
        return None
    for place_id in names.named(place.split(" off ", 1)[0]):
        sea = names.place(place_id)
        if sea is not None and sea.country is None and sea.level == "site":
            return sea
    return None


def place_label(incident: Incident, names: Names, language: str) -> str:
    """Place, first-level division, country: "Ain al-Asad Air Base, Al Anbar, Iraq"."""
    parts: list[str] = []
    anchor = names.place(incident.place_id) if incident.place_id else None
    sea = _sea(incident.place, names)
    if sea is not None:
        # "Gulf of Aden off Aden": the sea in the reader's language, then the port's province
        parts.append(_name(sea, language))
    elif anchor is not None and incident.place and not anchor.bears(incident.place):
        # a village the gazetteer lacks, placed at the town or province it has: its own name,
        # then the province and country (the town may only be nearby)
        parts.append(incident.place)
    if incident.place_id:
        for place_id in names.place_ancestors(incident.place_id):
            place = names.place(place_id)
            if place is None:
                continue
            if parts and place.level in {"city", "site"}:
                continue  # the town a base belongs to adds length, not clarity
            label = _name(place, language)
            if label not in parts:
                parts.append(label)
    if not parts:
        country = names.place(f"c:{incident.country}") if incident.country else None
        fallback = [incident.place, incident.admin1, _name(country, language) if country else None]
        parts = [p for p in fallback if p]
    return ", ".join(parts)


def actor_name(actor_id: str, names: Names, language: str) -> str:
    actor = names.actor(actor_id)
    return _name(actor, language) if actor else actor_id


def casualties_text(t: TextTranslator, incident: Incident) -> str | None:
    dead, hurt = incident.fatalities, incident.injured
    if dead is None and hurt is None:
        return None
    if not dead and not hurt:
        return t._("no casualties")
    parts = []
    if dead:
        parts.append(t.ngettext("%(n)d killed", "%(n)d killed", dead) % {"n": dead})
    if hurt:
        parts.append(t.ngettext("%(n)d injured", "%(n)d injured", hurt) % {"n": hurt})
    return ", ".join(parts)


def _status_text(t: TextTranslator, incident: Incident, names: Names) -> str:
    lang = t.language
    claimant = (
        escape(actor_name(incident.claimed_by, names, lang)) if incident.claimed_by else None
    )
    status = incident.status
    if status is Status.CLAIMED and claimant:
        return t._("claimed by %(actor)s, not confirmed") % {"actor": claimant}
    if status is Status.CONFIRMED and claimant:
        return t._("claimed by %(actor)s, confirmed") % {"actor": claimant}
    if status is Status.DENIED:
        return t._("denied")
    if status is Status.CONFIRMED:
        return t._("confirmed")
    if status is Status.UNCONFIRMED:
        return t._("unconfirmed")
    if status is Status.CLAIMED:
        return t._("claimed, not confirmed")
    return t._("reported")


def _sources(incident: Incident) -> str:
    if not incident.reports:
        return ""
    first = incident.reports[0]
    link = f'<a href="{escape(first.url, quote=True)}">{escape(first.source)}</a>'
    more = len(incident.reports) - 1
    return f"{link} (+{more})" if more else link


def render_alert(incident: Incident, *, t: TextTranslator, names: Names) -> str:
    """The alert a subscriber gets: what, where, who, how bad, how sure, when, source."""
    lang = t.language
    head = (
        f"{severity_icon(incident)} <b>{escape(event_label(t, incident))}</b> — "
        f"{escape(place_label(incident, names, lang))}"
    )
    facts: list[str] = []
    # The claimant is named by the status ("claimed by ..."), so it is not listed twice.
    actors = [
        escape(actor_name(a, names, lang)) for a in incident.actors if a != incident.claimed_by
    ]
    status = _status_text(t, incident, names)
    if incident.claimed_by:
        facts.append(status)
    if actors:
        facts.append(", ".join(actors[:3]) + ("…" if len(actors) > 3 else ""))
    casualties = casualties_text(t, incident)
    if casualties:
        facts.append(escape(casualties))
    if not incident.claimed_by:
        facts.append(status)
    tail = [escape(t.short_date(incident.incident_date))]
    sources = _sources(incident)
    if sources:
        tail.append(sources)
    return "\n".join([head, " · ".join(facts), " · ".join(tail)])


def render_update(incident: Incident, *, t: TextTranslator, names: Names) -> str:
    """A short follow-up when an incident already alerted gets new facts."""
    lang = t.language
    facts = [_status_text(t, incident, names)]
    casualties = casualties_text(t, incident)
    if casualties:
        facts.append(escape(casualties))
    head = (
        t._("Update")
        + f": <b>{escape(event_label(t, incident))}</b> — "
        + escape(place_label(incident, names, lang))
    )
    return "\n".join([f"🔄 {head}", " · ".join(facts), _sources(incident)]).rstrip()


def render_line(incident: Incident, *, t: TextTranslator, names: Names) -> str:
    """One line of ``/recent``."""
    lang = t.language
    parts = [
        escape(t.short_date(incident.incident_date)),
        f"{severity_icon(incident)} {escape(event_label(t, incident))} — "
        f"{escape(place_label(incident, names, lang))}",
    ]
    casualties = casualties_text(t, incident)
    if casualties:
        parts.append(escape(casualties))
    sources = _sources(incident)
    if sources:
        parts.append(sources)
    return " · ".join(parts) + f" · /incident_{incident.id}"


_STATUS_WORDS: dict[Status, str] = {
    Status.REPORTED: N_("reported"),
    Status.CLAIMED: N_("claimed"),
    Status.UNCONFIRMED: N_("unconfirmed"),
    Status.CONFIRMED: N_("confirmed"),
    Status.DENIED: N_("denied"),
}


def render_card(incident: Incident, *, t: TextTranslator, names: Names, tz: str = "UTC") -> str:
    """The full card of ``/incident``: every fact, how its status evolved, every source."""
    lang = t.language
    lines = [render_alert(incident, t=t, names=names).split("\n")[0]]
    lines.append(t._("Date: %(date)s") % {"date": escape(t.date(incident.incident_date))})
    if incident.actors:
        who = ", ".join(escape(actor_name(a, names, lang)) for a in incident.actors)
        lines.append(t._("Who: %(actors)s") % {"actors": who})
    lines.append(t._("Status: %(status)s") % {"status": _status_text(t, incident, names)})
    casualties = casualties_text(t, incident)
    lines.append(
        t._("Casualties: %(figures)s")
        % {"figures": escape(casualties) if casualties else escape(t._("not stated"))}
    )
    lines.append(t._("Sources:"))
    for report in sorted(incident.reports, key=lambda r: r.published):
        details = [escape(t.datetime(report.published, tz=tz))]
        if report.status is not None:
            details.append(escape(t._(_STATUS_WORDS[report.status])))
        if report.fatalities is not None:
            details.append(
                escape(
                    t.ngettext("%(n)d killed", "%(n)d killed", report.fatalities)
                    % {"n": report.fatalities}
                )
            )
        lines.append(
            f'• <a href="{escape(report.url, quote=True)}">{escape(report.source[:60])}</a> — '
            f"{escape(report.title[:120])} ({', '.join(details)})"
        )
    return _fit("\n".join(lines))


def _fit(text: str, limit: int = 4000) -> str:
    """Telegram refuses messages over 4,096 characters; cut at a line boundary."""
    if len(text) <= limit:
        return text
    return text[: text.rfind("\n", 0, limit - 2)] + "\n…"


def render_summary(
    title: str, incidents: Sequence[Incident], *, t: TextTranslator, names: Names, limit: int = 25
) -> str:
    """One message for many incidents (a digest, the end of quiet hours), newest first."""
    ordered = sorted(incidents, key=lambda i: (i.incident_date, i.first_seen), reverse=True)
    lines = [f"<b>{escape(title)}</b>"]
    lines += [render_line(i, t=t, names=names) for i in ordered[:limit]]
    if len(ordered) > limit:
        more = len(ordered) - limit
        lines.append(t.ngettext("…and %(n)d more", "…and %(n)d more", more) % {"n": more})
    return _fit("\n".join(lines))
