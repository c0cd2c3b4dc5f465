"""A readable text summary of an analysis (the default output of `claimkit analyze`)."""

from __future__ import annotations

from collections import Counter, defaultdict

from claimkit.results import ActorRecord, Analysis, PlaceRecord


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 mention``, ``3 mentions``: a count with its noun in the right number."""
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def place_details(record: PlaceRecord) -> str:
    """``city, UA, Donetsk Oblast``: a place record's kind, country and region."""
    return ", ".join(x for x in (record.kind, record.country, record.admin1) if x)


def actor_details(record: ActorRecord) -> str:
    """``person, UA, president of Ukraine``: a person's or organisation's kind, country and
    description."""
    return ", ".join(x for x in (record.kind, record.country, record.description) if x)


def summary(analysis: Analysis) -> str:
    """A short human-readable report: places, people and organisations with their counts, and
    the quotes with their speakers, the claims with their status."""
    lines = [
        f"date: {analysis.date or 'unknown'}   model: {analysis.model.name} "
        f"{analysis.model.version}   characters: {len(analysis.text):,}"
    ]
    lines += [f"warning [{w.code}]: {w.message}" for w in analysis.warnings]

    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    details: dict[str, str] = {}
    for place in analysis.places:
        if place.record is None:
            key = f"{place.text} (not in the gazetteer)"
        else:
            record = place.record
            key = record.name
            where = ", ".join(x for x in (record.admin1, record.country) if x)
            coords = (
                f"{record.lat:.2f}, {record.lon:.2f}" if record.lat is not None else "no coords"
            )
            details[key] = f"{record.kind}; {where}; {coords}; {record.native or ''}; {record.id}"
        spellings[key][place.text] += 1
    lines.append(
        f"\nplaces ({plural(len(analysis.places), 'mention')}, {len(spellings)} distinct):"
    )
    for key, texts in sorted(spellings.items(), key=lambda kv: -sum(kv[1].values())):
        written = ", ".join(f"{t} ×{n}" for t, n in texts.most_common())
        lines.append(f"  {key:<22} {written}")
        if key in details:
            lines.append(f"  {'':<22} {details[key]}")

    people: dict[str, Counter[str]] = defaultdict(Counter)
    for person in analysis.people:
        if person.record is not None:
            name = person.record.name
        else:  # grouped by the fullest name the article gives (Remco Breuker … Breuker)
            name = f"{person.name or person.text} (not in the gazetteer)"
        people[name][person.text] += 1
    lines.append(f"\npeople ({plural(len(analysis.people), 'mention')}):")
    for name, texts in sorted(people.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"  {name:<22} " + ", ".join(f"{t} ×{n}" for t, n in texts.most_common()))

    organisations = Counter(
        o.record.name if o.record else f"{o.text} (unlinked)" for o in analysis.organisations
    )
    lines.append(f"\norganisations ({plural(len(analysis.organisations), 'mention')}):")
    lines += [f"  {name:<22} ×{n}" for name, n in organisations.most_common()]

    statements = sum(q.is_statement for q in analysis.quotes)
    lines.append(
        f"\nquotes ({plural(statements, 'statement')}, "
        f"{plural(len(analysis.quotes) - statements, 'term')}):"
    )
    for quote in analysis.quotes:
        speaker = quote.speaker.name if quote.speaker else "(speaker unknown)"
        if quote.kind == "term":
            speaker = ""
        words = " ".join(quote.text.split())
        words = words if len(words) <= 50 else words[:49] + "…"
        lines.append(f"  {quote.kind:<8} {speaker:<22} {words}")

    flagged = sum(c.flagged for c in analysis.claims)
    lines.append(f"\nclaims ({plural(len(analysis.claims), 'figure')}, {flagged} flagged):")
    for claim in analysis.claims:
        counted = claim.counted.text if claim.counted else ""
        claimant = claim.claimant.name if claim.claimant else "(the newspaper)"
        flag = "  FLAGGED" if claim.flagged else ""
        figure = f"{claim.text} {counted}".strip()
        lines.append(f"  {figure:<28} {claim.category:<16} {claim.status:<10} {claimant}{flag}")
    return "\n".join(lines)
