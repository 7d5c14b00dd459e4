#!/usr/bin/env python3
"""Build src/MediaMonitor/Analysis/Fingerprints/blockpages.json from the upstream fingerprint files.

Run once when the upstream data is refreshed:

    python3 bench/tools/make_blockpages.py --data /path/to/data \
        --out src/MediaMonitor/Analysis/Fingerprints/blockpages.json

--data holds fingerprints_dns.csv and fingerprints_http.csv (ooni/blocking-fingerprints) and
censoredplanet_blockpage_signatures.json and censoredplanet_false_positive_signatures.json
(censoredplanet/censoredplanet-analysis, pipeline/metadata/data/). Counts go to stdout so the
README beside the data file can quote them.
"""

import argparse
import collections
import csv
import json
import sys
from pathlib import Path

OONI_COMMIT = "171641e"
CP_COMMIT = "31830c6"

OONI_SCOPES = {"nat", "isp", "prod", "inst", "vbw", "fp", "injb", "prov"}
OONI_TYPES = {"full", "prefix", "contains", "regexp"}


def ooni_location(raw):
    """OONI writes header.<name>; the project writes header:<name> so a dot in a name stays unambiguous."""
    raw = raw.strip()
    if raw in ("dns", "body"):
        return raw
    if raw.startswith("header.") and len(raw) > len("header."):
        return "header:" + raw[len("header."):].lower()
    return None


def read_ooni(path, skipped):
    out = []
    # newline="" keeps CRLF inside quoted fields: six HTTP patterns span lines, and reading the
    # file line by line would turn their continuation lines into rows with garbage in "scope".
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            scope = (row.get("scope") or "").strip()
            location = ooni_location(row.get("location_found") or "")
            kind = (row.get("pattern_type") or "").strip()
            pattern = row.get("pattern") or ""
            name = (row.get("name") or "").strip()
            if (scope not in OONI_SCOPES or location is None or kind not in OONI_TYPES
                    or not pattern or not name or None in row):
                skipped[path.name] += 1
                continue
            countries = sorted({c.strip().upper() for c in (row.get("expected_countries") or "").split(",") if c.strip()})
            out.append({
                "id": name,
                "source": "ooni",
                "scope": scope,
                "location": location,
                "type": kind,
                "pattern": pattern,
                "countries": countries,
            })
    return out


def read_censoredplanet(path, scope, skipped):
    out = []
    seen = collections.Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            name = obj["fingerprint"].strip()
            pattern = obj["pattern"]
        except (ValueError, KeyError, AttributeError):
            skipped[path.name] += 1
            continue
        if not name or not pattern:
            skipped[path.name] += 1
            continue
        # A few fingerprint names carry several patterns; Censored Planet's loader keeps only the
        # last one per name (a dict), we keep them all and number the repeats so ids stay unique.
        seen[name] += 1
        ident = name if seen[name] == 1 else f"{name}#{seen[name]}"
        out.append({
            "id": ident,
            "source": "censoredplanet",
            "scope": scope,
            "location": "response",
            "type": "regexp",
            "pattern": pattern,
            "countries": [],
        })
    return out


def write(path, sources, fingerprints):
    # One fingerprint a line: the file stays reviewable in a diff when upstream changes.
    lines = ["{", '  "sources": [']
    lines.append(",\n".join("    " + json.dumps(s, ensure_ascii=False) for s in sources))
    lines.append("  ],")
    lines.append('  "fingerprints": [')
    lines.append(",\n".join("    " + json.dumps(f, ensure_ascii=False) for f in fingerprints))
    lines.append("  ]")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    skipped = collections.Counter()
    fingerprints = []
    fingerprints += read_ooni(args.data / "fingerprints_dns.csv", skipped)
    fingerprints += read_ooni(args.data / "fingerprints_http.csv", skipped)
    fingerprints += read_censoredplanet(args.data / "censoredplanet_blockpage_signatures.json", "blockpage", skipped)
    fingerprints += read_censoredplanet(args.data / "censoredplanet_false_positive_signatures.json", "fp", skipped)

    # OONI reuses three names across its DNS and HTTP files (ooni.id_39, ooni.th_9, ooni.th_10) and
    # OONI's own tools look them up per file, so an id is unique within DNS or within HTTP only.
    ids = collections.Counter((f["source"], f["location"] == "dns", f["id"]) for f in fingerprints)
    dupes = [k for k, v in ids.items() if v > 1]
    if dupes:
        sys.exit(f"duplicate ids: {dupes[:5]}")

    sources = [
        {"name": "ooni", "url": "https://github.com/ooni/blocking-fingerprints", "commit": OONI_COMMIT,
         "licence": "none stated (the repository has no licence file); patterns used as facts"},
        {"name": "censoredplanet", "url": "https://github.com/censoredplanet/censoredplanet-analysis", "commit": CP_COMMIT,
         "licence": "Apache-2.0"},
    ]
    write(args.out, sources, fingerprints)

    by = collections.Counter()
    for f in fingerprints:
        kind = "dns" if f["location"] == "dns" else ("http" if f["source"] == "ooni" else "response")
        by[(f["source"], kind, f["scope"])] += 1
    for key in sorted(by):
        print(*key, by[key], sep="\t")
    types = collections.Counter((f["source"], f["type"]) for f in fingerprints)
    for key in sorted(types):
        print("type", *key, types[key], sep="\t")
    locations = collections.Counter((f["source"], f["location"]) for f in fingerprints)
    for key in sorted(locations):
        print("location", *key, locations[key], sep="\t")
    print("total", len(fingerprints), sep="\t")
    for name in ("fingerprints_dns.csv", "fingerprints_http.csv",
                 "censoredplanet_blockpage_signatures.json", "censoredplanet_false_positive_signatures.json"):
        print("skipped", name, skipped[name], sep="\t")


if __name__ == "__main__":
    main()
