#!/usr/bin/env python3
"""Checks the ink of press PDFs with Ghostscript, which is not kitapsha: each page is rendered
to CMYK through the PDF's own output intent (tiff32nc, -dUsePDFX3Profile), cut to the BleedBox
(what is printed; the registration marks lie outside it), and

- the total ink (C + M + Y + K) of every pixel must stay at or under 300 %; a few pixels over it
  (JPEG ringing, anti-aliased edges) are let through, at most 1 % over, on at most 0.1 % of a page;
- on pages of plain text (no picture, no gradient in the page or its forms), every pixel with
  K at 80 % or more must have C, M and Y under 3 %: black text in K alone.

Usage: .ci/check_ink.py PRESS.pdf…    prints each PDF's highest total ink; exit 1 on a failure.
Needs ghostscript, qpdf and numpy."""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy

LIMIT = 300.0
RINGING = 1.0  # percent over the limit a few pixels may reach
RINGING_SHARE = 0.001  # of a page's pixels
K_TEXT = 0.80
CMY_UNDER = 0.03
DPI = 150

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def read_tiff(path):
    """An uncompressed 8-bit CMYK TIFF as Ghostscript's tiff32nc writes it: (height, width, 4)."""
    data = path.read_bytes()
    order = "<" if data[:2] == b"II" else ">"
    u16 = lambda at: int.from_bytes(data[at:at + 2], "little" if order == "<" else "big")
    u32 = lambda at: int.from_bytes(data[at:at + 4], "little" if order == "<" else "big")
    ifd = u32(4)
    tags = {}
    for i in range(u16(ifd)):
        entry = ifd + 2 + 12 * i
        tag, kind, count = u16(entry), u16(entry + 2), u32(entry + 4)
        size = {3: 2, 4: 4}.get(kind, 1)
        at = entry + 8 if size * count <= 4 else u32(entry + 8)
        read = u16 if kind == 3 else u32
        tags[tag] = [read(at + size * j) for j in range(count)]
    width, height = tags[256][0], tags[257][0]
    if tags.get(259, [1])[0] != 1 or tags.get(277, [4])[0] != 4:
        raise SystemExit(f"{path}: not an uncompressed 4-channel TIFF")
    pixels = b"".join(data[o:o + n] for o, n in zip(tags[273], tags[279]))
    return numpy.frombuffer(pixels, dtype=numpy.uint8)[: width * height * 4].reshape(height, width, 4)


def plain_text_pages(pdf):
    """1-based numbers of the pages that hold no picture and no gradient, read with qpdf."""
    info = json.loads(subprocess.run(["qpdf", "--json=2", str(pdf)], capture_output=True, text=True, check=True).stdout)
    objects = info["qpdf"][1]

    def value(ref):
        if isinstance(ref, str) and ref.endswith(" R"):
            found = objects.get(f"obj:{ref}", {})
            return found.get("value", found.get("stream", {}).get("dict"))
        return ref

    def busy(resources, seen):
        resources = value(resources) or {}
        if value(resources.get("/Shading")):
            return True
        for pattern in (value(resources.get("/Pattern")) or {}).values():
            if pattern in seen:
                continue
            seen.add(pattern)
            pattern_dict = value(pattern) or {}
            if pattern_dict.get("/PatternType") == 2 or busy(pattern_dict.get("/Resources"), seen):
                return True
        for xobject in (value(resources.get("/XObject")) or {}).values():
            if xobject in seen:
                continue
            seen.add(xobject)
            form = value(xobject) or {}
            if form.get("/Subtype") == "/Image" or busy(form.get("/Resources"), seen):
                return True
        return False

    pages = []
    for number, page in enumerate(info["pages"], start=1):
        page_dict = value(page["object"]) or {}
        if not busy(page_dict.get("/Resources"), set()):
            pages.append(number)
    return pages


def check(pdf):
    plain = set(plain_text_pages(pdf))
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiff32nc", f"-r{DPI}", "-dUsePDFX3Profile",
             "-dUseBleedBox", "-o", f"{folder}/page-%03d.tif", str(pdf)],
            check=True,
        )
        pages = sorted(Path(folder).glob("page-*.tif"))
        highest = 0.0
        text_pixels = 0
        for path in pages:
            number = int(re.search(r"(\d+)", path.stem).group(1))
            cmyk = read_tiff(path).astype(numpy.float32) / 255.0
            ink = cmyk.sum(axis=2) * 100.0
            page_max = float(ink.max())
            highest = max(highest, page_max)
            over = ink > LIMIT + 0.5
            if page_max > LIMIT + RINGING or over.mean() > RINGING_SHARE:
                fail(f"{pdf} page {number}: total ink up to {page_max:.1f} %, over {LIMIT:.0f} % on {over.mean():.2%} of the page")
            if number in plain:
                dark = cmyk[..., 3] >= K_TEXT
                text_pixels += int(dark.sum())
                rich = dark & (cmyk[..., :3] >= CMY_UNDER).any(axis=2)
                if rich.any():
                    c, m, y, k = (cmyk[rich][0] * 100).round()
                    fail(f"{pdf} page {number}: {int(rich.sum())} pixels of black in four inks (e.g. {c:.0f}/{m:.0f}/{y:.0f}/{k:.0f})")
        if plain and not text_pixels:
            fail(f"{pdf}: no pixel of K at 80 % or more on its {len(plain)} pages of plain text: is the text black?")
        print(f"ok  {pdf}: {len(pages)} pages, highest total ink {highest:.1f} %, "
              f"{len(plain)} pages of plain text with {text_pixels} pixels of black, all K alone")


def main():
    for pdf in sys.argv[1:]:
        check(Path(pdf))
    if failures:
        print(f"{len(failures)} ink check(s) failed")
        sys.exit(1)
    print("all ink checks passed")


if __name__ == "__main__":
    main()
