#!/usr/bin/env python3
"""Writes a workspace with one dense blueprint, for measuring the layout budget
(docs/PERFORMANCE.md, "Layout budget"): STEPS steps over 20 stages and 4 lanes, each step
`after` FLOWS random earlier steps (a fraction: that many on average, 0.25 is one step in four).
Deterministic for a given seed.

    python3 Tests/Performance/dense_blueprint.py FOLDER STEPS [FLOWS] [SEED]
    blueprint render dense -o dense.svg    # inside FOLDER
"""
import os
import random
import sys


def main():
    folder, steps = sys.argv[1], int(sys.argv[2])
    flows = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    stages = 20
    lanes = ["customer", "frontstage", "backstage", "support"]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "workspace.yaml"), "w") as f:
        f.write("kind: workspace\nname: Dense layout benchmark\n")
    out = ["kind: blueprint", "id: dense", f"title: Dense blueprint, {steps} steps", "state: current",
           "lanes: [" + ", ".join(lanes) + "]", "stages:"]
    written = []
    for stage in range(stages):
        out += [f"  - id: stage-{stage}", f"    name: Stage {stage}", "    steps:"]
        count = steps // stages + (1 if stage < steps % stages else 0)
        for _ in range(count):
            step = f"s{len(written)}"
            lane = lanes[len(written) % len(lanes)]
            out += [f"      - id: {step}", f"        lane: {lane}", f"        text: Step {len(written)} of the journey"]
            fraction = flows - int(flows)
            count = int(flows) + (1 if fraction and rng.random() < fraction else 0)
            if written and count:
                after = sorted(set(rng.choice(written) for _ in range(count)), key=lambda s: int(s[1:]))
                out.append("        after: [" + ", ".join(after) + "]")
            written.append(step)
    with open(os.path.join(folder, "dense.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
