"""Serve plotly.js from the installed plotly package, so the page and the Python figures share a version.

Exposed under ``vendor/plotly/``: the script itself and the style sheets read out of it
(config.plotly_assets); no CDN is ever used.
"""

from functools import cached_property
from pathlib import Path

from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage

from config import plotly_assets


class PlotlyFinder(BaseFinder):
    @cached_property
    def _files(self) -> dict[str, Path]:
        directory = plotly_assets.build_directory()
        files = {plotly_assets.SCRIPT_NAME: plotly_assets.BUNDLE}
        files.update({sheet.name: directory / Path(sheet.name).name for sheet in plotly_assets.stylesheets()})
        return files

    def check(self, **kwargs):
        try:
            self._files  # noqa: B018 - reading the bundle and writing its sheets is the check
        except (plotly_assets.BundleNotUnderstood, OSError) as error:
            return [
                Error(
                    f"plotly.js cannot be served under a strict Content-Security-Policy: {error}",
                    id="stancetracker.E001",
                )
            ]
        return []

    def find(self, path, find_all=False, **kwargs):
        found = self._files.get(path) if path.startswith(plotly_assets.PREFIX + "/") else None
        if found is None:
            return []  # what every finder answers when it has nothing, whether one or all were asked for
        return [str(found)] if find_all else str(found)

    def list(self, ignore_patterns):
        for name, source in self._files.items():
            storage = FileSystemStorage(location=str(source.parent))
            storage.prefix = plotly_assets.PREFIX
            yield Path(name).name, storage
