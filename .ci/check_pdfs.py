#!/usr/bin/env python3
"""Checks kitapsha's PDFs with tools that are not kitapsha's: poppler (pdfinfo, pdffonts,
pdfimages, pdftotext, pdftoppm) and qpdf. The press PDFs must be PDF/X-4 in CMYK as poppler
reads them; their ink is checked on a Ghostscript render by check_ink.py.

Usage: .ci/check_pdfs.py OUT_DIR              every campaign folder in OUT_DIR
       .ci/check_pdfs.py --raster SCREEN_PDF  the raster-images fixture, colours included
       .ci/check_pdfs.py --press-colours PRESS_PDF  the press-colours fixture's press PDF"""

import re
import subprocess
from collections import Counter
import sys
from pathlib import Path

BLEED_PT = 3 * 72 / 25.4  # 8.50 pt
TOLERANCE = 0.05
MIN_PPI = 300
A4_LANDSCAPE = (841.89, 595.28)
A5_LANDSCAPE = (595.28, 419.53)
A3_LANDSCAPE = (1190.55, 841.89)
KAZAKH_LETTERS = "әғқңөұүі"

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def boxes(pdf):
    """{page: {box name: (x0, y0, x1, y1)}} from `pdfinfo -box` over all pages."""
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)).stdout, re.M).group(1))
    out = run("pdfinfo", "-f", "1", "-l", str(pages), "-box", str(pdf)).stdout
    result = {}
    for page, name, values in re.findall(r"^Page\s+(\d+) (\w+Box):\s+([\d.\s-]+)$", out, re.M):
        result.setdefault(int(page), {})[name] = tuple(float(v) for v in values.split())
    return result


def size(box):
    return (box[2] - box[0], box[3] - box[1])


def close(a, b):
    return abs(a - b) <= TOLERANCE


def check_common(pdf):
    if run("qpdf", "--check", str(pdf)).returncode != 0:
        fail(f"{pdf}: qpdf --check reports errors")
    fonts = run("pdffonts", str(pdf)).stdout.splitlines()[2:]
    for line in fonts:
        fields = line.split()
        name, embedded = fields[0], fields[-5]
        if embedded != "yes":
            fail(f"{pdf}: font {name} is not embedded")
        if not re.search(r"Noto(Serif|Sans)", name):
            fail(f"{pdf}: font {name} is not one kitapsha ships")
    for line in run("pdfimages", "-list", str(pdf)).stdout.splitlines()[2:]:
        fields = line.split()
        x_ppi, y_ppi = int(fields[12]), int(fields[13])
        if min(x_ppi, y_ppi) < MIN_PPI:
            fail(f"{pdf}: image on page {fields[0]} is {x_ppi}×{y_ppi} ppi, below {MIN_PPI}")


def editions(folder):
    """The booklet names in a campaign folder: the campaign's own, then each edition's
    (`raiymbek-large` for `raiymbek-large.pdf`, beside `-large-press.pdf`, `-large-press-summary.pdf`
    and `-large-sheets.pdf`)."""
    campaign = folder.name
    found = sorted(
        p.stem
        for p in folder.glob(f"{campaign}-*.pdf")
        if not p.stem.endswith(("-press", "-sheets", "-press-summary"))
    )
    return [campaign] + found


def check_campaign(folder):
    for name in editions(folder):
        check_booklet(folder, name)
        check_press_summary(folder / f"{name}-press-summary.pdf", f"{name}-press.pdf")
        if name.endswith("-large"):
            check_large_print(folder / f"{name}.pdf")
        if name.endswith("-latn"):
            check_latin(folder / f"{name}.pdf")


def check_press_summary(pdf, press_name):
    """The print shop's summary beside each press PDF: one page, fonts embedded, and it names
    its press PDF and the standard that PDF claims."""
    if not pdf.is_file():
        fail(f"{pdf} is missing")
        return
    check_common(pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)).stdout, re.M).group(1))
    if pages != 1:
        fail(f"{pdf}: {pages} pages, not one")
    text = run("pdftotext", str(pdf), "-").stdout
    for expected in (press_name, "PDF/X-4"):
        if expected not in text:
            fail(f"{pdf}: does not say {expected}")
    print(f"ok  {pdf.name}: one page, fonts embedded, names {press_name}")


def check_latin(pdf):
    """The Latin edition's text, as poppler reads it, has no Kazakh Cyrillic letter left and
    has the letters of the 2021 alphabet."""
    text = run("pdftotext", str(pdf), "-").stdout
    left = sorted({c for c in text if c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі"})
    if left:
        fail(f"{pdf}: Kazakh Cyrillic letters in the Latin edition: {' '.join(left)}")
    missing = [c for c in "äğñşūüı" if c not in text]
    if len(missing) > 2:
        fail(f"{pdf}: hardly any letter of the 2021 alphabet: {' '.join(missing)} missing")
    print(f"ok  {pdf.stem}: Kazakh in Latin script")


def check_large_print(pdf):
    """Large print is set in Noto Sans alone, upright: no serif face and no italics."""
    fonts = [line.split()[0] for line in run("pdffonts", str(pdf)).stdout.splitlines()[2:] if line.strip()]
    for font in fonts:
        face = font.split("+")[-1]
        if not face.startswith("NotoSans-") or "Italic" in face:
            fail(f"{pdf}: font {face} in a large-print edition (Noto Sans, upright, only)")
    print(f"ok  {pdf.stem}: large print in {', '.join(sorted({f.split('+')[-1] for f in fonts}))}")


def check_booklet(folder, campaign):
    screen, press, sheets = (folder / f"{campaign}{suffix}.pdf" for suffix in ("", "-press", "-sheets"))
    for pdf in (screen, press, sheets):
        if not pdf.is_file():
            fail(f"{pdf} is missing")
            return
        check_common(pdf)

    screen_boxes = boxes(screen)
    trim = size(screen_boxes[1]["MediaBox"])
    pages = len(screen_boxes)
    if pages % 4:
        fail(f"{screen}: {pages} pages, not a multiple of 4")
    text = run("pdftotext", str(screen), "-").stdout.lower()
    # The Latin edition has none of them: check_latin reads its letters instead.
    for letter in KAZAKH_LETTERS if not campaign.endswith("-latn") else ():
        if letter not in text:
            fail(f"{screen}: no '{letter}' in the extracted text")

    check_press_colours(press)
    check_accessible(screen, press)
    check_screen_colours(screen)

    press_boxes = boxes(press)
    if len(press_boxes) != pages:
        fail(f"{press}: {len(press_boxes)} pages, the screen PDF has {pages}")
    for page, found in press_boxes.items():
        media, bleed, trim_box = found["MediaBox"], found.get("BleedBox"), found.get("TrimBox")
        if not all(close(a, b) for a, b in zip(size(trim_box), trim)):
            fail(f"{press} page {page}: TrimBox {size(trim_box)} is not the trim size {trim}")
        expected_bleed = (trim_box[0] - BLEED_PT, trim_box[1] - BLEED_PT, trim_box[2] + BLEED_PT, trim_box[3] + BLEED_PT)
        if not all(close(a, b) for a, b in zip(bleed, expected_bleed)):
            fail(f"{press} page {page}: BleedBox {bleed} is not the TrimBox grown by {BLEED_PT:.2f} pt")
        inside = media[0] < bleed[0] and media[1] < bleed[1] and media[2] > bleed[2] and media[3] > bleed[3]
        if not inside:
            fail(f"{press} page {page}: BleedBox {bleed} is not inside the MediaBox {media}")

    sheets_boxes = boxes(sheets)
    if len(sheets_boxes) * 2 != pages:
        fail(f"{sheets}: {len(sheets_boxes)} sheet sides for {pages} pages")
    # A5 booklets go on A4 sheets, A6 booklets on A5 sheets, the A4 pages of a long
    # large-print edition on A3.
    if trim[0] > 500 and trim[1] > trim[0]:
        sheet = A3_LANDSCAPE
    else:
        sheet = A4_LANDSCAPE if trim[0] > 300 else A5_LANDSCAPE
    for page, found in sheets_boxes.items():
        if not all(close(a, b) for a, b in zip(size(found["MediaBox"]), sheet)):
            fail(f"{sheets} side {page}: {size(found['MediaBox'])} is not {sheet}")
    check_sheet_places(press, sheets, pages, trim, sheet)
    print(f"ok  {campaign}: {pages} pages, trim {trim[0]:.2f}×{trim[1]:.2f} pt, press and sheets")


def letters(pdf, page, area=None):
    """The letters poppler reads on a page, or in `area` (x, y, width, height in points from the
    top left), counted: the same whichever way up the page is drawn, and however poppler joins a
    word hyphenated at a line's end (it does not join them on a page drawn upside down)."""
    crop = [] if area is None else ["-x", str(round(area[0])), "-y", str(round(area[1])),
                                   "-W", str(round(area[2])), "-H", str(round(area[3]))]
    text = run("pdftotext", "-r", "72", "-f", str(page), "-l", str(page), *crop, str(pdf), "-").stdout
    return Counter(c for c in text if not c.isspace() and c not in "-\u00ad")


def check_sheet_places(press, sheets, pages, trim, sheet):
    """Each half of each sheet side holds the words of the press page that saddle stitching puts
    there (the press PDF is in binding order): sheet k's front has pages n−2k and 2k+1, its back
    2k+2 and n−1−2k. Read by poppler, so that the placement is not only kitapsha's word."""
    width, height = trim
    left = (sheet[0] - 2 * width) / 2
    top = (sheet[1] - height) / 2
    for k in range(pages // 4):
        for side, (on_left, on_right) in ((2 * k + 1, (pages - 2 * k, 2 * k + 1)), (2 * k + 2, (2 * k + 2, pages - 1 - 2 * k))):
            for page, x in ((on_left, left), (on_right, left + width)):
                # A point inside the trim on each side: words cut by the edge of the area would
                # otherwise be read on both halves.
                found = letters(sheets, side, (x + 1, top + 1, width - 2, height - 2))
                expected = letters(press, page)
                if found != expected:
                    missing = "".join(sorted((expected - found).elements()))[:20]
                    extra = "".join(sorted((found - expected).elements()))[:20]
                    fail(f"{sheets} side {side}: the half at x={x:.0f} does not hold press page {page} "
                         f"(missing {missing!r}, extra {extra!r})")


def images_of(pdf):
    """(page, type, colour) of every image `pdfimages -list` lists."""
    rows = run("pdfimages", "-list", str(pdf)).stdout.splitlines()[2:]
    return [(int(f[0]), f[2], f[5]) for f in (line.split() for line in rows)]


def check_press_colours(press):
    """The press PDF claims PDF/X-4 to poppler, is PDF 1.6, has no links, and every picture is
    CMYK (soft masks grey)."""
    info = run("pdfinfo", str(press)).stdout
    if not re.search(r"^PDF subtype:\s+PDF/X-4$", info, re.M):
        fail(f"{press}: pdfinfo does not report PDF/X-4")
    if not re.search(r"^PDF version:\s+1\.6$", info, re.M):
        fail(f"{press}: not PDF 1.6")
    for page, kind, colour in images_of(press):
        if (kind, colour) not in (("image", "cmyk"), ("smask", "gray")):
            fail(f"{press} page {page}: an {kind} in {colour}, not CMYK")
    links = run("pdfinfo", "-url", str(press)).stdout.splitlines()[1:]
    if links:
        fail(f"{press}: {len(links)} link(s) in the press PDF")


def check_screen_colours(screen):
    """The screen PDF stays sRGB: phones do not colour-manage CMYK. (A CMYK JPEG stays CMYK.)"""
    info = run("pdfinfo", str(screen)).stdout
    if re.search(r"^PDF subtype:\s+PDF/X", info, re.M):
        fail(f"{screen}: the screen PDF claims PDF/X")


def check_accessible(screen, press):
    """The screen PDF is tagged and says PDF/UA-1 in its XMP; the press PDF says PDF/X, not UA."""
    if not re.search(r"^Tagged:\s+yes", run("pdfinfo", str(screen)).stdout, re.M):
        fail(f"{screen}: not a tagged PDF")
    if "<pdfuaid:part>1</pdfuaid:part>" not in run("pdfinfo", "-meta", str(screen)).stdout:
        fail(f"{screen}: the XMP metadata does not say PDF/UA-1")
    if "pdfuaid" in run("pdfinfo", "-meta", str(press)).stdout:
        fail(f"{press}: the press PDF claims PDF/UA")


def check_reports(out):
    """The donor reports: readable by qpdf, fonts embedded, tagged, in all three languages."""
    for lang in ("en", "ru", "kk"):
        pdf = out / f"report-{lang}.pdf"
        if not pdf.is_file():
            fail(f"{pdf} is missing")
            continue
        check_common(pdf)
        info = run("pdfinfo", str(pdf)).stdout
        if not re.search(r"^Tagged:\s+yes", info, re.M):
            fail(f"{pdf}: not a tagged PDF")
        text = run("pdftotext", str(pdf), "-").stdout
        if lang != "en" and re.search(r"\b(Summary|Total|Printed|percentage points)\b", text):
            fail(f"{pdf}: English words left in the {lang} report")
        print(f"ok  {pdf}")


def rendered_pixels(pdf, page):
    """Page `page` rendered by poppler at 50 dpi: (width, height, RGB bytes)."""
    ppm = subprocess.run(["pdftoppm", "-r", "50", "-f", str(page), "-l", str(page), str(pdf)], capture_output=True).stdout
    header = ppm.split(maxsplit=4)  # P6, width, height, maxval, pixels
    return int(header[1]), int(header[2]), header[4]


def colour_at(pdf, page, x, y):
    width, height, pixels = rendered_pixels(pdf, page)
    offset = 3 * (int(height * y) * width + int(width * x))
    return tuple(pixels[offset:offset + 3])


def check_raster_colours(pdf):
    """The raster fixture: a CMYK JPEG (red left, blue right) on the cover and a transparent PNG
    (an orange circle) in the first section, as poppler renders them."""
    expected = [
        (1, 0.4, 0.8, (237, 28, 36), "the CMYK JPEG's red half"),
        (1, 0.6, 0.8, (46, 49, 146), "the CMYK JPEG's blue half"),
        (2, 0.5, 0.38, (217, 142, 4), "the PNG's orange circle"),
        (2, 0.2, 0.25, (255, 255, 255), "the page through the PNG's transparent corner"),
    ]
    for page, x, y, colour, what in expected:
        found = colour_at(pdf, page, x, y)
        if any(abs(a - b) > 40 for a, b in zip(found, colour)):
            fail(f"{pdf} page {page}: {what} renders as {found}, expected about {colour}")
    print(f"ok  {pdf}: CMYK JPEG and transparent PNG render in their colours")
    images = images_of(pdf)
    if not any(colour in ("icc", "rgb") for _, kind, colour in images if kind == "image"):
        fail(f"{pdf}: the transparent PNG is not RGB in the screen PDF")


def check_press_pictures(pdf):
    """The press-colours fixture: its saturated photo and transparent PNG are CMYK in the press
    PDF, the PNG keeps its soft mask, and poppler renders the photo's red as a red."""
    images = images_of(pdf)
    if not any(kind == "smask" for _, kind, _ in images):
        fail(f"{pdf}: the transparent PNG lost its soft mask")
    found = colour_at(pdf, 2, 0.2, 0.3)
    if not (found[0] > 180 and found[1] < 90 and found[2] < 90):
        fail(f"{pdf} page 2: the photo's pure red renders as {found}")
    print(f"ok  {pdf}: photo and transparent PNG in CMYK, the red still red")


def main():
    if sys.argv[1:2] == ["--raster"]:
        check_campaign(Path(sys.argv[2]).parent)
        check_raster_colours(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--press-colours"]:
        check_campaign(Path(sys.argv[2]).parent)
        check_press_pictures(Path(sys.argv[2]))
    else:
        out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
        campaigns = sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
        if len(campaigns) < 6:
            fail(f"expected the six sample campaigns in {out}, found {len(campaigns)}")
        for folder in campaigns:
            check_campaign(folder)
        check_reports(out)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all PDF checks passed")


if __name__ == "__main__":
    main()
