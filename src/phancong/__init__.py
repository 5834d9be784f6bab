"""phancong: a knowledge graph of Vietnamese plans and the bodies responsible for them."""

__version__ = "0.1.0"
