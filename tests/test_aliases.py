"""The 0.1 module paths stay importable (one module object, with a DeprecationWarning)."""

import importlib
import sys

import pytest
from scrapy.utils.misc import load_object

from newscrawl.aliases import MOVED, new_name
from tests import processes


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_path_gives_the_moved_module_itself(old):
    with pytest.warns(DeprecationWarning, match="moved to"):
        module = importlib.import_module(old) if old not in sys.modules else _fresh(old)
    assert module is importlib.import_module(MOVED[old])
    assert module.__spec__.name == MOVED[old]  # the real module keeps its own spec


def _fresh(old):
    del sys.modules[old]
    return importlib.import_module(old)


def test_dotted_paths_users_put_in_settings_load():
    for path in ("newscrawl.pipelines.ParquetPipeline", "newscrawl.pipelines.DatesPipeline",
                 "newscrawl.extensions.CrawlReport", "newscrawl.middlewares.HostMapMiddleware",
                 "newscrawl.retry.BackoffRetryMiddleware", "newscrawl.distributed.DistributedMode",
                 "newscrawl.spiders.article.ArticleSpider", "newscrawl.dataset.latest_articles"):
        assert callable(load_object(path)), path


def test_submodules_of_a_moved_package_map_too():
    assert new_name("newscrawl.spiders.base") == "newscrawl.crawl.spiders.base"
    assert new_name("newscrawl.profiles.sites.faz") == "newscrawl.extract.profiles.sites.faz"
    assert new_name("newscrawl.crawl.pipelines") is None
    assert new_name("newscrawl.spidersx") is None


def test_an_old_path_in_a_fresh_interpreter_loads_no_second_copy():
    code = ("import warnings; warnings.simplefilter('ignore');"
            "import newscrawl.spiders.base as old, newscrawl.crawl.spiders.base as new;"
            "import sys; print(old is new, len({id(m) for m in sys.modules.values()"
            " if (getattr(m, '__file__', '') or '').endswith('spiders/base.py')}))")
    out = processes.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "1"]
