import pytest

from ingest.extraction import get_extractor
from ingest.extraction.samples import sample_gazetteer


def test_an_extractor_outside_the_package_is_found_by_its_import_path():
    extractor = get_extractor("tests.integration.faulty_extractor:FailsOnMarker", sample_gazetteer())
    assert extractor.name == "fails-on-marker"


@pytest.mark.parametrize(
    ("kind", "complaint"),
    [
        ("tests.integration.faulty_extractor:Missing", "cannot be imported"),
        ("no.such.module:Extractor", "cannot be imported"),
        ("tests.integration.faulty_extractor:FAILING_MARKER", "not an Extractor subclass"),
    ],
)
def test_a_bad_import_path_is_named_in_the_error(kind, complaint):
    with pytest.raises(KeyError, match=complaint):
        get_extractor(kind, sample_gazetteer())
