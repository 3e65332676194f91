"""The floor: what cdk8s itself needs to emit the objects the app emits.

Run as `python benchmarks/floor.py OBJECTS_JSON OUTROOT`. OBJECTS_JSON is {env: {chart id: [object,
...]}}, read from an output just synthesized by main.py. Each environment becomes its own App (as in
main.py and environments/charts.py `build_app`: a folder per chart, OUTROOT/<env>/<chart>/manifests.k8s.yaml)
with the same charts, and each object a plain `cdk8s.ApiObject` with its metadata and one JSON patch
per other top-level field: no constructs, no props models, no cdk8s-plus. It prints {"window_s": ...}
on stdout, the seconds from just before the first App is created to just after the last synth
returns; reading the JSON and importing cdk8s happen before.
"""

import json
import sys
import time
from pathlib import Path

charts_by_env: dict[str, dict[str, list[dict]]] = json.loads(Path(sys.argv[1]).read_text())
outroot = Path(sys.argv[2])

from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch, YamlOutputType  # noqa: E402

METADATA = ("name", "namespace", "labels", "annotations")  # what ApiObjectMetadata is given
TYPE_FIELDS = ("apiVersion", "kind", "metadata")


def pointer(key: str) -> str:
    """A JSON pointer token (RFC 6901) for a field name."""
    return key.replace("~", "~0").replace("/", "~1")


started = time.perf_counter()
for env, charts in charts_by_env.items():
    app = App(outdir=str(outroot / env), yaml_output_type=YamlOutputType.FILE_PER_CHART,
              output_file_extension="/manifests.k8s.yaml")
    for chart_id, objects in charts.items():
        (outroot / env / chart_id).mkdir(parents=True, exist_ok=True)
        chart = Chart(app, chart_id, disable_resource_name_hashes=True)
        for index, obj in enumerate(objects):
            meta = obj["metadata"]
            api_object = ApiObject(
                chart, f"o{index}", api_version=obj["apiVersion"], kind=obj["kind"],
                metadata=ApiObjectMetadata(**{key: meta[key] for key in METADATA if key in meta}),
            )
            for key in meta.keys() - set(METADATA):
                api_object.add_json_patch(JsonPatch.add(f"/metadata/{pointer(key)}", meta[key]))
            for key, value in obj.items():
                if key not in TYPE_FIELDS:
                    api_object.add_json_patch(JsonPatch.add(f"/{pointer(key)}", value))
    app.synth()
ended = time.perf_counter()
print(json.dumps({"window_s": ended - started}))
