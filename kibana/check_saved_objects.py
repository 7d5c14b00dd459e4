#!/usr/bin/env python3
"""Checks a Kibana saved-objects NDJSON file before it is imported.

    python3 kibana/check_saved_objects.py [FILE]   (default: kibana/saved-objects.ndjson)

Exits 1, printing "FILE:LINE: reason" for each problem, when
  - a line is not valid JSON, or not an object with id, type, attributes and references;
  - two objects share a type and id;
  - an attribute Kibana keeps as a JSON string (panelsJSON, optionsJSON,
    searchSourceJSON, fieldAttrs, fieldFormatMap, fields, runtimeFieldMap, typeMeta,
    visState, uiStateJSON...) is not valid JSON;
  - a reference names an id that no object in the file has, or an object of another type
    (e.g. an "index-pattern" reference to an id that is not a data view in the file);
  - a name that an object uses to point at a reference (indexRefName, a dashboard panel's
    panelRefName, a Lens layer) has no reference of that name;
  - a Lens chart stored by value in a dashboard points at a data view missing from the file,
    or its accessors name columns its layer does not have.
Exits 0 and prints a one-line summary otherwise. Uses the standard library only.
"""

import json
import pathlib
import sys

DEFAULT = pathlib.Path(__file__).resolve().parent / "saved-objects.ndjson"

# Attributes stored as JSON text, wherever they appear inside "attributes".
JSON_STRING_KEYS = {
    "panelsJSON",
    "optionsJSON",
    "searchSourceJSON",
    "uiStateJSON",
    "visState",
    "fieldAttrs",
    "fieldFormatMap",
    "fields",
    "runtimeFieldMap",
    "typeMeta",
    "sourceFilters",
    "ignoreParentSettingsJSON",
    "layerListJSON",
    "mapStateJSON",
}


class Checker:
    def __init__(self, path):
        self.path = path
        self.errors = []

    def error(self, line, reason):
        self.errors.append(f"{self.path}:{line}: {reason}")

    # -- pass 1: parse ---------------------------------------------------------

    def parse(self, text):
        objects = []  # (line number, object)
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                self.error(number, f"not valid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                self.error(number, "not a JSON object")
                continue
            if "exportedCount" in obj:  # the summary line of a Kibana export; import skips it
                continue
            for key, kind in (("id", str), ("type", str), ("attributes", dict), ("references", list)):
                if not isinstance(obj.get(key), kind):
                    self.error(number, f'"{key}" missing or not a {kind.__name__}')
                    break
            else:
                objects.append((number, obj))
        return objects

    # -- pass 2: JSON strings ----------------------------------------------------

    def decode_json_strings(self, number, value, path):
        """Checks every JSON-string attribute below `value`; returns {path: decoded}."""
        decoded = {}
        if isinstance(value, dict):
            for key, child in value.items():
                child_path = f"{path}.{key}"
                if key in JSON_STRING_KEYS and isinstance(child, str):
                    try:
                        decoded[child_path] = json.loads(child)
                    except json.JSONDecodeError as e:
                        self.error(number, f"{child_path} is not valid JSON: {e}")
                else:
                    decoded.update(self.decode_json_strings(number, child, child_path))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                decoded.update(self.decode_json_strings(number, child, f"{path}[{i}]"))
        return decoded

    # -- pass 3: references ---------------------------------------------------------

    def check_reference_list(self, number, where, references, known):
        names = {}
        for i, ref in enumerate(references):
            if not (isinstance(ref, dict) and all(isinstance(ref.get(k), str) for k in ("name", "type", "id"))):
                self.error(number, f"{where}[{i}] needs string name, type and id: {ref!r}")
                continue
            if ref["name"] in names:
                self.error(number, f'{where}: two references are named "{ref["name"]}"')
            names[ref["name"]] = ref
            found = known.get(ref["id"])
            if found is None:
                self.error(number, f'{where} "{ref["name"]}" points at id "{ref["id"]}", which is not in the file')
            elif ref["type"] not in found:
                self.error(
                    number,
                    f'{where} "{ref["name"]}" points at {ref["type"]} "{ref["id"]}", '
                    f'but the file has that id only as {", ".join(sorted(found))}',
                )
        return names

    def check_search_source(self, number, where, source, ref_names):
        if isinstance(source, dict) and "indexRefName" in source and source["indexRefName"] not in ref_names:
            self.error(number, f'{where}: indexRefName "{source["indexRefName"]}" has no reference of that name')

    def check_lens(self, number, where, attributes, known, outer_refs=None, prefix=""):
        refs = attributes.get("references")
        if not isinstance(refs, list):
            self.error(number, f"{where}: Lens attributes have no references list")
            return
        ref_names = self.check_reference_list(number, f"{where}.references", refs, known)
        state = attributes.get("state") or {}
        layers = (((state.get("datasourceStates") or {}).get("formBased") or {}).get("layers")) or {}
        columns_by_layer = {}
        for layer_id, layer in layers.items():
            name = f"indexpattern-datasource-layer-{layer_id}"
            if name not in ref_names:
                self.error(number, f'{where}: layer {layer_id} has no reference "{name}"')
            elif outer_refs is not None:
                outer = outer_refs.get(prefix + name)
                if outer is None or outer["id"] != ref_names[name]["id"] or outer["type"] != ref_names[name]["type"]:
                    self.error(number, f'{where}: the dashboard has no reference "{prefix + name}" matching the layer\'s data view')
            columns = layer.get("columns") or {}
            order = layer.get("columnOrder") or []
            if set(order) != set(columns):
                self.error(number, f"{where}: layer {layer_id} columnOrder does not list exactly its columns")
            columns_by_layer[layer_id] = columns
        visualization = state.get("visualization") or {}
        for layer in visualization.get("layers") or []:
            if layer.get("layerType", "data") != "data":
                continue
            columns = columns_by_layer.get(layer.get("layerId"))
            if columns is None:
                self.error(number, f'{where}: visualization layer {layer.get("layerId")} has no datasource layer')
                continue
            accessors = list(layer.get("accessors") or [])
            accessors += [layer[k] for k in ("xAccessor", "splitAccessor") if layer.get(k)]
            for accessor in accessors:
                if accessor not in columns:
                    self.error(number, f'{where}: accessor {accessor} is not a column of layer {layer.get("layerId")}')

    def check_dashboard(self, number, panels, ref_names, known):
        if not isinstance(panels, list):
            self.error(number, "attributes.panelsJSON is not a JSON array")
            return
        seen = set()
        for i, panel in enumerate(panels):
            where = f"panelsJSON[{i}]"
            if not isinstance(panel, dict):
                self.error(number, f"{where} is not an object")
                continue
            index = panel.get("panelIndex")
            if not isinstance(index, str) or not index:
                self.error(number, f"{where} has no panelIndex")
                continue
            if index in seen:
                self.error(number, f'{where}: panelIndex "{index}" is used twice')
            seen.add(index)
            grid = panel.get("gridData") or {}
            if grid.get("i") != index or not all(isinstance(grid.get(k), int) for k in ("x", "y", "w", "h")):
                self.error(number, f"{where}: gridData needs x, y, w, h and i equal to panelIndex")
            config = panel.get("embeddableConfig")
            if not isinstance(config, dict):
                self.error(number, f"{where} has no embeddableConfig object")
                continue
            if "panelRefName" in panel:
                ref_name = panel["panelRefName"]
                ref = ref_names.get(f"{index}:{ref_name}") or ref_names.get(ref_name)
                if ref is None:
                    self.error(number, f'{where}: panelRefName "{ref_name}" has no reference "{index}:{ref_name}"')
                elif ref["type"] != panel.get("type"):
                    self.error(number, f'{where}: panel type {panel.get("type")} but its reference is a {ref["type"]}')
            elif isinstance(config.get("attributes"), dict):
                if panel.get("type") == "lens":
                    self.check_lens(number, f"{where} (Lens by value)", config["attributes"], known, ref_names, f"{index}:")
            else:
                self.error(number, f"{where} has neither a panelRefName nor attributes by value")

    def run(self):
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            self.error(0, f"cannot read: {e}")
            return
        objects = self.parse(text)

        known = {}  # id -> set of types
        for number, obj in objects:
            types = known.setdefault(obj["id"], set())
            if obj["type"] in types:
                self.error(number, f'a second {obj["type"]} with id "{obj["id"]}"')
            types.add(obj["type"])

        for number, obj in objects:
            decoded = self.decode_json_strings(number, obj["attributes"], "attributes")
            ref_names = self.check_reference_list(number, "references", obj["references"], known)
            self.check_search_source(
                number,
                "attributes.kibanaSavedObjectMeta.searchSourceJSON",
                decoded.get("attributes.kibanaSavedObjectMeta.searchSourceJSON"),
                ref_names,
            )
            if obj["type"] == "dashboard" and "attributes.panelsJSON" in decoded:
                self.check_dashboard(number, decoded["attributes.panelsJSON"], ref_names, known)
            if obj["type"] == "lens":
                self.check_lens(number, "attributes", obj["attributes"] | {"references": obj["references"]}, known)
            if obj["type"] == "index-pattern" and not obj["attributes"].get("title"):
                self.error(number, "data view has no title (index pattern)")

        if not self.errors:
            counts = {}
            for _, obj in objects:
                counts[obj["type"]] = counts.get(obj["type"], 0) + 1
            summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
            print(f"{self.path}: OK ({summary})")


def main(argv):
    path = pathlib.Path(argv[1]) if len(argv) > 1 else DEFAULT
    checker = Checker(path)
    checker.run()
    for line in checker.errors:
        print(line, file=sys.stderr)
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
