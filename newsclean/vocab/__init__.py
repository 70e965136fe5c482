"""Vocabularies as data: phrases, words and agency names, kept apart from the code that uses them."""
