#!/usr/bin/env python3
"""Preview latency: save -> server-sent event -> new page fetched, for `blueprint serve`.

A benchmark client, not a test. For each binary it starts `BINARY serve --port 0` on a private
copy of WORKSPACE, subscribes to /events, and SAVES times rewrites one blueprint's title (so its
diagram really changes) in place; after each save it waits for the next version event, then
fetches the blueprint's page and its SVG and checks the page shows the new title. Binaries are
interleaved (A B A B ...) over ROUNDS rounds, each round a fresh server. Prints, per binary, the
median and min-max of save->event and save->page, and the CPU time per save of the server and
the children it waited for.

    Tests/Performance/preview-latency.py [--rounds 3] [--saves 10] [--file blueprints/b1.yaml] \
        WORKSPACE BINARY [BINARY ...]
"""
import argparse, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

def get(port, path):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(1 << 16):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n")[0]:
        raise RuntimeError(f"GET {path}: {head[:80]!r}")
    return body

class Events:
    """The /events stream: `next_version()` blocks until a version line arrives."""
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.buffer = b""
    def next_version(self):
        while True:
            match = re.search(rb"data: (\d+)\n", self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return int(match.group(1))
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise RuntimeError("event stream ended")
            self.buffer += chunk

def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    # utime + stime, and the same of children it waited for (main's serve drew in a child).
    return sum(int(field) for field in fields[11:15]) / os.sysconf("SC_CLK_TCK")

def round_of(binary, workspace, relative, saves):
    folder = tempfile.mkdtemp(prefix="preview-latency-")
    copy = os.path.join(folder, "ws")
    shutil.copytree(workspace, copy)
    path = os.path.join(copy, relative)
    original = open(path).read()
    ident = re.search(r"^id: *(\S+)", original, re.M).group(1)
    log = open(os.path.join(folder, "stderr"), "w+")
    server = subprocess.Popen([binary, "serve", "--port", "0"], cwd=copy, stdout=subprocess.DEVNULL, stderr=log)
    try:
        port = None
        deadline = time.time() + 900
        while port is None and time.time() < deadline and server.poll() is None:
            time.sleep(0.05)
            log.seek(0)
            found = re.search(r"Serving the workspace report on http://[^:]+:(\d+)/", log.read())
            port = int(found.group(1)) if found else None
        if port is None:
            raise RuntimeError("serve did not start")
        events = Events(port)
        version = events.next_version()
        get(port, f"/blueprints/{ident}.html")
        results = []
        cpu_start = cpu_seconds(server.pid)
        for save in range(saves):
            title = f"Preview latency save {save} {time.time_ns()}"
            text = re.sub(r"^title:.*$", f"title: {title}", original, count=1, flags=re.M)
            start = time.perf_counter()
            with open(path, "w") as file:  # in place, as most editors save
                file.write(text)
            while (seen := events.next_version()) <= version:
                pass
            version = seen
            evented = time.perf_counter()
            page = get(port, f"/blueprints/{ident}.html")
            get(port, f"/blueprints/{ident}.svg")
            done = time.perf_counter()
            if title.encode() not in page:
                raise RuntimeError(f"save {save}: the page does not show the new title")
            results.append((evented - start, done - start))
            time.sleep(0.3)  # let the machine settle: saves measured one at a time, not queued
        cpu = (cpu_seconds(server.pid) - cpu_start) / saves
        return results, cpu
    finally:
        server.send_signal(2)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)

def summary(values):
    ms = sorted(v * 1000 for v in values)
    return f"{statistics.median(ms):7.1f} ms ({ms[0]:.1f}-{ms[-1]:.1f})"

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--file", default=None, help="the blueprint to save, relative to the workspace")
    args = parser.parse_args()
    relative = args.file
    if relative is None:
        blueprints = sorted(f for f in os.listdir(os.path.join(args.workspace, "blueprints")) if f.endswith(".yaml"))
        relative = os.path.join("blueprints", blueprints[min(1, len(blueprints) - 1)])
    args.binaries = [os.path.abspath(b) for b in args.binaries]
    measured = {binary: ([], []) for binary in args.binaries}
    for round_number in range(args.rounds):
        for binary in args.binaries:
            results, cpu = round_of(binary, args.workspace, relative, args.saves)
            measured[binary][0].extend(results)
            measured[binary][1].append(cpu)
            print(f"round {round_number + 1} {binary}: save->page {summary([r[1] for r in results])}", file=sys.stderr)
    print(f"{args.workspace}, saving {relative}: {args.rounds} rounds x {args.saves} saves, binaries interleaved")
    for binary, (results, cpus) in measured.items():
        print(f"{binary}\n  save -> event  {summary([r[0] for r in results])}\n  save -> page   {summary([r[1] for r in results])}"
              f"\n  server CPU per save {statistics.median(cpus) * 1000:.0f} ms ({min(cpus) * 1000:.0f}-{max(cpus) * 1000:.0f}, medians of rounds)")

if __name__ == "__main__":
    main()
