export function renderText(_r: unknown): string { return ''; }
