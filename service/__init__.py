"""French quotation attribution service."""
