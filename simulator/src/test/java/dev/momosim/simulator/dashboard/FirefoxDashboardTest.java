package dev.momosim.simulator.dashboard;

/** Every dashboard scenario in headless Firefox, driven over WebDriver BiDi. */
class FirefoxDashboardTest extends DashboardScenarios {
  FirefoxDashboardTest() {
    super(BrowserKind.FIREFOX);
  }
}
