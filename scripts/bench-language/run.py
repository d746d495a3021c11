"""Times each benchmark of scripts/bench-language/ in Folio and in CPython, side by side, and
prints one table. Called by scripts/bench-language.sh (which builds folio first)."""
import datetime, json, os, platform, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCHMARKS = [("fib", "recursive fib(25)"), ("loop", "1,000,000-iteration loop"),
              ("collections", "map/filter/sorted 100,000")]


# A notebook that takes longer than this fails its row instead of holding up the table.
TIMEOUT = int(os.environ.get("BENCH_TIMEOUT", "600"))


class Failed(Exception):
    pass


def folio_once(folio, name, scratch):
    """(seconds of the cell labelled `timed`, seconds of the whole `folio run`, printed text)."""
    out = os.path.join(scratch, name)
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    try:
        run = subprocess.run([folio, "run", os.path.join(HERE, name + ".md"), "--no-cache", "--quiet",
                              "--to", "ipynb", "--output", out], capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failed("no result after %d s (set BENCH_TIMEOUT=seconds to wait longer)" % TIMEOUT)
    whole = time.perf_counter() - start
    try:
        with open(os.path.join(out, name + ".ipynb")) as f:
            cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
    except (OSError, ValueError, KeyError):
        lines = [l for l in run.stderr.splitlines() if l.strip()]
        raise Failed(lines[0] if lines else "folio exited %d without a report" % run.returncode)
    for cell in cells:
        meta = cell["metadata"].get("folio", {})
        if meta.get("status") != "ok":
            errors = [o["traceback"] for o in cell["outputs"] if o.get("output_type") == "error"]
            reason = " / ".join(line.strip() for line in errors[0][:2]) if errors else \
                meta.get("skipped_because", "the cell did not run (%s)" % meta.get("status"))
            raise Failed(reason)
    timed = [c for c in cells if c["metadata"]["folio"].get("label") == "timed"][0]
    printed = "".join("".join(o["data"].get("text/plain", [])) for o in timed["outputs"]
                      if o.get("output_type") == "display_data")
    return timed["metadata"]["folio"]["duration"], whole, " ".join(printed.split())


def python_once(python, name):
    """(seconds the program measured for its work, seconds of the whole process, printed text)."""
    start = time.perf_counter()
    run = subprocess.run([python, os.path.join(HERE, name + ".py")], capture_output=True, text=True)
    whole = time.perf_counter() - start
    if run.returncode != 0:
        raise Failed((run.stderr.strip().splitlines() or ["exit %d" % run.returncode])[-1])
    lines = run.stdout.splitlines()
    seconds = float([l for l in lines if l.startswith("seconds ")][0].split()[1])
    printed = " ".join(" ".join(l for l in lines if not l.startswith("seconds ")).split())
    return seconds, whole, printed


def best(runs, measure):
    results = [measure() for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def main():
    folio, python, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    version = subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
               platform.processor()) if os.path.exists("/proc/cpuinfo") else platform.processor()
    print("Folio %s (%s) vs %s, best of %d, %s, %d cores, %s" % (
        commit, folio, version, runs, datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        os.cpu_count(), cpu))
    row = "| %-26s | %10s | %10s | %13s | %10s | %10s | %s |"
    print(row % ("benchmark", "Folio cell", "CPython", "Folio/CPython", "folio run", "python3", "printed"))
    print(row % tuple("-" * w for w in (26, 10, 10, 13, 10, 10, 7)))
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name, title in BENCHMARKS:
            try:
                f_cell, f_whole, f_printed = best(runs, lambda: folio_once(folio, name, scratch))
            except Failed as failure:
                print(row % (title, "FAILED", "", "", "", "", "Folio: %s" % failure))
                failures += 1
                continue
            try:
                p_cell, p_whole, p_printed = best(runs, lambda: python_once(python, name))
            except Failed as failure:
                print(row % (title, "%.4f s" % f_cell, "FAILED", "", "", "", "CPython: %s" % failure))
                failures += 1
                continue
            printed = f_printed
            if f_printed != p_printed:
                printed = "MISMATCH: Folio printed %r, CPython %r" % (f_printed, p_printed)
                failures += 1
            print(row % (title, "%.4f s" % f_cell, "%.4f s" % p_cell, "%.2f×" % (f_cell / p_cell),
                         "%.3f s" % f_whole, "%.3f s" % p_whole, printed))
    print("Folio/CPython: seconds of the timed work in Folio (its `timed` cell) over CPython's "
          "(perf_counter around the same work); below 1, Folio is faster. `folio run` and `python3`: whole processes.")
    if failures:
        print("%d benchmark(s) failed or printed different results" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
