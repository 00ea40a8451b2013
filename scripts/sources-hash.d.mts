export const STAMP: string
export function sourcesHash(root?: string): string
