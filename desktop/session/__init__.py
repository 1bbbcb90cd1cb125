"""The open archive: background searches and reads, the indexer process."""
