#!/usr/bin/env bash
# Rebuilds print/kitapsha-fogra39-tac300.icc, the CMYK output profile the press PDF converts
# through and embeds as its PDF/X-4 output intent. Needs Debian's `argyll` (ArgyllCMS 2.3.1) and
# `icc-profiles-free` (FOGRA39L.ti3, Zlib licence, see print/NOTICE). About 3 minutes on 2 cores.
#
#   -qm              medium quality, as ArgyllCMS's documentation recommends (-qh: 27 min, 1.7 MB)
#   -kp 0 .25 .95 .9 .6   a medium black generation (GCR)
#   -l300            total ink limit 300 %
#   -S sRGB.icm -cmt -dpp  perceptual and saturation tables gamut-mapped from sRGB
#   -nc              no embedded measurement data (about 127 kB smaller)
#   (never -b: it degrades the B2A table)
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v colprof >/dev/null || [ ! -f /usr/share/color/icc/FOGRA39L.ti3 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq argyll icc-profiles-free >/dev/null
fi
name=kitapsha-fogra39-tac300
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/$name.ti3"
(
    cd "$work"
    colprof -v -qm -kp 0 .25 .95 .9 .6 -l300 -S /usr/share/color/argyll/ref/sRGB.icm -cmt -dpp -nc \
        -A "kitapsha project" \
        -D "kitapsha FOGRA39 CMYK, TAC 300%" \
        -C "Derived work: built by ArgyllCMS colprof from FOGRA39L.ti3 (Fogra characterization data, icc-profiles-free, Zlib licence, (c) Kai-Uwe Behrmann). Not an original Fogra or ECI profile." \
        "$name"
)
cp "$work/$name.icc" "$name.icc"
sha256sum "$name.icc"
