"""Reading and writing: input documents, a web page's main content, cleaning, the output tables
and their atomic commit. Imports nothing above it (only errors)."""
