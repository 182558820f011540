"""The layout rules the README promises, checked on the source itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["spinecare", "exercises", "tracking"]
MAX_LINES = 400


def modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imports(path: Path, root: Path = ROOT):
    """(module imported from, names) for every import in the file, made absolute."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    if path.name == "__init__.py":
        package = ".".join(path.relative_to(root).parent.parts)
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module
            yield name, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


def test_the_check_sees_every_module():
    assert len(list(modules())) > 40


@pytest.mark.parametrize("path", list(modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_another_modules_private_names(path):
    private = [
        f"{module}.{name}"
        for module, names in imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tracking" / "views").glob("*.py")), ids=lambda p: p.name
)
def test_a_views_module_never_imports_another_views_module(path):
    views = [
        module
        for module, names in imports(path)
        if module.startswith("tracking.views") or "views" in names
    ]
    assert views == []


def test_exercises_does_not_depend_on_tracking():
    used = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / "exercises").rglob("*.py"))
        for module, _names in imports(path)
        if module.split(".")[0] == "tracking"
    ]
    assert used == []


@pytest.mark.parametrize("path", list(modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_stay_small(path):
    assert len(path.read_text().splitlines()) <= MAX_LINES


def test_the_import_reader_sees_relative_and_private_names(tmp_path):
    views = tmp_path / "tracking" / "views"
    views.mkdir(parents=True)
    (views / "dashboard.py").write_text(
        "from .today import _log_context\nfrom ..services import x\nimport tracking.views.history\n"
    )

    found = list(imports(views / "dashboard.py", root=tmp_path))

    assert found == [
        ("tracking.views.today", ["_log_context"]),
        ("tracking.services", ["x"]),
        ("tracking.views.history", []),
    ]
