"""phancong: a knowledge graph of Vietnamese plans and the bodies responsible for them.

>>> from phancong import KnowledgeGraph   # doctest: +SKIP
"""

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name):
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
