"""Content-Security-Policy helpers that settings need before Django is set up."""

import base64
import hashlib


def sha256_source(text: str) -> str:
    """The CSP source expression that allows exactly this inline text, e.g. one style attribute's value."""
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"
