export const root: string;
export const packagesDir: string;
export function packageNames(): string[];
export function widgetNames(): string[];
export function sourceFor(specifier: string): string | undefined;
