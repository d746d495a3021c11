// FolioCharts: filled in by its issue.
