export const root: string;
export const packagesDir: string;
export function packageNames(): string[];
export function isPrivatePackage(name: string): boolean;
export function widgetNames(): string[];
export function sourceFor(specifier: string): string | undefined;
