"""Who said each quotation: the attribution engine, one module per stage.

``frames`` (the document index) -> ``cues`` (reporting verbs) -> ``phrases`` (who a noun
phrase names) -> ``rules`` (the attribution of each quotation) -> ``coref`` (pronouns and
descriptions) ; ``people`` (names and the registry) ; ``pipeline`` puts them together.
"""
