/** One way of getting a Chromium: what it tells the person running the tests, and the commands. */
export interface InstallStep {
  says: string;
  commands: string[][];
}

/**
 * The ways to get a Chromium on this machine, in the order to try them: Playwright's own download
 * (needs the internet), then Debian's package (needs root on Debian).
 */
export function browserInstallPlan(machine: { isRoot: boolean; isDebian: boolean }): InstallStep[] {
  const steps: InstallStep[] = [
    {
      says: "downloading Playwright's Chromium (npx playwright install chromium)…",
      commands: [['npx', 'playwright', 'install', 'chromium']],
    },
  ];
  if (machine.isRoot && machine.isDebian) {
    steps.push({
      says: "installing Debian's chromium package (apt-get install -y chromium)…",
      commands: [
        ['apt-get', 'update', '-q'],
        ['apt-get', 'install', '-y', '-q', 'chromium'],
      ],
    });
  }
  return steps;
}
