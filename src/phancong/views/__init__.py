"""Views: the responsibility graphs and the comparison chart as files and pages.

- ``kinds``: the four views (chain, body, document, network) from the knowledge graph's answers;
- ``graph``: the view model (nodes, edges, styles, evidence) and its JSON;
- ``layout``: positions computed with networkx (layered, force), so no physics runs in the browser;
- ``compact``: what a large view writes short (a style's look once, as a group; short edges);
- ``page``: one self-contained HTML page (vis-network inlined);
- ``chart``: the compare chart (SVG, PNG).

May import: the SPARQL catalogue (``kinds`` runs queries through a store it is given), ``phancong.text``.
"""
