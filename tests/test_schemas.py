import json

import pytest

from newsx.schema import schemas

from conftest import ROOT


def test_schemas_dir_is_current():
    expected = schemas()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.schema.json")}
    stale = sorted(name for name in expected if on_disk.get(name) != expected[name])
    extra = sorted(set(on_disk) - set(expected))
    assert not stale and not extra, f"schemas/ is stale ({stale or extra}); run: newsx schema --out schemas/"


@pytest.mark.parametrize("name", sorted(schemas()))
def test_schema_is_valid_json_schema(name):
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(json.loads(schemas()[name]))
