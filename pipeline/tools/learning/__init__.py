"""The parts of ``newsfacts learn`` (:mod:`pipeline.tools.learn`, its entry point), one concept a module:
reading a reviewed run, how two spellings of a name relate, the learned records on disk, the cached
pipelines, what a missed row can teach, and the collateral effect of a change on unreviewed documents."""
