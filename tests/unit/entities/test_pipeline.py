"""load_pipeline keeps only the components that run."""


def test_only_running_components_are_loaded(nlp):
    assert nlp.component_names == nlp.pipe_names
    assert nlp.disabled == []
    assert "senter" not in nlp.component_names
    # what the news layer and the quotes read: tags, dependencies and sentences, POS, entities
    assert {"tok2vec", "tagger", "parser", "attribute_ruler", "ner"} <= set(nlp.pipe_names)
