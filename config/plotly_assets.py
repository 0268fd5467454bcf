"""plotly.js under a strict Content-Security-Policy: the style sheets it would inject, served as files instead.

On load, plotly.js adds ``<style>`` elements to the page: its own rules (the mode bar, the cursors, the
notifier) and the map library's. A policy of ``style-src 'self'`` blocks both. plotly.js skips each one when
the page already holds an element with the id it would have used (and, for its own rules, the class
``no-inline-styles``), so the page links each sheet under that id before loading the script.

The sheets are read out of the installed bundle, so they always match the script that is served beside them;
a bundle whose layout is no longer recognised fails the system checks rather than serving a broken chart.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import plotly

BUNDLE = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
PREFIX = "vendor/plotly"
SCRIPT_NAME = f"{PREFIX}/plotly.min.js"

# plotly.js's own rules: an object literal of selector → declarations, in which X stands for a chart and Y
# for the notifier, added with addStyleRule into the element "plotly.js-style-global".
_RULES = re.compile(r'\{"X,X div":.*?\}', re.DOTALL)
_RULE = re.compile(r'"((?:[^"\\]|\\.)*)":(?:\'((?:[^\'\\]|\\.)*)\'|"((?:[^"\\]|\\.)*)")')
_PLOTLY_ELEMENT_ID = "plotly.js-style-global"
# A bundled library's sheet: created only when no element has the given id yet.
_INJECTED = re.compile(
    r'document\.getElementById\("(?P<id>[0-9a-f]{16,})"\)\)\{var (?P<var>\w+)=document\.createElement\("style"\);'
    r'(?P=var)\.id="(?P=id)",(?P=var)\.textContent=\'(?P<css>(?:[^\'\\]|\\.)*)\''
)


class BundleNotUnderstood(Exception):
    """The installed plotly.js no longer holds its style rules where this module looks for them."""


@dataclass(frozen=True)
class Stylesheet:
    name: str  # the static path, under PREFIX
    element_id: str  # the id plotly.js looks for before it injects the same rules itself
    css: str
    css_class: str = ""


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def read_stylesheets(bundle: str) -> list[Stylesheet]:
    match = _RULES.search(bundle)
    if match is None:
        raise BundleNotUnderstood("plotly.js's style rules were not found in the bundle")
    rules = []
    for selector, single, double in _RULE.findall(match.group(0)):
        selector = _unescape(selector).replace("X", ".js-plotly-plot .plotly").replace("Y", ".plotly-notifier")
        if selector.startswith(","):
            selector = " " + selector
        rules.append(f"{selector}{{{_unescape(single or double)}}}")
    if len(rules) < 20:
        raise BundleNotUnderstood(f"only {len(rules)} of plotly.js's style rules could be read from the bundle")
    sheets = [Stylesheet(f"{PREFIX}/plotly.css", _PLOTLY_ELEMENT_ID, "\n".join(rules) + "\n", "no-inline-styles")]
    for number, injected in enumerate(_INJECTED.finditer(bundle), start=1):
        css = _unescape(injected.group("css"))
        sheets.append(Stylesheet(f"{PREFIX}/bundled-{number}.css", injected.group("id"), css))
    return sheets


@cache
def stylesheets() -> tuple[Stylesheet, ...]:
    return tuple(read_stylesheets(BUNDLE.read_text(encoding="utf-8")))


@cache
def build_directory() -> Path:
    """The sheets written out as files for the static files finder to serve: once per process, in a directory
    of its own that no other user of the machine can have prepared or can change."""
    directory = Path(tempfile.mkdtemp(prefix=f"plotly-{plotly.__version__}-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    for sheet in stylesheets():
        (directory / Path(sheet.name).name).write_text(sheet.css, encoding="utf-8")
    return directory
