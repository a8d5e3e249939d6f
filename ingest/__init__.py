"""Feed ingestion: poll feeds, fetch pages, extract and clean article text."""
