"""Cold synth time and peak memory of all environments, against the floor of what cdk8s itself needs.

Every run is a fresh process (cold: new interpreter, new jsii Node.js runtime); each case runs
`--runs` times, the cases taking turns so that a change in the machine's load hits them alike. The
table shows the median and the [min-max] range of:

- wall: the whole process, start to exit;
- window: inside the process, from just before the first cdk8s App is created to just after the last
  app.synth() returns (imports, jsii's start and loading config or data are before it);
- peak: the largest sum of RSS over the process tree (Python + the Node.js child jsii starts),
  sampled every 10 ms from /proc.

The cases:

- all environments (main.py): main.py's own main() (benchmarks/timed_main.py, which only adds the
  window's two timestamps), every environment;
- one environment (main.py prod): the same for prod alone; (all - one) / (n - 1) is the cost of each
  further environment's chart;
- floor: every object main.py just wrote (synthesized into a temp dir first, untimed), re-emitted as
  plain cdk8s ApiObjects in the same Apps and charts with the same YamlOutputType (benchmarks/floor.py):
  the least cdk8s needs to produce this output, so the library's overhead is the ratio to it. Its
  output is checked to be the same objects;
- bare cdk8s app, 1 Deployment: cdk8s + cdk8s-plus start-up and one small synth;
- import lighthouse_constructs: the library's import alone.

Targets (issue 19): all environments <= 1.5x the floor; peak <= 300 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PAGE = os.sysconf("SC_PAGE_SIZE")
ONE_ENV = "prod"

# Set here rather than by importing lighthouse_constructs._runtime, which would import the whole
# library into the bare app: it silences jsii's Node 20 end-of-life banner only.
ENV_SILENCE = {"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}

BARE_APP = """
import json, time
import cdk8s, cdk8s_plus_28 as kplus
started = time.perf_counter()
app = cdk8s.App(outdir={outdir!r})
chart = cdk8s.Chart(app, "bare")
kplus.Deployment(chart, "web", containers=[kplus.ContainerProps(image="nginx:1.27")])
app.synth()
print(json.dumps({{"window_s": time.perf_counter() - started}}))
"""

ALL, ONE, FLOOR, BARE, IMPORT = (
    "all environments (main.py)", f"one environment (main.py {ONE_ENV})", "floor: same objects as ApiObjects",
    "bare cdk8s app, 1 Deployment", "import lighthouse_constructs",
)


class ManifestLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML that reads cdk8s's bare `=` as the string "=" (as lighthouse_constructs.validation
    does; importing that would start jsii in this measuring process)."""


ManifestLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


@dataclass
class Sample:
    wall_s: float
    peak_mib: float
    window_s: float | None


def tree_rss(pid: int) -> int:
    """RSS in bytes of `pid` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(statm.split()[1]) * PAGE
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def measure(command: list[str], env: dict[str, str]) -> Sample:
    """One cold run; the window is read from the child's last stdout line when it prints one."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err.read().decode()}")
        lines = out.read().decode().splitlines()
    window = json.loads(lines[-1])["window_s"] if lines and lines[-1].startswith('{"window_s"') else None
    return Sample(elapsed, peak / 2**20, window)


def read_output(outroot: Path) -> dict[str, dict[str, list[dict]]]:
    """{env: {chart id: [object, ...]}} of a synthesized output root (<env>/<chart>/manifests.k8s.yaml)."""
    return {
        env_dir.name: {
            path.parent.name: [d for d in yaml.load_all(path.read_text(), Loader=ManifestLoader) if d]
            for path in sorted(env_dir.glob("*/*.k8s.yaml"))
        }
        for env_dir in sorted(p for p in outroot.iterdir() if p.is_dir())
    }


def spread(values: list[float], fmt: str) -> str:
    """median [min-max]"""
    return f"{statistics.median(values):{fmt}} [{min(values):{fmt}}-{max(values):{fmt}}]"


def median(samples: list[Sample], field: str) -> float:
    return statistics.median(getattr(s, field) for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # -O for every case, as cdk8s.yaml runs the app: jsii's bindings type-check each argument only
    # under __debug__ (see cdk8s.yaml), so the cases compare the same interpreter mode.
    py = [sys.executable, "-O"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {**os.environ, **ENV_SILENCE}
        # The floor's input: what main.py writes now (a warm-up too; not timed).
        subprocess.run([*py, str(ROOT / "main.py")], cwd=ROOT, env={**env, "CDK8S_OUTDIR": str(tmp / "synth")}, check=True)
        synthesized = read_output(tmp / "synth")
        (tmp / "objects.json").write_text(json.dumps(synthesized))
        environments = len(synthesized)
        objects = sum(len(o) for charts in synthesized.values() for o in charts.values())
        charts = sum(len(c) for c in synthesized.values())

        cases = {
            ALL: ([*py, str(HERE / "timed_main.py")], tmp / "all"),
            ONE: ([*py, str(HERE / "timed_main.py"), ONE_ENV], tmp / "one"),
            FLOOR: ([*py, str(HERE / "floor.py"), str(tmp / "objects.json"), str(tmp / "floor")], tmp / "floor"),
            BARE: ([*py, "-c", BARE_APP.format(outdir=str(tmp / "bare"))], tmp / "bare"),
            IMPORT: ([*py, "-c", "import lighthouse_constructs"], tmp / "import"),
        }
        results: dict[str, list[Sample]] = {name: [] for name in cases}
        for run in range(args.runs):
            for name, (command, outdir) in cases.items():
                print(f"\rrun {run + 1}/{args.runs}: {name:40}", end="", file=sys.stderr, flush=True)
                results[name].append(measure(command, {**env, "CDK8S_OUTDIR": str(outdir)}))
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)
        floor_same = read_output(tmp / "floor") == synthesized
        floor_bytes = all((tmp / "floor" / f.relative_to(tmp / "synth")).read_bytes() == f.read_bytes()
                          for f in (tmp / "synth").glob("*/*/*.k8s.yaml"))

    print(f"{'case':36} {'wall s':>19} {'window s':>19} {'peak MiB':>16}")
    for name, samples in results.items():
        windows = [s.window_s for s in samples if s.window_s is not None]
        window = spread(windows, "5.2f") if len(windows) == len(samples) else "-"
        print(f"{name:36} {spread([s.wall_s for s in samples], '5.2f'):>19} {window:>19}"
              f" {spread([s.peak_mib for s in samples], '4.0f'):>16}")
    print(f"\nfloor input: {objects} objects in {charts} charts of {environments} environments;"
          f" floor output is the same objects: {'yes' if floor_same else 'NO (the floor is not comparable)'}"
          f" (byte-identical files: {'yes' if floor_bytes else 'no'})")

    ratio = {
        (case, field): median(results[ALL], field) / median(results[case], field)
        for case in (FLOOR, BARE) for field in ("wall_s", "window_s")
    }
    print(f"all environments / floor: {ratio[FLOOR, 'wall_s']:.2f}x whole process,"
          f" {ratio[FLOOR, 'window_s']:.2f}x synth window (App creation to synth end)")
    print(f"all environments / bare:  {ratio[BARE, 'wall_s']:.2f}x whole process,"
          f" {ratio[BARE, 'window_s']:.2f}x synth window")
    if environments > 1:
        per_chart = {field: (median(results[ALL], field) - median(results[ONE], field)) / (environments - 1)
                     for field in ("wall_s", "window_s")}
        print(f"per additional environment chart, (all - {ONE_ENV}) / ({environments} - 1):"
              f" {per_chart['window_s']:.2f} s synth window, {per_chart['wall_s']:.2f} s whole process")

    peak = median(results[ALL], "peak_mib")
    print(f"\ntargets (issue 19), medians of {args.runs} cold runs on {os.cpu_count()} CPUs:")
    for label, value in (("whole process", ratio[FLOOR, "wall_s"]), ("synth window", ratio[FLOOR, "window_s"])):
        print(f"  all environments <= 1.5x the floor ({label}): {value:.2f}x  {'met' if value <= 1.5 else 'NOT met'}")
    print(f"  peak RSS <= 300 MiB: {peak:.0f} MiB  {'met' if peak <= 300 else 'NOT met'}")
    if not floor_same:
        raise SystemExit("the floor's output differs from main.py's: fix benchmarks/floor.py")


if __name__ == "__main__":
    main()
