#!/usr/bin/env python3
"""Writes kibana/saved-objects.ndjson: the data views, saved searches and the
"Blocking trends" dashboard, in the NDJSON form that Kibana's
POST /api/saved_objects/_import accepts.

Edit this script, not the .ndjson, then run:

    python3 kibana/build_saved_objects.py
    python3 kibana/check_saved_objects.py

The field names come from src/MediaMonitor/Indexing/Templates/*.json.
The object shapes follow the ones Kibana 9 ships for its own sample data:
Lens charts are stored by value inside the dashboard, and each layer's data
view is named in the Lens references and again, prefixed with the panel id,
in the dashboard's references.
"""

import json
import pathlib
import uuid

OUT = pathlib.Path(__file__).resolve().parent / "saved-objects.ndjson"
NS = uuid.UUID("6f1c3a52-1d8e-4a57-9a0e-2b7f1e0c4d11")  # fixed, so ids never change between runs

# Versions the objects are written at; Kibana migrates them up on import.
CORE_VERSION = "8.8.0"
TYPE_VERSION = {"index-pattern": "7.11.0", "search": "7.9.3", "dashboard": "8.7.0"}
PANEL_VERSION = "8.11.0"


def uid(name):
    return str(uuid.uuid5(NS, name))


def js(value):
    """A JSON string, for the attributes Kibana keeps as strings (panelsJSON, searchSourceJSON...)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def saved_object(obj_type, obj_id, attributes, references):
    return {
        "id": obj_id,
        "type": obj_type,
        "attributes": attributes,
        "references": references,
        "managed": False,
        "coreMigrationVersion": CORE_VERSION,
        "typeMigrationVersion": TYPE_VERSION[obj_type],
    }


# ---- data views -------------------------------------------------------------

DATA_VIEWS = {
    # id: (index pattern, time field, display name, field formats)
    "mediamonitor-measurements": ("mediamonitor-measurements-*", "@timestamp", "MediaMonitor measurements", {}),
    "mediamonitor-signals": ("mediamonitor-signals-*", "@timestamp", "MediaMonitor signals", {"url": {"id": "url", "params": {}}}),
    "mediamonitor-changes": ("mediamonitor-changes-*", "@timestamp", "MediaMonitor content changes", {"url": {"id": "url", "params": {}}}),
    "mediamonitor-incidents": ("mediamonitor-incidents", "started_at", "MediaMonitor incidents", {}),
}


def data_view(view_id):
    pattern, time_field, name, formats = DATA_VIEWS[view_id]
    return saved_object(
        "index-pattern",
        view_id,
        {
            "title": pattern,
            "name": name,
            "timeFieldName": time_field,
            "fields": "[]",
            "fieldAttrs": "{}",
            "fieldFormatMap": js(formats),
            "runtimeFieldMap": "{}",
            "typeMeta": "{}",
        },
        [],
    )


# ---- saved searches ----------------------------------------------------------

INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index"


def saved_search(search_id, title, description, view_id, query, columns, sort):
    source = {
        "query": {"query": query, "language": "kuery"},
        "filter": [],
        "highlightAll": True,
        "version": True,
        "indexRefName": INDEX_REF,
    }
    return saved_object(
        "search",
        search_id,
        {
            "title": title,
            "description": description,
            "columns": columns,
            "sort": sort,
            "grid": {},
            "hideChart": True,
            "isTextBasedQuery": False,
            "kibanaSavedObjectMeta": {"searchSourceJSON": js(source)},
        },
        [{"id": view_id, "name": INDEX_REF, "type": "index-pattern"}],
    )


OPEN_INCIDENTS = "mediamonitor-open-incidents"
LEGAL_SIGNALS = "mediamonitor-legal-signals"

SEARCHES = [
    saved_search(
        OPEN_INCIDENTS,
        "Current incidents",
        "Incidents whose status is open, newest first.",
        "mediamonitor-incidents",
        'status : "open"',
        ["outlet", "vantage", "country", "network", "method", "status", "measurements"],
        [["started_at", "desc"]],
    ),
    saved_search(
        LEGAL_SIGNALS,
        "Latest legal signals",
        "Signals with legal:true (lawsuits, criminal cases, hearings, verdicts, detentions, blocking orders, takedown demands), newest first.",
        "mediamonitor-signals",
        "legal : true",
        ["kind", "subject", "outlet", "evidence", "url"],
        [["@timestamp", "desc"]],
    ),
]


# ---- Lens charts (by value) ----------------------------------------------------

def date_histogram():
    return {
        "label": "@timestamp",
        "dataType": "date",
        "operationType": "date_histogram",
        "sourceField": "@timestamp",
        "isBucketed": True,
        "scale": "interval",
        "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False},
    }


def count(label):
    return {
        "label": label,
        "customLabel": True,
        "dataType": "number",
        "operationType": "count",
        "sourceField": "___records___",
        "isBucketed": False,
        "scale": "ratio",
        "params": {"emptyAsNull": True},
    }


def terms(label, field, size, order_by, direction, secondary=None):
    params = {
        "size": size,
        "orderBy": order_by,
        "orderDirection": direction,
        "otherBucket": False,
        "missingBucket": False,
        "parentFormat": {"id": "multi_terms" if secondary else "terms"},
    }
    if secondary:
        params["secondaryFields"] = secondary
    return {
        "label": label,
        "customLabel": True,
        "dataType": "string",
        "operationType": "terms",
        "sourceField": field,
        "isBucketed": True,
        "scale": "ordinal",
        "params": params,
    }


def stacked_bars_over_time(key, title, description, view_id, query, breakdown, y_label):
    """A Lens XY chart: @timestamp on x, a count on y, stacked by `breakdown`."""
    layer = uid(key + "/layer")
    x, y, split = uid(key + "/x"), uid(key + "/y"), uid(key + "/split")
    breakdown = breakdown(y)
    attributes = {
        "title": title,
        "description": description,
        "visualizationType": "lnsXY",
        "type": "lens",
        "references": [
            {"type": "index-pattern", "id": view_id, "name": f"indexpattern-datasource-layer-{layer}"}
        ],
        "state": {
            "visualization": {
                "legend": {"isVisible": True, "position": "right", "legendSize": "auto"},
                "valueLabels": "hide",
                "fittingFunction": "None",
                "axisTitlesVisibilitySettings": {"x": False, "yLeft": True, "yRight": True},
                "tickLabelsVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
                "gridlinesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
                "preferredSeriesType": "bar_stacked",
                "layers": [
                    {
                        "layerId": layer,
                        "layerType": "data",
                        "seriesType": "bar_stacked",
                        "xAccessor": x,
                        "accessors": [y],
                        "splitAccessor": split,
                    }
                ],
            },
            "query": {"query": query, "language": "kuery"},
            "filters": [],
            "datasourceStates": {
                "formBased": {
                    "layers": {
                        layer: {
                            "columns": {split: breakdown, x: date_histogram(), y: count(y_label)},
                            # Breakdown first: its top values are taken over the whole time range.
                            "columnOrder": [split, x, y],
                            "incompleteColumns": {},
                        }
                    }
                }
            },
            "internalReferences": [],
            "adHocDataViews": {},
        },
    }
    return attributes


ALPHABETICAL = {"type": "alphabetical", "fallback": False}

CHARTS = [
    (
        "reachability-by-outlet",
        stacked_bars_over_time(
            "reachability-by-outlet",
            "Reachability over time by outlet",
            "The last attempt of each check only (retried:false), stacked by outlet and outcome (ok / anomaly / failure).",
            "mediamonitor-measurements",
            "retried : false",
            lambda y: terms("Outlet / outcome", "outlet", 100, ALPHABETICAL, "asc", secondary=["outcome"]),
            "Measurements",
        ),
    ),
    (
        "reachability-by-vantage",
        stacked_bars_over_time(
            "reachability-by-vantage",
            "Reachability over time by vantage",
            "The last attempt of each check only (retried:false), stacked by vantage and outcome (ok / anomaly / failure).",
            "mediamonitor-measurements",
            "retried : false",
            lambda y: terms("Vantage / outcome", "vantage", 100, ALPHABETICAL, "asc", secondary=["outcome"]),
            "Measurements",
        ),
    ),
    (
        "blocking-methods",
        stacked_bars_over_time(
            "blocking-methods",
            "Blocking methods",
            "Last attempts whose verdict is blocked, stacked by the method the verdict rests on.",
            "mediamonitor-measurements",
            'verdict : "blocked" and retried : false',
            lambda y: terms("Method", "method", 10, {"type": "column", "columnId": y}, "desc"),
            "Blocked measurements",
        ),
    ),
]


# ---- dashboard ----------------------------------------------------------------

DASHBOARD_ID = "mediamonitor-blocking-trends"


def dashboard():
    panels, references = [], []
    grid = {
        "reachability-by-outlet": (0, 0, 24, 15),
        "reachability-by-vantage": (24, 0, 24, 15),
        "blocking-methods": (0, 15, 24, 15),
        OPEN_INCIDENTS: (24, 15, 24, 15),
        LEGAL_SIGNALS: (0, 30, 48, 18),
    }

    def grid_data(key, panel_index):
        x, y, w, h = grid[key]
        return {"x": x, "y": y, "w": w, "h": h, "i": panel_index}

    for key, attributes in CHARTS:
        panel_index = uid(key + "/panel")
        panels.append(
            {
                "version": PANEL_VERSION,
                "type": "lens",
                "gridData": grid_data(key, panel_index),
                "panelIndex": panel_index,
                "embeddableConfig": {"attributes": attributes, "title": attributes["title"], "enhancements": {}},
                "title": attributes["title"],
            }
        )
        for ref in attributes["references"]:
            references.append({**ref, "name": f"{panel_index}:{ref['name']}"})

    searches = {
        # The incidents panel looks back ten years whatever the dashboard's time range,
        # so an incident that opened long ago and is still open stays on it.
        OPEN_INCIDENTS: {"timeRange": {"from": "now-10y", "to": "now"}},
        LEGAL_SIGNALS: {},
    }
    for search_id, extra in searches.items():
        panel_index = uid(search_id + "/panel")
        ref_name = f"panel_{panel_index}"
        panels.append(
            {
                "version": PANEL_VERSION,
                "type": "search",
                "gridData": grid_data(search_id, panel_index),
                "panelIndex": panel_index,
                "embeddableConfig": {"enhancements": {}, **extra},
                "panelRefName": ref_name,
            }
        )
        references.append({"name": f"{panel_index}:{ref_name}", "type": "search", "id": search_id})

    return saved_object(
        "dashboard",
        DASHBOARD_ID,
        {
            "title": "Blocking trends",
            "description": "MediaMonitor: reachability by outlet and vantage, blocking methods, open incidents and the latest legal signals.",
            "timeRestore": True,
            "timeFrom": "now-30d",
            "timeTo": "now",
            "refreshInterval": {"pause": True, "value": 60000},
            "optionsJSON": js(
                {"useMargins": True, "syncColors": False, "syncCursor": True, "syncTooltips": False, "hidePanelTitles": False}
            ),
            "panelsJSON": js(panels),
            "kibanaSavedObjectMeta": {"searchSourceJSON": js({"query": {"query": "", "language": "kuery"}, "filter": []})},
        },
        references,
    )


def main():
    objects = [data_view(view_id) for view_id in DATA_VIEWS] + SEARCHES + [dashboard()]
    lines = [json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False) for obj in objects]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(objects)} objects to {OUT}")


if __name__ == "__main__":
    main()
