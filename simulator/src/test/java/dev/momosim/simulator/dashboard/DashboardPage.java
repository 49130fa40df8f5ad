package dev.momosim.simulator.dashboard;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard (or the phone page) as a user sees it, in a {@link Browser}. Every read waits for
 * the page to get there: the page changes on server-sent events, not on reloads.
 */
final class DashboardPage {
  private final Browser browser;

  private DashboardPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens a page and waits until its event stream is connected and the state is loaded. */
  static DashboardPage open(Browser browser, String url) {
    browser.driver().get(url);
    DashboardPage page = new DashboardPage(browser);
    browser.await(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connection", "live"));
    // Marks this document; a reload would lose the mark.
    browser.script("window.__momoSimSameDocument = true;");
    return page;
  }

  boolean notReloaded() {
    return Boolean.TRUE.equals(browser.script("return window.__momoSimSameDocument === true;"));
  }

  // ---- transactions ----

  private static By row(String referenceId) {
    return By.cssSelector("#transactions tbody tr[data-ref='" + referenceId + "']");
  }

  WebElement awaitRow(String referenceId) {
    return browser.await(ExpectedConditions.visibilityOfElementLocated(row(referenceId)));
  }

  /** Waits until the row shows this status, then returns the row. */
  WebElement awaitStatus(String referenceId, String status) {
    browser.await(ExpectedConditions.attributeToBe(row(referenceId), "data-status", status));
    return awaitRow(referenceId);
  }

  String cell(String referenceId, String column) {
    return awaitRow(referenceId).findElement(By.cssSelector("td." + column)).getText();
  }

  void awaitNoRow(String referenceId) {
    browser.await(ExpectedConditions.invisibilityOfElementLocated(row(referenceId)));
  }

  void filterStatus(String status) {
    new Select(browser.driver().findElement(By.id("tx-status-filter"))).selectByValue(status);
  }

  void filterProduct(String product) {
    new Select(browser.driver().findElement(By.id("tx-product-filter"))).selectByValue(product);
  }

  List<String> shownReferences() {
    return browser.driver().findElements(By.cssSelector("#transactions tbody tr")).stream()
        .map(tr -> tr.getAttribute("data-ref")).toList();
  }

  // ---- payer phone ----

  void choosePayer(String msisdn) {
    WebElement input = browser.driver().findElement(By.id("phone-msisdn"));
    input.clear();
    input.sendKeys(msisdn);
  }

  private static By prompt(String referenceId) {
    return By.cssSelector("#phone .prompt[data-ref='" + referenceId + "']");
  }

  WebElement awaitPrompt(String referenceId) {
    return browser.await(ExpectedConditions.visibilityOfElementLocated(prompt(referenceId)));
  }

  void awaitNoPrompt(String referenceId) {
    browser.await(ExpectedConditions.invisibilityOfElementLocated(prompt(referenceId)));
  }

  void approve(String referenceId) {
    awaitPrompt(referenceId).findElement(By.cssSelector("button.btn-approve")).click();
  }

  void reject(String referenceId) {
    awaitPrompt(referenceId).findElement(By.cssSelector("button.btn-reject")).click();
  }

  /** The countdown text of a prompt once it shows minutes and seconds, e.g. "4:59". */
  String awaitCountdown(String referenceId) {
    return browser.await(driver -> {
      String text = driver.findElement(prompt(referenceId)).findElement(By.cssSelector(".countdown")).getText();
      return text.matches("\\d+:\\d\\d") ? text : null;
    });
  }

  String phoneMessage() {
    return browser.await(driver -> {
      String text = driver.findElement(By.cssSelector("#phone .phone-message")).getText();
      return text.isBlank() ? null : text;
    });
  }

  WebElement awaitRecent(String referenceId) {
    return browser.await(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#phone .recent[data-ref='" + referenceId + "']")));
  }

  // ---- controls ----

  void advanceClock(long seconds) {
    WebElement input = browser.driver().findElement(By.id("advance-seconds"));
    input.clear();
    input.sendKeys(String.valueOf(seconds));
    browser.driver().findElement(By.id("advance-button")).click();
  }

  void chooseApprovalMode(String label) {
    browser.driver().findElement(By.cssSelector("label[for='mode-" + label.toLowerCase() + "']")).click();
  }

  boolean approvalModeChecked(String label) {
    return browser.driver().findElement(By.id("mode-" + label.toLowerCase())).isSelected();
  }

  List<String> ruleNames() {
    return browser.driver().findElements(By.cssSelector("#rules .rule-name")).stream()
        .map(rule -> rule.getAttribute("textContent")).toList();
  }

  // ---- journals ----

  /** Waits for a refused request in the journal with this MoMo code; returns its explanation line. */
  WebElement awaitRefusal(String code) {
    return browser.await(driver -> driver.findElements(By.cssSelector("#requests li.refused")).stream()
        .filter(item -> item.findElements(By.cssSelector(".refusal-code")).stream()
            .anyMatch(c -> c.getText().equals(code)))
        .findFirst().orElse(null));
  }

  WebElement awaitCallback(String referenceId, String outcome) {
    return browser.await(driver -> driver.findElements(
            By.cssSelector("#callbacks tbody tr[data-ref='" + referenceId + "']")).stream()
        .filter(tr -> tr.getText().contains(outcome))
        .findFirst().orElse(null));
  }

  void resendCallback(String referenceId) {
    awaitCallback(referenceId, "DELIVERED").findElement(By.tagName("button")).click();
  }

  Optional<String> announcement() {
    String text = browser.driver().findElement(By.id("announcer")).getAttribute("textContent");
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  WebDriver driver() {
    return browser.driver();
  }
}
