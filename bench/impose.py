#!/usr/bin/env python3
"""kitapsha's imposition against pdfimpose and pdfjam, per booklet, on this machine.

    python3 bench/impose.py [--runs 5]

kitapsha imposes the sheets PDF at the PDF level (lopdf: each page a form XObject placed on
its half of a sheet), inside `kitapsha build`; `KITAPSHA_TIMING=1` prints that step's time
("<id>: sheets PDF"). The other two tools impose the same input, each sample's screen PDF (trim
size, reader order), as a saddle-stitched booklet two pages a side, each as its own process:

- pdfimpose (PyPI, `pip install pdfimpose`): `pdfimpose saddle`;
- pdfjam (Debian `texlive-extra-utils` and `texlive-latex-recommended`): `pdfjam --booklet true
  --landscape`.

The samples' `sequential` and `parallel` booklets are the fair comparison (their pages are all
upright); a `flip` booklet's second half is turned by kitapsha only. Prints the median of each
per booklet and the ratios. The two tools' times include starting their process (Python, TeX);
kitapsha's is the step inside a build that is already running. `bench/compare.py` runs this too.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def kitapsha_sheets_times(kitapsha, project, out, runs):
    """Per booklet, the median time of kitapsha's "sheets PDF" step over `runs` forced builds."""
    times = {}
    for _ in range(runs):
        result = subprocess.run([kitapsha, "--project", project, "build", "--force", "--out", out],
                                env={**os.environ, "KITAPSHA_TIMING": "1", "KITAPSHA_LANG": "en"},
                                capture_output=True, text=True, check=True)
        for line in result.stderr.splitlines():
            if line.startswith("timing") and line.endswith(": sheets PDF"):
                parts = line.split()
                milliseconds, campaign = float(parts[1]), parts[3].rstrip(":")
                times.setdefault(campaign, []).append(milliseconds / 1000)
    return {campaign: statistics.median(values) for campaign, values in times.items()}


def compare_imposition(kitapsha, runs):
    """Prints, per sample booklet, kitapsha's imposition against pdfimpose and pdfjam."""
    for tool in ("pdfimpose", "pdfjam"):
        if shutil.which(tool) is None:
            print(f"\nimposition: {tool} is missing, skipped (see bench/impose.py for how to install it)")
            return
    print(f"\nimposition of each sample's screen PDF as saddle-stitched sheets, median of {runs} runs:")
    with tempfile.TemporaryDirectory(prefix="kitapsha-impose-") as scratch:
        scratch = Path(scratch)
        project = scratch / "samples"
        shutil.copytree(REPO / "booklets", project / "booklets")
        shutil.copy(REPO / "kitapsha.toml", project / "kitapsha.toml")
        out = scratch / "out"
        ours = kitapsha_sheets_times(kitapsha, project, out, runs)
        print(f"  {'booklet':<16}{'pages':>6}{'kitapsha':>12}{'pdfimpose':>12}{'pdfjam':>12}{'÷ pdfimpose':>14}{'÷ pdfjam':>10}")
        for campaign in sorted(ours):
            screen = out / campaign / f"{campaign}.pdf"
            pages = int(next(line.split()[-1] for line in subprocess.run(
                ["pdfinfo", screen], capture_output=True, text=True, check=True).stdout.splitlines()
                if line.startswith("Pages:")))
            pdfimpose = statistics.median(
                timed(["pdfimpose", "saddle", screen, "--output", scratch / f"{campaign}-pdfimpose.pdf"])
                for _ in range(runs))
            pdfjam = statistics.median(
                timed(["pdfjam", "--booklet", "true", "--landscape", "--outfile", scratch / f"{campaign}-pdfjam.pdf",
                       screen], cwd=scratch)
                for _ in range(runs))
            mine = ours[campaign]
            print(f"  {campaign:<16}{pages:>6}{mine * 1000:>10.1f}ms{pdfimpose * 1000:>10.0f}ms{pdfjam * 1000:>10.0f}ms"
                  f"{pdfimpose / mine:>13.0f}×{pdfjam / mine:>9.0f}×")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    print(f"machine: {os.cpu_count()} cores")
    compare_imposition(REPO / "target" / "release" / "kitapsha", args.runs)


if __name__ == "__main__":
    main()
