export interface BundledPackage {
  readonly name: string
  readonly version: string
  readonly license: string
  readonly notice: string | undefined
}
export function bundledPackages(entry?: string): Promise<BundledPackage[]>
export function buildBundle(outDir: string, options?: { quiet?: boolean }): Promise<void>
