// FolioLibrary: filled in by its issue.
