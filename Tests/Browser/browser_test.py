"""The report and the live preview in a real browser (headless Chromium through chromedriver).

Usage: browser_test.py BLUEPRINT_EXECUTABLE REPOSITORY SCRATCH_FOLDER [SCREENSHOT_FOLDER]

Checks, as a person would see it:
  1. `blueprint report` pages open from file:// with every image drawn, no console errors,
     and the blueprint diagrams, persona cards, research charts and coverage matrix present;
  2. `blueprint serve` shows the same site, reloads an open page after a YAML edit, shows a
     planted error at the top of the page instead of going blank, recovers on the next save,
     and stops cleanly on Ctrl-C.
Prints one line per check and exits 1 on the first failure.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service

blueprint, repository, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
shots = sys.argv[4] if len(sys.argv) > 4 else os.path.join(scratch, "screenshots")
os.makedirs(shots, exist_ok=True)



def text_of(driver, selector):
    """The text of the first element matching the CSS selector, "" while the page is reloading
    (a live-reload page can be replaced between finding an element and reading it)."""
    try:
        return driver.find_element("css selector", selector).text
    except (NoSuchElementException, StaleElementReferenceException):
        return ""
    except WebDriverException as error:
        # Chromium names a node replaced mid-read this way, not as a stale element.
        if "does not belong to the document" in str(error):
            return ""
        raise

def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def ok(message):
    print(f"ok: {message}")


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--allow-file-access-from-files"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                            options=options)


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def images_drawn(driver):
    """(drawn, total): images that loaded with a size, as the browser sees them."""
    return driver.execute_script(
        "var images = Array.from(document.images);"
        "return [images.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length, images.length];")


def screenshot(driver, name):
    path = os.path.join(shots, name)
    driver.set_window_size(1400, min(8000, driver.execute_script("return document.body.scrollHeight") + 100))
    driver.save_screenshot(path)
    driver.set_window_size(1400, 1000)
    return path


# A copy of the example workspace: the test edits it, the repository stays as it is.
workspace = os.path.join(scratch, "workspace")
shutil.rmtree(workspace, ignore_errors=True)
os.makedirs(workspace)
for name in ["workspace.yaml", "blueprints", "research"]:
    source = os.path.join(repository, name)
    if os.path.isdir(source):
        shutil.copytree(source, os.path.join(workspace, name))
    else:
        shutil.copy(source, workspace)

# 1. The static report, from file://
site = os.path.join(scratch, "site")
run = subprocess.run([blueprint, "report", "-o", site], cwd=workspace, capture_output=True, text=True)
if run.returncode != 0:
    fail(f"blueprint report exited {run.returncode}: {run.stderr}")
driver = browser()
try:
    pages = sorted(os.path.relpath(os.path.join(folder, file), site)
                   for folder, _, files in os.walk(site) for file in files if file.endswith(".html"))
    for page in pages:
        driver.get("file://" + os.path.join(site, page))
        errors = console_errors(driver)
        if errors:
            fail(f"{page}: console errors {errors}")
        drawn, total = images_drawn(driver)
        if drawn != total:
            fail(f"{page}: {total - drawn} of {total} images not drawn")
    ok(f"report: {len(pages)} pages open from file:// with every image drawn and no console errors")

    driver.get("file://" + os.path.join(site, "blueprints", "gold-standard.html"))
    drawn, total = images_drawn(driver)
    if total < 1 or drawn != total:
        fail("the gold standard page has no drawn diagram")
    size = driver.execute_script("var i = document.querySelector('.diagram img'); return [i.naturalWidth, i.naturalHeight];")
    if size[0] < 500 or size[1] < 300:
        fail(f"the gold standard diagram is too small to be drawn: {size}")
    ok(f"gold standard diagram drawn at {size[0]}×{size[1]} px")
    shot = {"gold-standard": screenshot(driver, "report-gold-standard.png")}
    for page, name, must in [("index.html", "report-index.png", "<table"),
                             ("personas.html", "report-personas.png", "class=\"card\""),
                             ("stories.html", "report-stories.png", "coverage"),
                             ("research.html", "report-research.png", "<svg")]:
        if not os.path.exists(os.path.join(site, page)):
            fail(f"the report has no {page}")
        driver.get("file://" + os.path.join(site, page))
        if must not in driver.page_source:
            fail(f"{page} lacks {must}")
        shot[page] = screenshot(driver, name)
    ok("screenshots: " + ", ".join(sorted(os.path.basename(path) for path in shot.values())))
finally:
    driver.quit()

# 2. The live preview
server = subprocess.Popen([blueprint, "serve", "--port", "0"], cwd=workspace,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    address = None
    deadline = time.time() + 120
    while time.time() < deadline and address is None:
        line = server.stderr.readline()
        if not line:
            fail(f"serve stopped early with status {server.poll()}")
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if match:
            address = match.group(1)
    if address is None:
        fail("serve did not say where it listens")
    ok(f"serve listens on {address}")

    driver = browser()
    try:
        blueprint_page = address + "blueprints/missed-bin-current.html"
        driver.get(blueprint_page)
        if images_drawn(driver)[0] < 1:
            fail("the served blueprint page has no drawn diagram")
        time.sleep(1)  # the page's event stream connects

        path = os.path.join(workspace, "blueprints", "missed-bin-current.yaml")
        original = open(path, encoding="utf-8").read()
        edited = re.sub(r"(?m)^title: .*$", "title: Missed bin, edited in the browser test", original, count=1)
        started = time.time()
        with open(path, "w", encoding="utf-8") as file:
            file.write(edited)
        while time.time() - started < 20:
            if "edited in the browser test" in text_of(driver, "h1"):
                break
            time.sleep(0.1)
        else:
            fail("an edit did not show up in the open page within 20 s")
        ok(f"an edit showed up in the open page {time.time() - started:.2f} s after the save")

        started = time.time()
        with open(path, "w", encoding="utf-8") as file:
            file.write(edited.replace("stages:", "stages: [unclosed", 1))
        while time.time() - started < 20:
            if "error" in text_of(driver, "[role=alert]"):
                break
            time.sleep(0.1)
        else:
            fail("a planted error did not show up in the page")
        body = text_of(driver, "body")
        if "missed-bin-current.yaml" not in body:
            fail("the error banner does not name the file")
        screenshot(driver, "serve-error.png")
        ok(f"a planted error shows at the top of the page ({time.time() - started:.2f} s), page not blank")

        with open(path, "w", encoding="utf-8") as file:
            file.write(original)
        started = time.time()
        while time.time() - started < 20:
            # Recovered: the page shows its title again, and no banner (not a page mid-reload).
            if text_of(driver, "h1") and not text_of(driver, "[role=alert]"):
                break
            time.sleep(0.1)
        else:
            fail("the page did not recover after the error was fixed")
        ok("the page recovered on the next good save")

        # A browser normalises "..", so ask over a raw connection, as an attacker would.
        import http.client
        host, port = re.match(r"http://([^:]+):(\d+)/", address).groups()
        for raw in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/blueprints/../../workspace.yaml"]:
            connection = http.client.HTTPConnection(host, int(port), timeout=10)
            connection.putrequest("GET", raw, skip_host=False)
            connection.endheaders()
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
            if response.status == 200 or "root:" in content or "kind: workspace" in content:
                fail(f"GET {raw} answered {response.status}: path traversal reached the disk")
            connection.close()
        ok("no path traversal: only generated pages are served")
    finally:
        driver.quit()

    server.send_signal(signal.SIGINT)
    try:
        status = server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        fail("serve did not stop within 15 s of Ctrl-C")
    if status != 0:
        fail(f"serve exited {status} after Ctrl-C: {server.stderr.read()}")
    ok("serve stopped cleanly on Ctrl-C")
finally:
    if server.poll() is None:
        server.kill()

print(json.dumps({"result": "passed"}))
