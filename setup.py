"""Build hook: the wheel carries the default models folder as package data (``pipeline/models``).

Everything else is in ``pyproject.toml``. ``models/`` stays at the top of the
repository (where users and the docs look for it); a non-editable build copies
it into the package, so an installed program finds its models without the
repository (``pipeline.settings.DEFAULT_MODELS``). An editable install reads
the checkout's ``models/`` directly and copies nothing.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: Not needed to run: the compiler of kb/places.jsonl and its sources, caches.
SKIP = shutil.ignore_patterns("build", "__pycache__", "*.pyc")


class BuildPyWithModels(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "pipeline" / "models"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "models", target, ignore=SKIP)


setup(cmdclass={"build_py": BuildPyWithModels})
