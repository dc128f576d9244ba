export function chromiumPath(): string;
export function extensionLaunchOptions(
  dist: string,
  options?: { headless?: boolean },
): { executablePath: string; headless: boolean; ignoreDefaultArgs: string[]; args: string[] };
