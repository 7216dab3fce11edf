#!/usr/bin/env python3
"""kitapsha against the Typst CLI, on this machine, in one run.

    python3 bench/compare.py [--runs 5] [--synthetic 25,50,100,200]

1. Builds kitapsha (release) and, once, the Typst 0.15 CLI (cargo install into
   target/bench-tools, unless --typst names one; --no-cli times kitapsha alone).
2. Emits the Typst sources of every sample output (`kitapsha build --reports --emit-typst`).
3. Times `kitapsha build --reports` (every booklet's three PDFs and the three reports) against
   one Typst CLI process per emitted output, run one after another with
   `--ignore-system-fonts --font-path fonts`, as a user driving Typst by hand would.
   Prints the median wall time of each, the ratio, and the peak memory (max RSS) of each.
4. Builds N synthetic campaigns (the samples under new ids, with words swapped so that no two
   are alike) for each N and prints the time per campaign, to show that the time grows
   linearly with the count, and the resident memory a quarter of the way through the largest
   N and at its end, to show that memory stays level once the first campaigns are built.
5. Times `kitapsha build --reports` again with nothing changed (every output found up to date
   in out/.cache), and after a one-sentence edit to one campaign, each against the cold build.
6. Imposes each sample's screen PDF with kitapsha, pdfimpose and pdfjam (bench/impose.py), when
   those two are installed.
7. Runs `kitapsha watch` on one sample, edits a sentence of it again and again, and prints the
   median time of a rebuild as watch reports it (load, check, typeset, render changed pages).
8. Runs `kitapsha studio`, saves a one-sentence edit through the editor's form again and again,
   and prints the median time until the saved answer (the pages already rendered) and until the
   new first page image is served (bench/studio_save.py).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from impose import compare_imposition  # noqa: E402
from studio_save import studio_saves  # noqa: E402
TOOLS = REPO / "target" / "bench-tools"
TYPST_VERSION = "0.15.1"


def run(command, **kwargs):
    """Runs a command; returns (wall seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    exit_if_failed(command, process, status)
    return wall, usage.ru_maxrss / 1024


def exit_if_failed(command, process, status):
    """Stops the benchmark with the command's error output when it failed."""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{process.stderr.read().decode()}")


def typst_cli(path):
    if path:
        return Path(path)
    # Built with kitapsha's own release profile (Cargo.toml), so that the two are compared on
    # the same compiler settings.
    root = TOOLS / f"typst-{TYPST_VERSION}-lto"
    binary = root / "bin" / "typst"
    if not binary.exists():
        print(f"installing the Typst {TYPST_VERSION} CLI into {root} (once; up to half an hour)")
        profile = {"CARGO_PROFILE_RELEASE_LTO": "fat", "CARGO_PROFILE_RELEASE_CODEGEN_UNITS": "1"}
        subprocess.run(
            ["cargo", "install", "typst-cli", "--version", TYPST_VERSION, "--locked", "--root", str(root)],
            check=True,
            env={**os.environ, **profile},
        )
    return binary


def kitapsha_binary():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    return REPO / "target" / "release" / "kitapsha"


def project_copy(scratch, name):
    project = scratch / name
    shutil.copytree(REPO / "booklets", project / "booklets")
    shutil.copy(REPO / "kitapsha.toml", project / "kitapsha.toml")
    return project


def median_run(label, runs, once):
    """Runs `once` `runs` times after one warm-up; returns (median wall, max peak RSS)."""
    once()
    results = [once() for _ in range(runs)]
    wall = statistics.median(r[0] for r in results)
    peak = max(r[1] for r in results)
    print(f"  {label:<44} median {wall * 1000:8.1f} ms   peak memory {peak:6.1f} MiB")
    return wall, peak


def compare(kitapsha, typst, scratch, runs):
    project = project_copy(scratch, "samples")
    emitted = scratch / "emitted"
    run([kitapsha, "--project", project, "build", "--reports", "--out", scratch / "out-emit", "--emit-typst", emitted])
    outputs = sorted(p for p in emitted.iterdir() if (p / "main.typ").is_file())
    print(f"\n{len(outputs)} Typst documents make the {len(list((scratch / 'out-emit').rglob('*.pdf')))} PDFs of the samples")

    def kitapsha_once():
        shutil.rmtree(scratch / "out", ignore_errors=True)
        return run([kitapsha, "--project", project, "build", "--reports", "--out", scratch / "out"])

    def typst_once():
        total, peak = 0.0, 0.0
        for folder in outputs:
            wall, rss = run([typst, "compile", "--ignore-system-fonts", "--font-path", REPO / "fonts",
                             folder / "main.typ", scratch / "cli" / f"{folder.name}.pdf"])
            total, peak = total + wall, max(peak, rss)
        return total, peak

    (scratch / "cli").mkdir()
    ours, our_peak = median_run("kitapsha build --reports (all samples)", runs, kitapsha_once)
    incremental(kitapsha, project, scratch / "out", runs, ours)
    if typst is None:
        return ours, our_peak, None, None
    theirs, their_peak = median_run(f"typst compile, one process per output ({len(outputs)})", runs, typst_once)
    print(f"  ratio: kitapsha is {theirs / ours:.2f}× as fast as the Typst CLI processes")
    return ours, our_peak, theirs, their_peak


def incremental(kitapsha, project, out, runs, cold):
    """`build --reports` into the `out` a cold build has just filled: with nothing changed, and
    after a different one-sentence edit to one campaign each time."""
    def unchanged_once():
        return run([kitapsha, "--project", project, "build", "--reports", "--out", out])

    campaign_toml = project / "booklets" / "balkhash" / "campaign.toml"
    original = campaign_toml.read_text(encoding="utf-8")
    edits = iter(range(1, 1000))

    def edited_once():
        campaign_toml.write_text(varied(original, next(edits), lines_to_change=1), encoding="utf-8")
        return run([kitapsha, "--project", project, "build", "--reports", "--out", out])

    try:
        nothing, _ = median_run("the same, nothing changed", runs, unchanged_once)
        edited, _ = median_run("the same, one sentence of balkhash edited", runs, edited_once)
    finally:
        campaign_toml.write_text(original, encoding="utf-8")
    print(f"  nothing changed: {cold / nothing:.1f}× as fast as the cold build; "
          f"one campaign edited: {edited / cold:.2f} of the cold build's time")


def synthetic(kitapsha, scratch, counts):
    print("\nsynthetic campaigns (the six samples under new ids, two words swapped in every line of text):")
    samples = sorted(p for p in (REPO / "booklets").iterdir() if (p / "campaign.toml").is_file())
    rows = []
    for count in counts:
        project = scratch / f"synthetic-{count}"
        (project / "booklets").mkdir(parents=True)
        shutil.copy(REPO / "kitapsha.toml", project / "kitapsha.toml")
        # The pictures kitapsha.toml names (the donor's logo) sit beside the campaign folders.
        for picture in (p for p in (REPO / "booklets").iterdir() if p.is_file()):
            shutil.copy(picture, project / "booklets" / picture.name)
        for index in range(count):
            folder = project / "booklets" / f"campaign-{index:03}"
            shutil.copytree(samples[index % len(samples)], folder)
            campaign_toml = folder / "campaign.toml"
            campaign_toml.write_text(varied(campaign_toml.read_text(encoding="utf-8"), index), encoding="utf-8")
        wall, peak, memory = run_sampling_memory([kitapsha, "--project", project, "build", "--out", project / "out"],
                                                 project / "out")
        rows.append((count, wall, memory))
        print(f"  {count:4} campaigns: {wall:7.2f} s   {wall / count * 1000:6.1f} ms per campaign   peak {peak:6.1f} MiB")
    first, last = rows[0], rows[-1]
    print(f"  time per campaign at {last[0]} is {last[1] / last[0] / (first[1] / first[0]):.2f}× that at {first[0]} (1.00 = linear)")
    # Memory rises over the first few dozen campaigns (Typst's caches keep what the last ones
    # used, CACHE_GENERATIONS in commands/build.rs), then should stay level.
    memory = last[2]
    quarter = next((rss for done, rss in memory if done >= last[0] // 4), None)
    if quarter is not None:
        print(f"  memory during the {last[0]} campaigns: {quarter:.0f} MiB once {last[0] // 4} were built, "
              f"{memory[-1][1]:.0f} MiB at the end")


def run_sampling_memory(command, out):
    """`run`, with the resident memory sampled as the build goes: returns (wall seconds, peak MiB,
    [(booklets built so far, MiB)])."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ended = {}

    def wait():
        # Waited for on a thread of its own, so that the wall time does not depend on sampling.
        _, ended["status"], ended["usage"] = os.wait4(process.pid, 0)
        ended["wall"] = time.perf_counter() - start

    waiter = threading.Thread(target=wait)
    waiter.start()
    samples = []
    while waiter.is_alive():
        try:
            status = Path(f"/proc/{process.pid}/status").read_text()
            rss = int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024
            samples.append((len(list(out.glob("*/*-press.pdf"))), rss))
        except (OSError, StopIteration, ValueError):
            pass  # the process ended between the check and the read
        waiter.join(0.2)
    exit_if_failed(command, process, ended["status"])
    return ended["wall"], ended["usage"].ru_maxrss / 1024, samples


def varied(text, index, lines_to_change=None):
    """`text` (a campaign.toml) with two neighbouring words swapped in every line of running
    text, at a place that depends on `index`: each synthetic campaign then has paragraphs of its
    own, as real ones do, instead of reusing the layout Typst cached for an identical copy. With
    `lines_to_change`, only that many lines change: an edit as one makes it while watching."""
    lines, in_text = [], False
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip()
        if not in_text:
            in_text = stripped.endswith('= """')
        elif stripped.endswith('"""'):
            in_text = False
        elif line[:1].isalpha() and lines_to_change != 0:
            words = stripped.split(" ")
            if len(words) >= 3:
                lines_to_change = None if lines_to_change is None else lines_to_change - 1
                at = index % (len(words) - 1)
                words[at], words[at + 1] = words[at + 1], words[at]
                line = " ".join(words) + line[len(stripped):]
        lines.append(line)
    return "".join(lines)


def watch_rebuilds(kitapsha, scratch, edits):
    project = project_copy(scratch, "watched")
    campaign = "balkhash"
    # Its lines are read below: in English, whatever the machine's language.
    process = subprocess.Popen([kitapsha, "--project", project, "watch", campaign, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "KITAPSHA_LANG": "en"})
    try:
        def next_build():
            for line in process.stdout:
                if line.startswith("build "):
                    if "problem" in line:
                        sys.exit(f"kitapsha watch found problems in the edited campaign: {line}")
                    return float(line.split(" in ")[1].split(" ms")[0])
            sys.exit("kitapsha watch stopped")

        next_build()  # the first build, with cold caches
        campaign_toml = project / "booklets" / campaign / "campaign.toml"
        original = campaign_toml.read_text(encoding="utf-8")
        times = []
        for edit in range(edits):
            time.sleep(0.3)  # a later modification time than the build just read
            # Each edit a different one of the same sentence, never one seen before.
            # Saved as editors save, by renaming a new file over the old: watch never sees a
            # half-written file.
            saved = campaign_toml.with_suffix(".saving")
            saved.write_text(varied(original, edit + 1, lines_to_change=1), encoding="utf-8")
            os.replace(saved, campaign_toml)
            times.append(next_build())
    finally:
        process.kill()
        process.wait()
    print(f"\nkitapsha watch {campaign}: a rebuild after an edit takes {statistics.median(times):.0f} ms "
          f"(median of {edits}; fastest {min(times):.0f}, slowest {max(times):.0f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typst", help="a Typst 0.15 CLI binary to use instead of installing one")
    parser.add_argument("--no-cli", action="store_true", help="time kitapsha only, without the Typst CLI")
    parser.add_argument("--edits", type=int, default=10, help="edits under kitapsha watch; 0 to skip")
    parser.add_argument("--no-impose", action="store_true", help="skip the imposition comparison")
    parser.add_argument("--synthetic", default="25,50,100,200", help="campaign counts, comma-separated; empty to skip")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores")
    kitapsha = kitapsha_binary()
    typst = None if args.no_cli else typst_cli(args.typst)
    with tempfile.TemporaryDirectory(prefix="kitapsha-bench-") as scratch:
        scratch = Path(scratch)
        compare(kitapsha, typst, scratch, args.runs)
        if args.synthetic:
            synthetic(kitapsha, scratch, [int(n) for n in args.synthetic.split(",")])
        if args.edits:
            watch_rebuilds(kitapsha, scratch, args.edits)
            studio_saves(kitapsha, project_copy(scratch, "studio"), "balkhash", args.edits)
    if not args.no_impose:
        compare_imposition(kitapsha, args.runs)


if __name__ == "__main__":
    main()
