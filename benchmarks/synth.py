"""Cold synth time and peak memory: all environments vs `import lighthouse_constructs` vs a bare app.

Each case runs in a fresh process (cold: new interpreter, new jsii Node.js runtime). Peak memory
is the largest sum of RSS over the process tree (Python + the Node.js child jsii starts), sampled
every 10 ms from /proc. Each case runs `--runs` times; the table shows the median.

Targets (issue 2): all environments in <= 3 s or <= 4x the bare app; peak <= 300 MiB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE")

BARE_APP = """
import lighthouse_constructs._runtime  # only silences the Node 20 banner
import cdk8s, cdk8s_plus_28 as kplus
app = cdk8s.App(outdir={outdir!r})
chart = cdk8s.Chart(app, "bare")
kplus.Deployment(chart, "web", containers=[kplus.ContainerProps(image="nginx:1.27")])
app.synth()
"""

CASES = {
    "all environments (main.py)": lambda out: [sys.executable, str(ROOT / "main.py")],
    "import lighthouse_constructs": lambda out: [sys.executable, "-c", "import lighthouse_constructs"],
    "bare cdk8s app, 1 Deployment": lambda out: [sys.executable, "-c", BARE_APP.format(outdir=out)],
}


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


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as out:
        env = {**os.environ, "CDK8S_OUTDIR": out}
        for name, build in CASES.items():
            samples = [measure(build(out), env) for _ in range(args.runs)]
            results[name] = (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples) / 2**20)
    bare_time, bare_mem = results["bare cdk8s app, 1 Deployment"]
    print(f"{'case':32} {'wall s':>8} {'x bare':>7} {'peak MiB':>9} {'x bare':>7}")
    for name, (seconds, mib) in results.items():
        print(f"{name:32} {seconds:8.2f} {seconds / bare_time:7.2f} {mib:9.0f} {mib / bare_mem:7.2f}")
    all_time, all_mem = results["all environments (main.py)"]
    ok = (all_time <= 3 or all_time <= 4 * bare_time) and all_mem <= 300
    print(f"target (<= 3 s or <= 4x bare, <= 300 MiB): {'met' if ok else 'NOT met'}  [median of {args.runs} cold runs, {os.cpu_count()} CPUs]")


if __name__ == "__main__":
    main()
