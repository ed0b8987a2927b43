#!/usr/bin/env python3
"""The HTML report of coordcare-check, opened in a real browser (headless Chromium).

usage: check_html_report.py COORDCARE_CHECK CHROMIUM EXAMPLES_DIR WORK_DIR

Writes the reports of the two procedure samples, checks that each page is self-contained (no script, no
stylesheet, image or font fetched from anywhere), has Chromium render it to its DOM and to a screenshot, and
checks what a reader must see: each structure with its verdict, each late item, the timeline's dates (events,
deadlines, payments, the check's date), and on the screenshot the red of the late items. The expected texts
are written here from the samples' dates and the rules (docs/procedures.md), not read back from the program.
Exit 77 (skipped) when Chromium is not installed; scripts/setup.sh test installs it.
"""
import html.parser
import json
import pathlib
import shutil
import struct
import subprocess
import sys
import zlib

check, chromium, examples, work = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
if not shutil.which(chromium):
    print(f"skipped: {chromium} is not installed (scripts/setup.sh test installs it)")
    sys.exit(77)
work.mkdir(parents=True, exist_ok=True)
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


class Page(html.parser.HTMLParser):
    """The parts of the rendered DOM a reader looks at."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.headings = []     # h2 texts (one per structure)
        self.sections = []     # (class, data-kind)
        self.late_items = []
        self.svg_texts = []
        self.deadline_rows = []
        self.external = []     # resources the page would fetch
        self._text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"):
            self.external.append(f"<{tag}>")
        for name in ("src", "srcset", "data"):
            if name in a and tag not in ("section",):
                self.external.append(f"{tag} {name}={a[name]}")
        if tag == "section":
            self.sections.append((a.get("class", ""), a.get("data-kind", "")))
        if tag in ("h2", "li", "text", "tr"):
            self._text = [tag, a.get("class", ""), []]
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if self._text and tag == self._text[0]:
            kind, css, parts = self._text
            text = "".join(parts).strip()
            if kind == "h2":
                self.headings.append(text)
            elif kind == "li" and "late-item" in css:
                self.late_items.append(text)
            elif kind == "text":
                self.svg_texts.append(text)
            elif kind == "tr":
                self.deadline_rows.append((css, text))
            self._text = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self._text:
            self._text[2].append(data)


def png_pixels(path):
    """Width, height and RGB rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            if depth != 8 or color not in (2, 6):
                raise ValueError(f"unexpected PNG depth {depth} color {color}")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def render(name, report, size):
    """The DOM Chromium builds from the page, and its screenshot."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={work / 'chromium-profile'}"]
    url = report.resolve().as_uri()
    dom = subprocess.run([chromium, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    if dom.returncode != 0 or "<html" not in dom.stdout:
        failures.append(f"{name}: chromium --dump-dom failed ({dom.returncode}): {dom.stderr[-500:]}")
        return None, None
    shot = work / f"{name}.png"
    shot.unlink(missing_ok=True)
    run = subprocess.run([chromium, *flags, f"--screenshot={shot}", f"--window-size={size}", url], capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or not shot.exists():
        failures.append(f"{name}: chromium --screenshot failed ({run.returncode}): {run.stderr[-500:]}")
        return dom.stdout, None
    return dom.stdout, shot


def report_of(sample, as_of, lang, *extra):
    out = work / (pathlib.Path(sample).stem + ".html")
    run = subprocess.run([check, str(examples / sample), "--as-of", as_of, "--lang", lang, "--format", "html", *extra], capture_output=True)
    out.write_bytes(run.stdout)
    text = run.stdout.decode("utf-8")
    expect(text.startswith("<!DOCTYPE html>"), f"{sample}: the report is not an HTML page")
    for needle in ("<script", "<link", "@import", "url(", "src="):
        expect(needle not in text, f"{sample}: the page is not self-contained ({needle!r})")
    return run.returncode, out


# ---- The sample with late items, in English, as of 2025-06-30, under the ARS PACA's doctrine (whose answer
# to a letter of intent is due within a month of the CCOPD) ---------------------------------------------------
status, report = report_of("procedures-invalid.json", "2025-06-30", "en", "--region", "provence-alpes-cote-d-azur")
expect(status == 1, f"procedures-invalid.json: exit status {status}, expected 1 (errors)")
dom, shot = render("procedures-invalid", report, "1280,2400")
if dom:
    page = Page()
    page.feed(dom)
    expect(not page.external, f"the rendered page fetches {page.external}")
    dossier = json.loads((examples / "procedures-invalid.json").read_text(encoding="utf-8"))
    names = [s["name"] for s in dossier["structures"]]
    expect(len(page.headings) == len(names), f"{len(page.headings)} structures shown, expected {len(names)}: {page.headings}")
    for heading, name in zip(page.headings, names):
        expect(name in heading, f"structure {name!r} not in its heading {heading!r}")
    expect("4 error(s)" in page.headings[0], f"the CPTS's verdict: {page.headings[0]!r}")
    expect("1 error(s)" in page.headings[1], f"the CDS's verdict: {page.headings[1]!r}")
    expect(all("invalid" in css for css, _ in page.sections), f"sections: {page.sections}")
    # Each late item, as worked out by hand from the sample (signed 2023-09-01 under avenant 2).
    late = [
        ("decision on the letter of intent: due by 2022-11-06", "done on 2022-11-21", "PROCEDURE.CPTS.LETTER_DECISION_DELAY"),
        ("Coordinated prevention actions", "due by 2024-09-01", "not done as of 2025-06-30", "CPTS.CONTRACT.MISSION_STARTED"),
        ("start of the mission \"Response to serious health crises\": due by 2024-03-01", "done on 2024-04-02", "CPTS.CONTRACT.MISSION_STARTED"),
        ("deployment of the mission \"Response to serious health crises\": due by 2025-03-01", "not done as of 2025-06-30", "CPTS.CONTRACT.MISSION_DEPLOYED"),
        ("2023-08-10", "deemed validated", "PROCEDURE.CPTS.PROJECT_DECISION"),
        ("\"centre opened\" of 2024-02-01", "PROCEDURE.CDS.COMMITMENT"),
    ]
    expect(len(page.late_items) == len(late), f"{len(page.late_items)} late items, expected {len(late)}: {page.late_items}")
    for parts in late:
        expect(any(all(p in item for p in parts) for item in page.late_items), f"no late item with {parts}")
    # The timeline: events above the axis, the deemed validation found by the replay, deadlines, the check's date.
    svg = "\n".join(page.svg_texts)
    for text in ("2022-09-05 letter of intent filed", "2023-05-31 health project submitted to the ARS",
                 "2023-08-01 health project validated (at the end of the delay)", "2023-09-01 contract signed",
                 "2024-02-12 mission started (access_to_care)",
                 # deadlines of one day share a label, coloured by the most urgent
                 "2024-09-01 start of the mission (patient_pathways) — met; start of the mission (prevention) — late",
                 "2025-03-01 deployment of the mission (access_to_care) — met; deployment of the mission (crisis_response) — late", "2025-08-31 follow-up meeting of the contract year (year 2) — pending",
                 "2028-08-31 last day of the contract — pending", "as of 2025-06-30", "2024-02-15 receipt of the commitment issued by the ARS", "2023", "2028"):
        expect(text in svg, f"the timeline has no {text!r}")
    expect("2024-02-01 centre opened" in svg, "the refused opening is not on the CDS's timeline")
    expect(dom.count('class="late-label"') >= 4, "the late deadlines' labels are not marked late")
if shot:
    width, height, channels, rows = png_pixels(shot)
    expect((width, height) == (1280, 2400), f"screenshot {width}x{height}")
    # What a reader sees: a page that is not blank, and the late items in their red (#d81b1b, which nothing
    # else on the page uses: borders and badges are of other reds).
    reds = colours = 0
    for row in rows:
        for x in range(0, width * channels, channels):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if abs(r - 0xd8) <= 6 and abs(g - 0x1b) <= 6 and abs(b - 0x1b) <= 6:
                reds += 1
            if not (r > 240 and g > 240 and b > 240):
                colours += 1
    expect(reds > 1500, f"only {reds} pixels of the late items' red: the late items are not shown in red")
    expect(colours > 20000, f"only {colours} non-white pixels: the page looks blank")

# ---- The sample in order, in French, as of 2026-01-15: verdicts valid, payments on the timeline ----------
status, report = report_of("procedures.json", "2026-01-15", "fr")
expect(status == 0, f"procedures.json: exit status {status}, expected 0")
dom, shot = render("procedures", report, "1280,1600")
if dom:
    page = Page()
    page.feed(dom)
    dossier = json.loads((examples / "procedures.json").read_text(encoding="utf-8"))
    for heading, s in zip(page.headings, dossier["structures"]):
        expect(s["name"] in heading and "conforme" in heading, f"heading {heading!r}")
    expect(len(page.headings) == 4, f"{len(page.headings)} structures shown")
    expect(not page.late_items, f"late items in a log kept on time: {page.late_items}")
    svg = "\n".join(page.svg_texts)
    # Payments of the Val de Seille contract: 60 000 € at signing (2021-03-15); the deadline of the term.
    for text in ("2021-03-15 60 000,00 €", "2021-06-01 11 794,52 €", "2026-03-14 dernier jour du contrat — à venir", "au 2026-01-15",
                 "2020-12-10 compléments demandés par l'ARS", "2024-06-15 contrat signé", "2024-03-04 ouverture du centre"):
        expect(text in svg, f"the timeline has no {text!r}")
    expect(any(css == "met" for css, _ in page.deadline_rows), "no deadline met in the deadlines table")

if failures:
    print("FAILED:")
    for f in failures:
        print(" -", f)
    sys.exit(1)
print("the HTML reports render in Chromium with every structure, late item and date expected")
