"""The records newscrawl writes: :class:`Article` (one row of ``articles/``),
:class:`Failure` (``failures/``) and :class:`Check` (``checks/``), each with the Arrow
schema derived from its fields and the schema-version key."""
