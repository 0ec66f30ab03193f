"""The spaCy stages: the Language built from models/config.cfg (language.py), its components
and the knowledge they load (KB, lexicons, fact rules, predicates, the parser)."""
