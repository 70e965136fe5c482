"""The HTML side: parsing once, reading the document's metadata, extracting the main content
through trafilatura, and auditing what that extraction dropped."""
