"""A synthetic corpus of English children's social care records, with gold annotations.

Entry points: `generator.generate(cases, seed, family)` and `generator.write_corpus(corpus, out_dir)`;
the formats are documented in docs/demo-corpus.md.
"""
