"""The web chat page served on port 8080."""
