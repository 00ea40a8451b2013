export function changelogSection(changelog: string, version: string): string | undefined
export function releasePlan(
  tag: string,
  packageVersion: string,
  changelog: string,
):
  | { error: string }
  | { error?: undefined; tag: string; version: string; prerelease: boolean; major: string | undefined; notes: string }
