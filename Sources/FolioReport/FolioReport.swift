// FolioReport: filled in by its issue.
