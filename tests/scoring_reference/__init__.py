"""The scorer as it was before it was vectorised further (issue 16), kept verbatim as the
reference that tests/unit/test_scoring_reference.py compares the product's scorer with."""
