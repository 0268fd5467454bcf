"""Charts as files for publication: PNG, SVG and PDF from Plotly's own static export, CSV and JSON of the rows.

Images are rendered by kaleido in the machine's Chromium (``BROWSER_PATH``), with no network: the world
map's topojson is read from the site's own static files. One Chromium is started per process on the first
export and kept, so later exports take a fraction of a second; a lock keeps one render at a time in it.
"""

from __future__ import annotations

import atexit
import copy
import csv
import io
import json
import threading
import warnings
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path

from django.contrib.staticfiles import finders

from positions.bundles import RECORD_COLUMNS

IMAGE_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
DATA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
SCALES = (1, 2, 3, 4)  # 1 for the screen; 2 to 4 for print
WIDTH, HEIGHT = 1100, 650
CAPTION_MARGIN = 120  # pixels under the plot for the caption and the source line


class RenderError(RuntimeError):
    """The image could not be rendered (no Chromium, or it failed); the message says why."""


def publication_figure(figure: dict, *, title: str, caption: str, source: str) -> dict:
    """A copy of a page's figure with its title, a caption (what it shows, the data version) and a source."""
    figure = copy.deepcopy(figure)
    layout = figure.setdefault("layout", {})
    layout.pop("height", None)
    layout.pop("width", None)
    layout["title"] = {"text": f"<b>{escape(title)}</b>", "x": 0.01, "xanchor": "left"}
    margin = dict(layout.get("margin") or {})
    margin["b"] = int(margin.get("b", 60)) + CAPTION_MARGIN
    margin.setdefault("t", 70)
    layout["margin"] = margin
    notes = [
        {"text": escape(caption), "y": 0},
        {"text": escape(source), "y": 0, "yshift": -18},
    ]
    layout["annotations"] = [
        *layout.get("annotations", []),
        *(
            {
                "text": note["text"],
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "xanchor": "left",
                "yanchor": "top",
                "yshift": -(CAPTION_MARGIN - 40) + note.get("yshift", 0),
                "showarrow": False,
                "align": "left",
                "font": {"size": 11, "color": "#444"},
            }
            for note in notes
        ),
    ]
    return figure


_lock = threading.Lock()
_server_running = False


def _topojson_url() -> str:
    found = finders.find("vendor/topojson/world_110m.json")
    if not found:
        raise RenderError("The world map's topojson is missing from the static files.")
    return Path(found).parent.as_uri() + "/"


def render_image(figure: dict, fmt: str, *, scale: int = 1, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """The figure as PNG, SVG or PDF bytes."""
    global _server_running
    if fmt not in IMAGE_TYPES:
        raise ValueError(f"{fmt!r} is not an image format")
    import kaleido
    import plotly.io as pio

    with _lock:
        try:
            if not _server_running:
                pio.defaults.topojson = _topojson_url()
                kaleido.start_sync_server(silence_warnings=True)
                _server_running = True
                atexit.register(_stop_server)
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="The kopts argument is ignored")
                return pio.to_image(figure, format=fmt, scale=scale, width=width, height=height, validate=False)
        except RenderError:
            raise
        except Exception as error:  # kaleido reports a missing or crashed browser in several ways
            _stop_server()
            raise RenderError(f"The chart could not be rendered as {fmt.upper()}: {error}") from error


def _stop_server() -> None:
    global _server_running
    if _server_running:
        import kaleido

        try:
            kaleido.stop_sync_server(silence_warnings=True)
        finally:
            _server_running = False


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(records: Iterable[dict], columns: list[str] = RECORD_COLUMNS) -> Iterator[str]:
    """CSV text line by line (for a streaming response): a header, then one line per record."""
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for record in records:
        yield writer.writerow(["" if record.get(column) is None else record[column] for column in columns])


def records_json(records: list[dict], *, title: str, caption: str, source: str) -> str:
    return json.dumps({"title": title, "caption": caption, "source": source, "records": records}, ensure_ascii=False)


def csv_text(records: Iterable[dict]) -> str:
    buffer = io.StringIO()
    for line in csv_lines(records):
        buffer.write(line)
    return buffer.getvalue()
