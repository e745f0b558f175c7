"""Case records: the import format, the note-type vocabulary, validation and the synthetic corpus.

The bottom layer: it imports nothing else of CaseAssist, so every other package may use it."""
