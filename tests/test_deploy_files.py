import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parent.parent


def test_the_compose_file_is_valid():
    tool = shutil.which("docker-compose")
    if tool is None:
        skip_or_fail("docker-compose is not installed")
    result = subprocess.run(
        [tool, "config", "-q"],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "compose-check"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_the_compose_stack_has_every_service_from_one_image():
    text = (ROOT / "docker-compose.yml").read_text()
    for service in ("db:", "redis:", "web:", "worker:", "beat:"):
        assert f"\n  {service}" in text
    assert "healthcheck:" in text
    assert (ROOT / "Dockerfile").is_file()
