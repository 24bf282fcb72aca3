export function renderMarkdown(_r: unknown): string { return ''; }
