package dev.momosim.simulator.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard (or the phone page) as a user sees it, in any {@link Browser}. Every read waits for
 * the page to get there: the page changes on server-sent events, not on reloads. Reads return the
 * text a person would see.
 */
final class DashboardPage {
  /**
   * Helpers every query may use; {@code text} is what is rendered, as Selenium's getText gives it.
   */
  private static final String PRELUDE =
      """
      const $ = css => document.querySelector(css);
      const $$ = css => [...document.querySelectorAll(css)];
      const visible = el => !!el && el.checkVisibility({visibilityProperty: true});
      const text = el => el ? el.innerText.replace(/\\u00a0/g, ' ').trim() : null;
      """;

  private final Browser browser;

  private DashboardPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens a page and waits until its event stream is connected and the state is loaded. */
  static DashboardPage open(Browser browser, String url) {
    browser.open(url);
    return await(browser);
  }

  /** Waits until the page the browser shows (or is going to) has its event stream connected. */
  static DashboardPage await(Browser browser) {
    DashboardPage page = new DashboardPage(browser);
    page.await(
        "the page's event stream to connect",
        "return document.body.dataset.connection === 'live';");
    // Marks this document; a reload would lose the mark.
    browser.run("window.__momoSimSameDocument = true;");
    return page;
  }

  /**
   * Opens a page whose event stream the simulator refuses (its listener cap), and waits until the
   * page shows it is disconnected.
   */
  static DashboardPage openRefused(Browser browser, String url) {
    browser.open(url);
    DashboardPage page = new DashboardPage(browser);
    page.await(
        "the page to show its stream was refused",
        "return document.body.dataset.connection === 'closed';");
    browser.run("window.__momoSimSameDocument = true;");
    return page;
  }

  /** Waits until the page's event stream is connected and the state it shows is loaded. */
  void awaitLive() {
    await(
        "the page's event stream to connect",
        "return document.body.dataset.connection === 'live';");
  }

  boolean notReloaded() {
    return Boolean.TRUE.equals(browser.run("return window.__momoSimSameDocument === true;"));
  }

  // ---- transactions ----

  private static String row(String referenceId) {
    return "#transactions tbody tr[data-ref='" + referenceId + "']";
  }

  /** Waits until the payment's row is shown; returns its text. */
  String awaitRow(String referenceId) {
    return awaitText("payment " + referenceId + " to be shown", row(referenceId));
  }

  /** Waits until the row shows this status. */
  void awaitStatus(String referenceId, String status) {
    await(
        "payment " + referenceId + " to show " + status,
        "const row = $(arguments[0]); return visible(row) && row.dataset.status === arguments[1];",
        row(referenceId),
        status);
  }

  String cell(String referenceId, String column) {
    return await(
        "column " + column + " of payment " + referenceId,
        "const row = $(arguments[0]); return visible(row) ? text(row.querySelector('td.' + arguments[1])) : null;",
        row(referenceId),
        column);
  }

  void awaitNoRow(String referenceId) {
    awaitHidden("payment " + referenceId + " to leave the table", row(referenceId));
  }

  void filterStatus(String status) {
    browser.select("#tx-status-filter", status);
  }

  void filterProduct(String product) {
    browser.select("#tx-product-filter", product);
  }

  /** The tenant the page's picker shows ("" for the default one), once the list has loaded. */
  String tenantShown(String expected) {
    await(
        "the tenant picker to offer and show " + expected,
        "return [...$$('#tenant-select option')].some(o => o.value === arguments[0])"
            + " && $('#tenant-select').value === arguments[0];",
        expected);
    return (String) query("return $('#tenant-select').value;");
  }

  List<String> shownReferences() {
    return strings(
        query("return $$('#transactions tbody tr').filter(visible).map(tr => tr.dataset.ref);"));
  }

  // ---- payer phone ----

  void choosePayer(String msisdn) {
    fill("#phone-msisdn", msisdn);
  }

  private static String prompt(String referenceId) {
    return "#phone .prompt[data-ref='" + referenceId + "']";
  }

  /** Waits until the phone shows the approval prompt for this payment; returns its text. */
  String awaitPrompt(String referenceId) {
    return awaitText("the phone to prompt for " + referenceId, prompt(referenceId));
  }

  void awaitNoPrompt(String referenceId) {
    awaitHidden("the prompt for " + referenceId + " to go", prompt(referenceId));
  }

  void approve(String referenceId) {
    awaitPrompt(referenceId);
    browser.click(approveButton(referenceId));
  }

  void reject(String referenceId) {
    awaitPrompt(referenceId);
    browser.click(prompt(referenceId) + " button.btn-reject");
  }

  static String approveButton(String referenceId) {
    return prompt(referenceId) + " button.btn-approve";
  }

  /** Approve and Reject on the prompt for this payment. */
  static String decisionButtons(String referenceId) {
    return prompt(referenceId) + " .prompt-actions button";
  }

  /** The countdown text of a prompt once it shows minutes and seconds, e.g. "4:59". */
  String awaitCountdown(String referenceId) {
    return await(
        "the countdown of " + referenceId,
        "const countdown = text($(arguments[0] + ' .countdown'));"
            + "return /^\\d+:\\d\\d$/.test(countdown || '') ? countdown : null;",
        prompt(referenceId));
  }

  String phoneMessage() {
    return await("a message on the phone", "return text($('#phone .phone-message')) || null;");
  }

  String awaitRecent(String referenceId) {
    return awaitText(
        referenceId + " among the phone's recent payments",
        "#phone .recent[data-ref='" + referenceId + "']");
  }

  // ---- controls ----

  void advanceClock(long seconds) {
    fill("#advance-seconds", String.valueOf(seconds));
    browser.click("#advance-button");
  }

  void chooseApprovalMode(String label) {
    browser.click("label[for='mode-" + label.toLowerCase() + "']");
  }

  boolean approvalModeChecked(String label) {
    return Boolean.TRUE.equals(
        query("return $('#mode-' + arguments[0]).checked;", label.toLowerCase()));
  }

  void reset() {
    browser.click("#reset-button");
  }

  List<String> ruleNames() {
    return strings(query("return $$('#rules .rule-name').map(rule => rule.textContent);"));
  }

  // ---- journals ----

  /** A refused request in the request journal: its visible text and its (folded) details. */
  record Refusal(String text, String details) {}

  /** Waits for a refused request in the journal with this MoMo code. */
  Refusal awaitRefusal(String code) {
    JsonObject refusal =
        await(
            "a refusal with code " + code + " in the request journal",
            "const item = $$('#requests li.refused').find(li =>"
                + "  [...li.querySelectorAll('.refusal-code')].some(c => text(c) === arguments[0]));"
                + "return item ? {text: text(item), details: item.querySelector('details').textContent} : null;",
            code);
    return new Refusal(refusal.getString("text"), refusal.getString("details"));
  }

  private static String callbackRows(String referenceId) {
    return "#callbacks tbody tr[data-ref='" + referenceId + "']";
  }

  /**
   * Waits for a callback delivery of this payment whose row mentions the outcome; returns its text.
   */
  String awaitCallback(String referenceId, String outcome) {
    return await(
        "a callback for " + referenceId + " marked " + outcome,
        "const row = $$(arguments[0]).find(tr => text(tr).includes(arguments[1])); return row ? text(row) : null;",
        callbackRows(referenceId),
        outcome);
  }

  void resendCallback(String referenceId) {
    awaitCallback(referenceId, "DELIVERED");
    browser.click(callbackRows(referenceId) + " button");
  }

  Optional<String> announcement() {
    String text = (String) query("return $('#announcer').textContent;");
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  // ---- keyboard, layout and accessibility ----

  /**
   * Presses Tab until the element has focus, as a keyboard user would; fails if it never gets it.
   */
  void tabTo(String css) {
    for (int presses = 0; presses < 40; presses++) {
      if (Boolean.TRUE.equals(query("return document.activeElement === $(arguments[0]);", css))) {
        return;
      }
      browser.press(Browser.TAB);
    }
    throw new AssertionError(css + " cannot be reached with the Tab key");
  }

  /** The tag name of the element with focus, e.g. "button". */
  String focusedElementTag() {
    return (String) query("return document.activeElement.tagName.toLowerCase();");
  }

  void pressEnter() {
    browser.press(Browser.ENTER);
  }

  /**
   * How far the page is wider than the window, in CSS pixels: more than 0 means sideways scrolling.
   */
  int horizontalOverflow() {
    return ((Number) query("return document.documentElement.scrollWidth - window.innerWidth;"))
        .intValue();
  }

  /** Waits until the page has been laid out for a window this wide (resizing is not instant). */
  void awaitViewportWidth(int width) {
    await(
        "a viewport " + width + " px wide",
        "return document.documentElement.clientWidth <= arguments[0]"
            + " && window.innerWidth === arguments[0];",
        width);
  }

  /**
   * The tables that need a sideways scroll to be read whole, by id: empty when every column is in
   * view.
   */
  List<String> tablesScrollingSideways() {
    return strings(
        query(
            "return $$('.table-wrap').filter(wrap => wrap.scrollWidth > wrap.clientWidth)"
                + ".map(wrap => wrap.querySelector('table').id);"));
  }

  /** The rendered height of every element matching the selector, in CSS pixels. */
  List<Double> heights(String css) {
    return ((JsonArray)
            query("return $$(arguments[0]).map(el => el.getBoundingClientRect().height);", css))
        .stream().map(height -> ((Number) height).doubleValue()).toList();
  }

  /**
   * What a screen-reader or keyboard user would trip over: fields without labels, labels for
   * nothing, click targets that are not buttons or links, buttons without a name, a page without a
   * language. Empty when there is nothing.
   */
  List<String> accessibilityProblems() {
    return strings(
        query(
            """
        const problems = [];
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '');
        if (!document.documentElement.lang) problems.push('the page has no lang');
        for (const field of $$('input:not([type=hidden]), select, textarea')) {
          if (field.labels.length === 0 && !field.hasAttribute('aria-label') && !field.hasAttribute('aria-labelledby'))
            problems.push('no label: ' + describe(field));
        }
        for (const label of $$('label')) {
          if (!label.control) problems.push('a label for nothing: ' + text(label));
        }
        for (const control of $$('[role=button], [onclick], [tabindex]:not([tabindex="-1"])')) {
          if (!['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY'].includes(control.tagName))
            problems.push('a click target that is not a button: ' + describe(control));
        }
        for (const button of $$('button')) {
          const name = button.getAttribute('aria-label') || button.textContent;
          if (!name.trim()) problems.push('a button without a name: ' + describe(button));
          if (!button.hasAttribute('type')) problems.push('a button without a type: ' + describe(button));
        }
        for (const link of $$('a')) {
          if (!link.hasAttribute('href')) problems.push('a link without an address: ' + describe(link));
        }
        for (const image of $$('img')) {
          if (!image.hasAttribute('alt')) problems.push('an image without alt text: ' + describe(image));
        }
        return problems;
        """));
  }

  // ---- what a picture of the page shows ----

  /** Where the first element matching the selector is, in CSS pixels of the document. */
  Picture.Box box(String css) {
    JsonObject box =
        (JsonObject)
            query(
                "const r = $(arguments[0]).getBoundingClientRect();"
                    + "return {x: r.left + window.scrollX, y: r.top + window.scrollY,"
                    + " width: r.width, height: r.height};",
                css);
    return new Picture.Box(
        box.getDouble("x"), box.getDouble("y"), box.getDouble("width"), box.getDouble("height"));
  }

  /** The whole document, in CSS pixels. */
  Picture.Box documentBox() {
    JsonObject size =
        (JsonObject)
            query(
                "const d = document.documentElement;"
                    + "return {width: d.scrollWidth, height: Math.ceil(d.getBoundingClientRect().height)};");
    return new Picture.Box(0, 0, size.getDouble("width"), size.getDouble("height"));
  }

  /** Device pixels per CSS pixel: the scale the browser draws, and takes pictures, at. */
  double devicePixelRatio() {
    return ((Number) query("return window.devicePixelRatio;")).doubleValue();
  }

  static String paymentRow(String referenceId) {
    return row(referenceId);
  }

  static String promptOf(String referenceId) {
    return prompt(referenceId);
  }

  static String callbackRowsOf(String referenceId) {
    return callbackRows(referenceId);
  }

  // ---- plumbing ----

  /** Types into a field, then waits until the field holds exactly that text. */
  private void fill(String css, String text) {
    browser.type(css, text);
    await(
        css + " to hold '" + text + "'",
        "return $(arguments[0]).value === arguments[1];",
        css,
        text);
  }

  private String awaitText(String what, String css) {
    return await(what, "const el = $(arguments[0]); return visible(el) ? text(el) : null;", css);
  }

  private void awaitHidden(String what, String css) {
    await(what, "return !visible($(arguments[0]));", css);
  }

  private Object query(String body, Object... args) {
    return browser.run(PRELUDE + body, args);
  }

  /** Runs the query until it returns something other than null or false, and returns that. */
  @SuppressWarnings("unchecked")
  private <T> T await(String what, String body, Object... args) {
    return (T) Browser.await(what, () -> query(body, args));
  }

  private static List<String> strings(Object array) {
    return ((JsonArray) array).stream().map(String::valueOf).toList();
  }
}
