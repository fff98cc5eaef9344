"""Who said each quotation: the attribution engine, one module per stage of the method.

- ``frames``: the document index (tokens, sentences, quotations, name runs) and each
  sentence read as a frame of words and quotations;
- ``cues``: which words are reporting cues (``said``, ``told``, ``according to``);
- ``phrases``: the noun phrases that name a source (names, pronouns, ``a spokesman for …``),
  their roles, and the medium (``told the AP``);
- ``rules``: the rules that give each quotation its source, in its sentence or from the
  quotation before it;
- ``coref``: what a pronoun (``he``) or a description (``the council``) refers to;
- ``people``: names, persons, organizations and places, and the registry of one article;
- ``pipeline``: the stages put together, from a text to an ``Analysis``.

``people`` needs only the lexicon and the tokens; every other module imports ``people`` and
the modules before it in this list, never one after it, and none imports ``news.analysis``.
"""
