#!/usr/bin/env python3
"""Generate a deterministic corpus of synthetic dglint proposals (dglint/proposal/v1) for benchmarks and tests.

    python3 scripts/gen_proposals.py --count 2000 --out .bench/corpus-2000 --seed 2569 --format mixed

Same arguments give byte-identical files: every proposal draws from its own random.Random seeded with
(seed, index), and nothing depends on time, hash randomisation or the file system. About 70% of the
proposals are generated clean; the rest carry one to three defects of the kind the STRUCT rules catch
(see DEFECTS), and a few per cent write fiscal years and money with Thai digits or as money strings.
The proposals go to OUT/proposals/ and `OUT/manifest.json` lists every file (relative to OUT) with its defects
and the rule ids they should draw; check the corpus with `dglint check OUT/proposals`, since dglint would
take manifest.json itself for a proposal if it were beside them.

YAML is written by hand (no PyYAML needed); `--verify` parses every file back (PyYAML for YAML when it is
installed, json for JSON) and checks it equals the generated data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import proposal_data as data  # noqa: E402  (a sibling module, found through the line above)

FORMAT_VERSION = "dglint/proposal/v1"
MANIFEST_VERSION = 1
CLEAN_SHARE = 0.70
THAI_DIGITS_SHARE = 0.04
MONEY_STRING_SHARE = 0.05
JSON_SHARE_IN_MIXED = 0.10
FIRST_FY, LAST_PLAN_FY, LAST_FY = 2568, 2570, 2571
BE_OFFSET = 543
PROPOSALS_DIR = "proposals"
MANIFEST_NAME = "manifest.json"

# defect -> (rule it should draw, group: at most one defect of a group per proposal)
DEFECTS = {
    "missing_rationale": ("STRUCT-01", "rationale"),
    "empty_rationale": ("STRUCT-01", "rationale"),
    "missing_objectives": ("STRUCT-01", "objectives"),
    "empty_objectives": ("STRUCT-01", "objectives"),
    "missing_scope": ("STRUCT-01", "scope"),
    "empty_scope": ("STRUCT-01", "scope"),
    "missing_deliverables": ("STRUCT-01", "deliverables"),
    "empty_deliverables": ("STRUCT-01", "deliverables"),
    "objective_without_kpi": ("STRUCT-02", "objectives"),
    "kpi_without_unit": ("STRUCT-02", "objectives"),
    "kpi_without_due": ("STRUCT-02", "objectives"),
    "kpi_target_not_numeric": ("STRUCT-02", "objectives"),
    "milestone_outside_timeline": ("STRUCT-03", "timeline"),
    "timeline_start_after_end": ("STRUCT-03", "timeline"),
    "no_risks": ("STRUCT-04", "risks"),
    "risk_without_mitigation": ("STRUCT-04", "risks"),
    "no_owner_unit": ("STRUCT-05", "owner"),
    "officer_without_contact": ("STRUCT-05", "officer"),
    "no_benefits": ("STRUCT-06", "benefits"),
}
# Not a STRUCT defect: a project that runs into FY2571, beyond the 2566-2570 plan it cites.
BEYOND_PLAN_DEFECT = ("fiscal_year_beyond_dg_plan", "ALIGN-03")

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RESERVED = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}
_UNSAFE_RE = re.compile(r"[,\[\]{}#:\"'`|>&*!%@\\]")


# ---------------------------------------------------------------------------------------------- YAML text

def _plain_ok(text: str) -> bool:
    """Tell whether a string can be written as a YAML plain scalar that reads back as the same string.

    Conservative: plain only when it starts with a letter (Thai included) or a Thai digit, is no YAML 1.1
    keyword, and holds none of the indicator characters, so it is safe in block and flow context alike.
    Dates (YYYY-MM-DD) are the one exception: they are written plain on purpose, as proposals do.
    """
    if _DATE_RE.fullmatch(text):
        return True
    if text.lower() in _RESERVED or text != text.strip() or not text.isprintable():
        return False
    if not (text[0].isalpha() or text[0] in THAI_DIGITS):
        return False
    return _UNSAFE_RE.search(text) is None


def yaml_scalar(value: object) -> str:
    """Render one scalar (str, int, float, bool or None) for a single YAML line."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return value if _plain_ok(value) else json.dumps(value, ensure_ascii=False)
    raise TypeError(f"not a YAML scalar: {value!r}")


def _is_scalar(value: object) -> bool:
    """Tell whether a value is written as a scalar (not a mapping or a sequence)."""
    return not isinstance(value, (dict, list))


def _flow(value: object) -> str | None:
    """Render a value in YAML flow style on one line, or None when it holds a multi-line string."""
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            rendered = _flow(item)
            if rendered is None:
                return None
            parts.append(f"{yaml_scalar(key)}: {rendered}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        parts = [_flow(item) for item in value]
        if any(part is None for part in parts):
            return None
        return "[" + ", ".join(parts) + "]"  # type: ignore[arg-type]
    if isinstance(value, str) and "\n" in value:
        return None
    return yaml_scalar(value)


def _literal(text: str, indent: int) -> list[str]:
    """Render a multi-line string as the lines of a `|-` literal block at the given indentation."""
    return [(" " * indent + line) if line else "" for line in text.split("\n")]


def _emit_value(head: str, value: object, indent: int, width: int, out: list[str]) -> None:
    """Write `head` (a `key:` or `-` prefix) followed by the value, inline or as a nested block."""
    if isinstance(value, str) and "\n" in value:
        out.append(f"{head} |-")
        out.extend(_literal(value, indent + 2))
    elif _is_scalar(value):
        out.append(f"{head} {yaml_scalar(value)}")
    elif not value:
        out.append(f"{head} {'{}' if isinstance(value, dict) else '[]'}")
    else:
        flow = _flow(value) if width else None
        if flow is not None and len(head) + 1 + len(flow) <= width:
            out.append(f"{head} {flow}")
            return
        nested: list[str] = []
        if isinstance(value, dict):
            _emit_mapping(value, indent + 2, width, nested)
        else:
            _emit_sequence(value, indent + 2, width, nested)
        if head.endswith("-"):  # a sequence item: the nested block starts on the dash's line
            nested[0] = head + " " + nested[0][indent + 2:]
            out.extend(nested)
        else:
            out.append(head)
            out.extend(nested)


def _emit_mapping(mapping: dict, indent: int, width: int, out: list[str]) -> None:
    """Write a block mapping, one key per line, at the given indentation."""
    for key, value in mapping.items():
        _emit_value(" " * indent + yaml_scalar(key) + ":", value, indent, width, out)


def _emit_sequence(items: list, indent: int, width: int, out: list[str]) -> None:
    """Write a block sequence, one `- ` item per entry, at the given indentation."""
    for item in items:
        _emit_value(" " * indent + "-", item, indent, width, out)


def to_yaml(doc: dict, width: int, comment: str | None = None) -> str:
    """Render a proposal as YAML text; `width` > 0 writes short mappings and lists in flow style."""
    out: list[str] = [f"# {comment}"] if comment else []
    _emit_mapping(doc, 0, width, out)
    return "\n".join(out) + "\n"


def to_json(doc: dict) -> str:
    """Render a proposal as pretty-printed JSON text (integer keys become strings, as JSON requires)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------- values

def be_date(day: dt.date) -> str:
    """Write a (CE) date as an ISO date with the Buddhist Era year, e.g. 2026-03-31 -> 2569-03-31."""
    return f"{day.year + BE_OFFSET:04d}-{day.month:02d}-{day.day:02d}"


def from_be(text: str) -> dt.date:
    """Read an ISO date with a Buddhist Era year back as a (CE) date: 2569-03-31 -> 2026-03-31."""
    year, month, day = (int(part) for part in text.split("-"))
    return dt.date(year - BE_OFFSET, month, day)


def fy_start(fiscal_year: int) -> dt.date:
    """First day (CE date) of Thai fiscal year `fiscal_year` (BE): 1 October of the year before."""
    return dt.date(fiscal_year - BE_OFFSET - 1, 10, 1)


def fy_end(fiscal_year: int) -> dt.date:
    """Last day (CE date) of Thai fiscal year `fiscal_year` (BE): 30 September."""
    return dt.date(fiscal_year - BE_OFFSET, 9, 30)


def thai(text: object) -> str:
    """Write the ASCII digits of a value with Thai digits (2569 -> ๒๕๖๙)."""
    return str(text).translate(_TO_THAI)


def money_text(amount: int, rng: random.Random, thai_digits: bool) -> str:
    """Write a whole-baht amount as a money string: "12.5 ล้านบาท", "1,250,000" or "๑,๒๕๐,๐๐๐ บาท"."""
    if thai_digits:
        return thai(f"{amount:,}") + " บาท"
    if amount >= 1_000_000 and amount % 10_000 == 0 and rng.random() < 0.6:
        millions = format((Decimal(amount) / Decimal(1_000_000)).normalize(), "f")
        return f"{millions} ล้านบาท"
    return f"{amount:,}"


def round_to(value: float, step: int) -> int:
    """Round a positive amount to a whole multiple of `step` baht, at least one step."""
    return max(step, int(round(value / step)) * step)


def agency_code(agency_index: int) -> str:
    """A stable, synthetic 5-digit agency code (not the Budget Bureau's real one)."""
    return f"{10000 + (agency_index * 7919 + 1201) % 90000:05d}"


# ---------------------------------------------------------------------------------------------- sections

def make_officer(rng: random.Random, domain: str) -> dict:
    """An invented officer with a Thai name, a position, a go.th e-mail and a Bangkok phone number."""
    first, roman = rng.choice(data.FIRST_NAMES)
    surname = rng.choice(data.SURNAMES)
    return {
        "name": f"{rng.choice(data.TITLES_TH)}{first} {surname}",
        "position": rng.choice(data.POSITIONS),
        "email": f"{roman}.{rng.randint(1, 99)}@{domain}",
        "phone": f"02-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
    }


def make_timeline(rng: random.Random, fys: list[int]) -> tuple[dt.date, dt.date, list[dict]]:
    """A timeline inside the fiscal years, with 3-6 milestones in order between its start and end."""
    start = fy_start(fys[0]) + dt.timedelta(days=rng.randint(0, 60))
    end = fy_end(fys[-1]) - dt.timedelta(days=rng.randint(0, 30))
    span = (end - start).days
    names = rng.sample(data.MILESTONES, rng.choices([2, 3, 4], weights=[40, 40, 20])[0])
    offsets = sorted(rng.sample(range(15, span), len(names)))
    milestones = [{"name": name, "due": be_date(start + dt.timedelta(days=off))} for name, off in zip(names, offsets)]
    return start, end, milestones


def make_budget(rng: random.Random, fys: list[int], hosting: str, variants: set[str]) -> tuple[dict, int]:
    """Budget items whose amounts add up to `total` and to `by_fiscal_year`; returns it and the computer spend.

    Every fiscal year gets at least one item; hardware items satisfy quantity × unit_price = amount.
    Variants "money-strings" and "thai-digits" write some amounts (and years) as strings.
    """
    size = rng.choices([3e6, 2e7, 7e7, 1.6e8], weights=[40, 45, 11, 4])[0] * rng.uniform(0.4, 1.2)
    items: list[dict] = []
    first = fys[0]
    items.append({"category": "services", "description": rng.choice(data.SERVICES_ITEMS),
                  "amount": round_to(size * 0.45, 10_000), "fiscal_year": first, "price_reference": "survey"})
    on_premises = hosting in ("hybrid", "agency-datacenter")
    for desc, unit_price in rng.sample(data.HARDWARE, rng.randint(1, 2) if on_premises else rng.choice([0, 0, 1])):
        quantity = max(1, int(size * rng.uniform(0.02, 0.08) / unit_price)) if unit_price < 500_000 else rng.randint(1, 4)
        items.append({"category": "hardware", "description": desc, "quantity": quantity, "unit_price": unit_price,
                      "amount": quantity * unit_price, "fiscal_year": first,
                      "price_reference": rng.choice(["des", "budget-bureau"])})
    for desc in rng.sample(data.SOFTWARE, rng.randint(0, 1)):
        item = {"category": "software", "description": desc, "amount": round_to(size * rng.uniform(0.01, 0.05), 1_000),
                "fiscal_year": first, "price_reference": rng.choice(["survey", "des", "budget-bureau"])}
        if rng.random() < 0.3:
            usd = rng.randint(10, 400) * 100
            rate = rng.choice([33.75, 34.25, 35.5, 36.0])
            item["amount"] = int(usd * rate)
            item["foreign_currency"] = {"currency": "USD", "amount": usd, "rate": rate,
                                        "rate_date": be_date(fy_start(first) - dt.timedelta(days=rng.randint(90, 200)))}
        items.append(item)
    for year in fys:
        if hosting in ("gdcc", "commercial-cloud", "hybrid"):
            items.append({"category": "cloud", "description": "ค่าบริการคลาวด์ GDCC" if hosting == "gdcc" else "ค่าบริการคลาวด์",
                          "amount": round_to(size * rng.uniform(0.05, 0.12), 1_000), "fiscal_year": year,
                          "price_reference": "gdcc" if hosting == "gdcc" else "survey"})
        if hosting in ("hybrid", "agency-datacenter") and (year != first or hosting == "agency-datacenter"):
            items.append({"category": "maintenance", "description": "ค่าบำรุงรักษาระบบ",
                          "amount": round_to(size * rng.uniform(0.04, 0.1), 1_000), "fiscal_year": year})
    if rng.random() < 0.5:
        items.append({"category": "training", "description": "ค่าฝึกอบรม", "amount": round_to(size * 0.02, 1_000),
                      "fiscal_year": fys[-1]})

    total = sum(item["amount"] for item in items)
    by_year = {year: sum(item["amount"] for item in items if item["fiscal_year"] == year) for year in fys}
    computer = sum(item["amount"] for item in items if item["category"] in ("hardware", "software", "cloud", "services"))
    budget: dict = {"currency": "THB", "total": total, "by_fiscal_year": dict(by_year), "items": items}

    if "thai-digits" in variants:
        budget["by_fiscal_year"] = {thai(year): amount for year, amount in by_year.items()}
        for item in items:
            item["fiscal_year"] = thai(item["fiscal_year"])
        for item in rng.sample(items, min(2, len(items))):
            item["amount"] = money_text(item["amount"], rng, thai_digits=True)
    if "money-strings" in variants:
        for item in rng.sample(items, min(3, len(items))):
            if isinstance(item["amount"], int) and "quantity" not in item:
                item["amount"] = money_text(item["amount"], rng, thai_digits=False)
        budget["total"] = money_text(total, rng, thai_digits=False)
    years = rng.randint(3, 7)
    budget["tco"] = {"years": years, "total": total + round_to(total * 0.12 * max(1, years - len(fys)), 1_000),
                     "includes": ["maintenance", "licences"] + (["cloud"] if hosting != "agency-datacenter" else [])}
    return budget, computer


def make_datasets(rng: random.Random, sector: str, hosting: str) -> list[dict]:
    """Two to four datasets: personal ones with lawful basis and retention, public ones published openly."""
    names = data.SECTORS[sector][4]
    datasets = []
    for position, name in enumerate(rng.sample(names, rng.choices([1, 2], weights=[70, 30])[0])):
        public = (position == 0 and rng.random() < 0.5) or rng.random() < 0.25
        if public:
            datasets.append({
                "name": "สถิติ" + name, "classification": "public", "personal_data": False, "metadata_standard": True,
                "open_data": {"publish": True, "portal": "data.go.th", "formats": rng.sample(["CSV", "JSON", "XLSX"], 2),
                              "license": "Open Government License Thailand", "anonymised": True,
                              "english_column_names": True}})
            continue
        allowed = ["internal", "confidential"] + (["secret"] if hosting != "commercial-cloud" else [])
        sensitive = sector == "health" or rng.random() < 0.1
        entry = {"name": name, "classification": rng.choice(allowed), "personal_data": True,
                 "sensitive_personal_data": sensitive, "data_subjects": rng.choice([5000, 80000, 450000, 3200000]),
                 "lawful_basis": [rng.choice(data.LAWFUL_BASES)]}
        if sensitive:
            entry["sensitive_basis"] = rng.choice(data.SENSITIVE_BASES)
        entry.update({"retention": f"{rng.choice([5, 10, 20])} years", "metadata_standard": True,
                      "sharing": {"gdx": True, "shared_with": ["สำนักงานสถิติแห่งชาติ"]}})
        if rng.random() < 0.7:
            del entry["sharing"]
        if rng.random() < 0.5:
            entry["open_data"] = {"publish": False, "reason": "ข้อมูลส่วนบุคคล"}
        datasets.append(entry)
    return datasets


def make_services(rng: random.Random, sector: str) -> list[dict]:
    """One to three online e-services that use ThaID and ask for no copies of ID documents."""
    services = []
    for name in rng.sample(data.SECTORS[sector][3], rng.choices([1, 2], weights=[85, 15])[0]):
        fees = rng.random() < 0.3
        services.append({
            "name": name, "online": True, "channels": ["web", "mobile"] + (["counter"] if rng.random() < 0.5 else []),
            "identity": {"required": True, "ial": rng.choice(["2.1", "2.2", "2.3"]), "aal": rng.choice(["2", "2.1"]),
                         "risk_assessment": True, "provider": "ThaID",
                         "authoritative_source": rng.choice(data.AUTHORITATIVE_SOURCES)},
            "payment": {"fees": True, "methods": ["PromptPay", "QR"]} if fees else None,
            "required_documents": rng.choice([None, [], ["ใบรับรองแพทย์"]]),
            "e_service_level": rng.randint(3, 5)})
        services[-1] = {key: value for key, value in services[-1].items() if value is not None}
    return services


def make_objectives_and_kpis(rng: random.Random, sector: str, services: list, datasets: list,
                             due: str) -> tuple[list[dict], list[dict]]:
    """Two to four objectives, each with one or two KPIs that have a numeric target, a unit and a due date."""
    objectives, kpis = [], []
    templates = rng.sample(data.OBJECTIVE_TEMPLATES, rng.choices([1, 2, 3], weights=[40, 45, 15])[0])
    for number, template in enumerate(templates, start=1):
        text = template.format(service=rng.choice(services)["name"], dataset=rng.choice(datasets)["name"])
        objectives.append({"id": f"O{number}", "text": text})
        for name, unit, baseline, target in rng.sample(data.SECTORS[sector][5], rng.choices([1, 2], weights=[90, 10])[0]):
            kpis.append({"objective": f"O{number}", "name": name, "baseline": baseline, "target": target,
                         "unit": unit, "due": due})
    return objectives, kpis


def make_rationale(rng: random.Random, agency_th: str, service: str, service_en: str) -> object:
    """The rationale: three to six Thai paragraphs, sometimes with an English version alongside."""
    sentences = rng.sample(data.RATIONALE_SENTENCES, rng.choices([1, 2], weights=[75, 25])[0])
    text_th = "\n\n".join(s.format(service=service, agency=agency_th) for s in sentences)
    if rng.random() < 0.1:
        return {"th": text_th, "en": data.RATIONALE_EN.format(service_en=service_en)}
    return text_th


# ---------------------------------------------------------------------------------------------- proposal

def build_proposal(rng: random.Random, index: int, beyond_plan: bool, variants: set[str]) -> dict:
    """Build one clean proposal as an ordered dict in the field order of PROPOSAL-FORMAT.md."""
    agency_index = rng.randrange(len(data.AGENCIES))
    name_th, name_en, ministry_th, ministry_en, domain, level, agency_sectors = data.AGENCIES[agency_index]
    sector = rng.choice(agency_sectors)
    sectors = [sector] + [s for s in agency_sectors if s != sector and rng.random() < 0.4]
    sector_th, sector_en, titles, _, _, _ = data.SECTORS[sector]

    length = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
    last = LAST_FY if beyond_plan else rng.randint(FIRST_FY + length - 1, LAST_PLAN_FY)
    fys = list(range(last - length + 1, last + 1))
    hosting = rng.choices(["gdcc", "commercial-cloud", "hybrid", "agency-datacenter"], weights=[55, 15, 15, 15])[0]

    title_th, title_en = rng.choice(titles)
    phase_th, phase_en = rng.choice(data.PHASES)
    abbr = domain.split(".")[0].upper()
    services = make_services(rng, sector)
    datasets = make_datasets(rng, sector, hosting)
    start, end, milestones = make_timeline(rng, fys)
    objectives, kpis = make_objectives_and_kpis(rng, sector, services, datasets, be_date(end))
    budget, computer = make_budget(rng, fys, hosting, variants)
    personal = any(d.get("personal_data") for d in datasets)
    not_public = any(d["classification"] != "public" for d in datasets)
    strategies = sorted({1} | set(rng.sample([2, 3, 4], rng.randint(0, 2)))) if level == "local" or \
        sector == "local-government" else sorted(rng.sample([1, 2, 3, 4], rng.randint(1, 2)))

    doc: dict = {
        "format": FORMAT_VERSION,
        "id": f"{abbr}-{fys[0]}-{index:04d}",
        "title": {"th": title_th + phase_th.format(fy=fys[0]), "en": title_en + phase_en.format(fy=fys[0])},
        "agency": {
            "name": {"th": name_th, "en": name_en},
            "ministry": {"th": ministry_th, "en": ministry_en},
            "code": agency_code(agency_index),
            "level": level,
            "owner_unit": rng.choice(data.OWNER_UNITS),
            "officer": make_officer(rng, domain),
        },
        "fiscal_years": [thai(y) for y in fys] if "thai-digits" in variants else fys,
        "sectors": sectors,
        "rationale": make_rationale(rng, name_th, services[0]["name"], title_en.lower()),
        "objectives": objectives,
        "scope": "\n".join("- " + line for line in rng.sample(data.SCOPE_LINES, rng.randint(2, 3))),
        "deliverables": [d.format(title=title_th) for d in rng.sample(data.DELIVERABLES, rng.randint(1, 3))],
        "kpis": kpis,
        "benefits": {k: v for k, v in data.BENEFITS.items() if k == "citizens" or rng.random() < 0.5},
        "alignment": {
            "dg_plan": {"plan": "2566-2570", "strategies": strategies},
            "national_strategy": {"pillar": "6", "master_plan": "20"},
            "agency_digital_plan": {"title": "แผนปฏิบัติการดิจิทัล", "period": "2566-2570"},
        },
        "timeline": {"start": be_date(start), "end": be_date(end), "milestones": milestones},
        "budget": budget,
        "procurement": {
            "method": "e-bidding" if computer > 5_000_000 else "e-market",
            "approval_route": "des-committee" if computer > 100_000_000 else "agency-committee",
            "specifications": rng.sample(data.SPEC_BRANDS, 1),
            "acceptance_criteria": [a.format(users=f"{rng.choice([500, 2000, 10000]):,}")
                                    for a in rng.sample(data.ACCEPTANCE, rng.randint(1, 2))],
        },
        "services": services,
        "website": None if rng.random() < 0.4 else {"url": f"https://{title_en.split()[0].lower()}.{domain}",
                    "accessibility": {"standard": "WCAG", "version": "2.1", "level": "AA"},
                    "tls_min": rng.choice(["1.2", "1.3"]), "privacy_notice": True, "cookie_notice": True,
                    "responsive": True},
        "data": {"owner": rng.choice(data.OWNER_UNITS), "quality_controls": ["ตรวจเลขประจำตัวประชาชน"],
                 "catalog": {"registered": True, "catalog": "gdcatalog"}, "datasets": datasets},
    }
    if not_public:
        doc["data"]["protection_process"] = "กำหนดสิทธิตามบทบาทและเข้ารหัสข้อมูล"
    if personal:
        doc["privacy"] = {"dpo": {"name": "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล", "email": f"dpo@{domain}"},
                          "privacy_notice": True, "ropa": True,
                          "dpia": {"done": True, "date": be_date(fy_start(fys[0]) - dt.timedelta(days=45))},
                          "breach_procedure": {"notify_within_hours": 72}, "cross_border": {"transfer": False}}
    doc["security"] = {
        "policy_ref": "นโยบายความมั่นคงปลอดภัย 2567",
        "cii": sector in data.CII_SECTORS, "category": rng.choice(["medium", "high"]), "risk_assessment": True,
        "audit_plan": True, "incident_response": {"plan": True, "reports_to": ["ThaiCERT", "NCSA"],
                                                  "contact_within_minutes": rng.choice([30, 60])},
        "log_retention_days": rng.choice([90, 180, 365]), "penetration_test": True}
    if doc["website"] is None:
        del doc["website"]
    if rng.random() < 0.4:
        doc["alignment"]["national_targets"] = [{"name": "EGDI", "baseline": 0.77, "target": 0.82}]
    hosting_doc: dict = {"model": hosting, "cloud_first": {"considered": True}}
    if hosting in ("hybrid", "agency-datacenter"):
        hosting_doc["cloud_first"]["justification"] = "ต้องเชื่อมต่ออุปกรณ์ในเครือข่ายภายใน"
    if hosting == "commercial-cloud":
        hosting_doc["provider"] = {"name": "ผู้ให้บริการคลาวด์ที่ขึ้นบัญชีกับ สพร.", "thai_incorporated": True, "dga_listed": True}
    if hosting != "agency-datacenter":
        hosting_doc["exit_strategy"] = "ส่งออกข้อมูลในรูปแบบมาตรฐานเปิด"
    doc["hosting"] = hosting_doc
    doc["interoperability"] = {
        "apis": [{"name": f"{abbr.lower()}-api-{n}", "spec": "openapi-3.1", "security": "tgix-linkage",
                  "provides_to_agencies": n == 1} for n in range(1, rng.choice([2, 2, 3]))],
        "gdx": True, "semantic_standards": ["tgix-semantic-person"] if personal else []}
    doc["correspondence"] = {"e_saraban": True}
    doc["risks"] = [{"risk": r, "category": c, "likelihood": rng.choice(["low", "medium", "high"]),
                     "impact": rng.choice(["low", "medium", "high"]), "mitigation": m}
                    for r, c, m in rng.sample(data.RISKS, rng.choices([1, 2, 3], weights=[50, 40, 10])[0])]
    return doc


def apply_defect(doc: dict, defect: str, rng: random.Random) -> None:
    """Break a freshly built proposal in the way `defect` names (see DEFECTS)."""
    field = defect.split("_", 1)[1]
    if defect.startswith("missing_"):
        del doc[field]
        if field == "objectives":
            del doc["kpis"]
    elif defect.startswith("empty_"):
        doc[field] = [] if field in ("objectives", "deliverables") else ""
        if field == "objectives":
            doc["kpis"] = []
    elif defect == "objective_without_kpi":
        orphan = rng.choice(doc["objectives"])["id"]
        doc["kpis"] = [k for k in doc["kpis"] if k["objective"] != orphan]
    elif defect in ("kpi_without_unit", "kpi_without_due"):
        del rng.choice(doc["kpis"])[defect.rsplit("_", 1)[1]]
    elif defect == "kpi_target_not_numeric":
        rng.choice(doc["kpis"])["target"] = rng.choice(["เพิ่มขึ้นอย่างต่อเนื่อง", "ดีขึ้น", "มากที่สุด"])
    elif defect == "milestone_outside_timeline":
        end = from_be(doc["timeline"]["end"])
        late = end + dt.timedelta(days=rng.randint(20, 200))
        doc["timeline"]["milestones"].append({"name": "ประเมินผลหลังใช้งาน", "due": be_date(late)})
    elif defect == "timeline_start_after_end":
        timeline = doc["timeline"]
        timeline["start"], timeline["end"] = timeline["end"], timeline["start"]
    elif defect == "no_risks":
        del doc["risks"]
    elif defect == "risk_without_mitigation":
        del rng.choice(doc["risks"])["mitigation"]
    elif defect == "no_owner_unit":
        del doc["agency"]["owner_unit"]
    elif defect == "officer_without_contact":
        officer = doc["agency"]["officer"]
        del officer["email"], officer["phone"]
    elif defect == "no_benefits":
        del doc["benefits"]
    else:
        raise ValueError(f"unknown defect {defect}")


def choose_defects(rng: random.Random) -> list[str]:
    """Pick one to three STRUCT defects, at most one per group, in a stable order."""
    wanted = rng.choices([1, 2, 3], weights=[60, 30, 10])[0]
    chosen: list[str] = []
    for name in rng.sample(sorted(DEFECTS), len(DEFECTS)):
        if all(DEFECTS[name][1] != DEFECTS[c][1] for c in chosen):
            chosen.append(name)
        if len(chosen) == wanted:
            break
    return chosen


def generate_one(seed: int, index: int, fmt: str) -> tuple[str, str, dict, dict]:
    """Generate proposal number `index`: returns (file name, text, data, manifest entry)."""
    rng = random.Random(f"dglint-bench:{seed}:{index}")
    clean = rng.random() < CLEAN_SHARE
    variants = set()
    if rng.random() < THAI_DIGITS_SHARE:
        variants.add("thai-digits")
    if rng.random() < MONEY_STRING_SHARE:
        variants.add("money-strings")
    beyond_plan = not clean and rng.random() < 0.1
    doc = build_proposal(rng, index, beyond_plan, variants)
    defects = [] if clean else choose_defects(rng)
    for defect in defects:
        apply_defect(doc, defect, rng)
    expect = {DEFECTS[d][0] for d in defects}
    if beyond_plan:
        defects.append(BEYOND_PLAN_DEFECT[0])
        expect.add(BEYOND_PLAN_DEFECT[1])

    kind = fmt if fmt != "mixed" else ("json" if rng.random() < JSON_SHARE_IN_MIXED else "yaml")
    abbr = doc["id"].split("-")[0].lower()
    name = f"p{index:05d}-{abbr}.{kind}"
    if kind == "json":
        text = to_json(doc)
    else:
        comment = f"{doc['title']['th']} — {doc['agency']['name']['th']}" if rng.random() < 0.3 else None
        text = to_yaml(doc, width=rng.choice([0, 120, 120, 120, 120]), comment=comment)
    entry = {"file": name, "format": kind, "bytes": len(text.encode("utf-8")),
             "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "clean": not defects,
             "defects": defects, "expect": sorted(expect), "variants": sorted(variants)}
    return name, text, doc, entry


# ---------------------------------------------------------------------------------------------- corpus

def generator_digest() -> str:
    """SHA-256 of this generator and its word pools, so a corpus from older code is not reused."""
    digest = hashlib.sha256()
    for path in (Path(__file__), Path(data.__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def normalise(value: object) -> object:
    """Bring parsed YAML/JSON and generated data to one shape: string keys, dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def verify_text(name: str, text: str, doc: dict, yaml_module: object | None) -> None:
    """Parse one generated text back and raise ValueError when it differs from the data it was made from."""
    if name.endswith(".json"):
        parsed = json.loads(text)
    elif yaml_module is not None:
        loader = getattr(yaml_module, "CSafeLoader", None) or yaml_module.SafeLoader  # type: ignore[attr-defined]
        parsed = yaml_module.load(text, Loader=loader)  # type: ignore[attr-defined]
    else:
        return
    if normalise(parsed) != normalise(doc):
        raise ValueError(f"{name}: parsed text differs from the generated data")


def corpus_params(count: int, seed: int, fmt: str) -> dict:
    """The parameters that identify a corpus; a corpus with the same ones has the same bytes."""
    return {"manifest_version": MANIFEST_VERSION, "generator_sha256": generator_digest(), "count": count,
            "seed": seed, "format": fmt}


def generate_corpus(out: Path, count: int, seed: int, fmt: str, verify: bool = False) -> dict:
    """Write `count` proposals into `out`/proposals and the manifest to `out`/manifest.json; returns the manifest.

    Files of an earlier run that are not part of this corpus (p#####-*.yaml|json) are removed, so the
    proposals folder holds exactly the corpus.
    """
    yaml_module = None
    if verify:
        try:
            import yaml as yaml_module  # type: ignore[no-redef]
        except ImportError:
            print("warning: PyYAML is not installed; YAML files are not verified", file=sys.stderr)
    folder = out / PROPOSALS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for index in range(1, count + 1):
        name, text, doc, entry = generate_one(seed, index, fmt)
        if verify:
            verify_text(name, text, doc, yaml_module)
        (folder / name).write_bytes(text.encode("utf-8"))
        entry["file"] = f"{PROPOSALS_DIR}/{name}"
        entries.append(entry)
    keep = {e["file"].split("/")[-1] for e in entries}
    for stale in folder.iterdir():
        if re.fullmatch(r"p\d{5}-[a-z0-9]+\.(yaml|json)", stale.name) and stale.name not in keep:
            stale.unlink()
    total = sum(e["bytes"] for e in entries)
    manifest = {
        "params": corpus_params(count, seed, fmt),
        "total_bytes": total,
        "mean_bytes": round(total / count) if count else 0,
        "clean": sum(1 for e in entries if e["clean"]),
        "with_defects": sum(1 for e in entries if not e["clean"]),
        "files": entries,
    }
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="how many proposals (default 2000)")
    parser.add_argument("--out", type=Path, help="output folder (default .bench/corpus-COUNT)")
    parser.add_argument("--seed", type=int, default=2569, help="random seed (default 2569)")
    parser.add_argument("--format", choices=["yaml", "json", "mixed"], default="mixed",
                        help=f"file format; mixed writes about {round(JSON_SHARE_IN_MIXED * 100)}%% JSON (default mixed)")
    parser.add_argument("--verify", action="store_true",
                        help="parse every file back (PyYAML / json) and compare with the generated data")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus and print a one-line summary."""
    args = parse_args(argv)
    out = args.out or Path(".bench") / f"corpus-{args.count}"
    manifest = generate_corpus(out, args.count, args.seed, args.format, verify=args.verify)
    print(f"{args.count} proposals in {out / PROPOSALS_DIR}: {manifest['total_bytes'] / 1e6:.1f} MB, "
          f"mean {manifest['mean_bytes'] / 1000:.1f} KB; {manifest['clean']} clean, "
          f"{manifest['with_defects']} with defects" + ("; all parsed back identical" if args.verify else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
