"""The studio's save-to-preview time: a one-sentence edit saved through the editor's form, as the
browser posts it, until the answer (the save, the check, the rebuild and the page images of the
new version, which the studio renders before it answers), and the first new page image served."""

import html.parser
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request


class EditorForm(html.parser.HTMLParser):
    """The fields of the editor's form as a browser posts them: every named input and text area
    of `#campaign-form`, the new-section templates left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.in_form, self.in_template, self.textarea = [], False, 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == "campaign-form"
        elif tag == "template":
            self.in_template += 1
        elif self.in_form and not self.in_template and "name" in attrs:
            if tag == "input" and attrs.get("type") not in ("file", "submit", "button"):
                self.fields.append([attrs["name"], attrs.get("value") or ""])
            elif tag == "textarea":
                self.textarea = [attrs["name"], ""]

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1
        elif tag == "form":
            self.in_form = False
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            self.fields.append([name, text[1:] if text.startswith("\n") else text])
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def studio_saves(kitapsha, project, campaign, edits):
    process = subprocess.Popen([kitapsha, "--project", project, "studio", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "KITAPSHA_LANG": "en"})
    try:
        address = process.stdout.readline().split("http://")[1].split("/")[0]
        base = f"http://{address}"
        opener = urllib.request.build_opener(NoRedirect)
        editor = f"{base}/campaign/{campaign}"
        urllib.request.urlopen(editor).read()  # the first build, with cold caches
        times, images = [], []
        for edit in range(edits):
            form = EditorForm()
            form.feed(urllib.request.urlopen(editor).read().decode("utf-8"))
            fields = form.fields
            text = next(field for field in fields if field[0] == "section.0.ru.text")
            text[1] = text[1].rstrip("\n") + f"\n\nОбращение можно написать в любое время ({edit + 1}).\n"
            body = urllib.parse.urlencode([tuple(field) for field in fields]).encode("utf-8")
            request = urllib.request.Request(editor, data=body, headers={"Origin": base})
            start = time.perf_counter()
            try:
                opener.open(request).read()
                sys.exit("the studio did not save the edit (no redirect to the saved page)")
            except urllib.error.HTTPError as answer:
                if answer.code != 303:
                    sys.exit(f"the studio refused the edit: {answer.code}")
            saved = time.perf_counter()
            page = urllib.request.urlopen(f"{editor}?saved=1").read().decode("utf-8")
            image = page.split('id="preview"')[1].split('src="')[1].split('"')[0]
            urllib.request.urlopen(base + image).read()
            times.append((saved - start) * 1000)
            images.append((time.perf_counter() - start) * 1000)
    finally:
        process.kill()
        process.wait()
    print(f"\nkitapsha studio, {campaign}: a saved edit answers in {statistics.median(times):.0f} ms, "
          f"with the new pages rendered (median of {edits}; fastest {min(times):.0f}, slowest {max(times):.0f}); "
          f"the editor shows the new first page {statistics.median(images):.0f} ms after the click")
