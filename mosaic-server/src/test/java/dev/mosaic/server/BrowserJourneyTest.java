package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mosaic.testing.TestDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: headless Debian Chromium driven through its chromedriver against a server started
 * here, walking everything a person can do and asserting on what the page shows. Any JavaScript error or
 * Content-Security-Policy violation in the console fails the test. Screenshots at desktop and phone width go to
 * {@code target/screenshots/}. Without Chromium the test is skipped loudly, except under {@code CI=true}, where it
 * fails.
 */
class BrowserJourneyTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String[] RESUME = {"Sam Lee", "sam.lee@example.com", "EXPERIENCE",
        "Registered Nurse, St Ann's Hospital, 2019 - present",
        "- Cared for 4 critical care patients a shift in a 20-bed ICU, with telemetry and ventilators",
        "- Trained 6 new graduate nurses", "EDUCATION", "BSc Nursing, 2019", "SKILLS",
        "ACLS, BLS, critical care, telemetry, patient education, Epic"};

    private TestServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium or chromedriver is missing (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": CI must run the browser journey test");
            }
            System.err.println("\n*** SKIPPING the browser journey test: " + message + "\n");
            Assumptions.abort(message);
        }
        downloads = Files.createTempDirectory("mosaic-browser-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + downloads.resolve("profile"), "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPersonCanUseEveryFeatureFromTheBrowser() throws IOException {
        server = new TestServer();
        System.out.println("Browser journey: " + browser.getCapabilities().getBrowserName() + " "
                + browser.getCapabilities().getBrowserVersion() + " against " + server.uri("/"));
        open();
        assertThat(text("server-build")).contains("Mosaic");

        // Coach: two messages, the reply with where it came from and the signals that moved each metric.
        chat("I'm a registered nurse with 6 years in ICU and ACLS. I want a senior critical care role, and "
                + "I'll email two hiring managers by Friday.");
        // No library entry fits this well enough to answer outright: the coach offers the two likeliest situations,
        // one button each, and a click answers with the one chosen.
        WebElement asked = lastCoachReply();
        assertThat(asked.findElement(By.className("badge")).getText()).isEqualTo("clarifying question");
        assertThat(asked.findElements(By.cssSelector(".signals li"))).isNotEmpty();
        assertThat(asked.getText()).doesNotContain("Next step:");
        List<WebElement> options = asked.findElements(By.cssSelector(".options button"));
        assertThat(options).hasSize(2).extracting(WebElement::getText).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(asked.getText()).contains(label));
        String topic = options.get(0).getAttribute("data-topic");
        int replies = browser.findElements(By.cssSelector("#chat-log li.coach")).size();
        options.get(0).click();
        wait.until(d -> d.findElements(By.cssSelector("#chat-log li.coach")).size() == replies + 1);
        assertThat(asked.findElements(By.cssSelector(".options button"))).noneMatch(WebElement::isEnabled);
        WebElement first = lastCoachReply();
        assertThat(first.findElement(By.className("badge")).getText()).isEqualTo("prompt library");
        assertThat(first.getText()).contains(topic).contains("Next step:");
        String clarity = browser.findElement(By.cssSelector(".card[data-metric=clarity] .value")).getText();
        assertThat(clarity).matches("\\d+");
        String session = text("session-id");
        assertThat(session).matches("[0-9a-f]{32}");
        assertThat((String) js("return localStorage.getItem('mosaic.session')")).isEqualTo(session);
        chat("I emailed two hiring managers yesterday and applied to one ICU role.");
        wait.until(d -> d.findElements(By.cssSelector("#trend-chart polyline")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("#trend-chart circle"))).hasSize(9); // 3 metrics x 3 turns
        assertThat(text("trend-caption")).contains("strongest metric");

        // What Mosaic knows: the facts the person stated, each of which they can make it forget.
        browser.findElement(By.cssSelector("#known summary")).click();
        wait.until(d -> d.findElement(By.id("known-list")).getText().contains("registered nurse"));
        assertThat(text("known-list")).contains("Your role", "registered nurse", "Years of experience", "6");
        WebElement years = browser.findElements(By.cssSelector("#known-list li")).stream()
                .filter(item -> item.getText().contains("Years of experience")).findFirst().orElseThrow();
        years.findElement(By.tagName("button")).click();
        wait.until(d -> !d.findElement(By.id("known-list")).getText().contains("Years of experience"));
        assertThat(text("known-list")).contains("registered nurse");

        // The guided flow: start it, see its question, leave it.
        click("guided-start");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guided-leave")));
        assertThat(lastCoachReply().findElement(By.className("badge")).getText()).isEqualTo("guided flow");
        click("guided-leave");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guided-start")));
        assertThat(lastCoachReply().getText()).contains("You've left the guided flow");

        // Resume: upload a PDF, see what was read, get feedback.
        Path pdf = downloads.resolve("sam-lee-resume.pdf");
        Files.write(pdf, TestDocuments.pdf(RESUME, 1, false));
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toAbsolutePath().toString());
        click("upload-send");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-result")));
        assertThat(text("upload-result")).contains("Read sam-lee-resume.pdf", "application/pdf", "words");
        assertThat(browser.findElement(By.id("resume-text")).getDomProperty("value")).contains("Registered Nurse");
        click("resume-feedback");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-result")));
        assertThat(text("feedback-result")).containsPattern("Feedback: \\d+/100");

        // Opportunities with fit, reasons and missing skills; move one through the pipeline.
        click("jobs-find");
        wait.until(d -> !d.findElements(By.cssSelector("#job-list > li")).isEmpty());
        WebElement best = browser.findElement(By.cssSelector("#job-list > li"));
        assertThat(best.getText()).containsPattern("fit \\d+/100");
        assertThat(best.findElements(By.cssSelector("ul li"))).as("reasons").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#job-list .missing"))).as("missing skills").isNotEmpty();
        int shown = browser.findElements(By.cssSelector("#job-list > li")).size();
        click("jobs-more");
        assertThat(browser.findElements(By.cssSelector("#job-list > li")).size()).as("all opportunities")
                .isGreaterThan(shown);
        click("jobs-more");
        best = browser.findElement(By.cssSelector("#job-list > li"));
        String role = best.findElement(By.className("title")).getText();
        new Select(best.findElement(By.tagName("select"))).selectByValue("interviewing");
        best.findElement(By.cssSelector("input[type=text]")).sendKeys("Panel on Tuesday");
        best.findElement(By.tagName("button")).click();
        wait.until(d -> d.findElement(By.id("pipeline")).getText().contains("interviewing"));
        assertThat(text("pipeline")).contains("Panel on Tuesday");

        // Rewrite and tailor: versions listed, a version side by side with its source.
        click("resume-rewrite");
        wait.until(d -> d.findElements(By.cssSelector("#version-list button")).size() >= 2); // feedback + rewrite
        assertThat(browser.findElement(By.id("compare")).isDisplayed()).isTrue();
        assertThat(text("compare-source")).contains("Registered Nurse");
        assertThat(text("compare-version")).isNotBlank();
        int versions = browser.findElements(By.cssSelector("#version-list button")).size();
        new Select(browser.findElement(By.id("tailor-job"))).selectByIndex(0);
        click("resume-tailor");
        wait.until(d -> d.findElements(By.cssSelector("#version-list button")).size() == versions + 1);
        assertThat(text("version-list")).contains(role.substring(role.indexOf(" — ") + 3)); // the company

        // The session summary.
        click("summary-load");
        wait.until(d -> d.findElement(By.id("summary-list")).getText().contains("Job matches"));
        assertThat(text("summary-list")).contains("sam-lee-resume.pdf", "clarity");

        js("window.scrollTo(0, 0)");
        Files.write(SCREENSHOTS.resolve("mosaic-desktop-top.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        screenshot("desktop", 1280);
        browser.manage().window().setSize(new Dimension(375, 812));
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        screenshot("phone", 375);
        browser.manage().window().setSize(new Dimension(1280, 900));

        // Erasing the session asks first; cancelling keeps everything, confirming deletes it on the server.
        click("erase");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erase-dialog")));
        click("erase-cancel");
        assertThat(server.get("/session/summary", "X-Session-ID", session).statusCode()).isEqualTo(200);
        click("erase");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erase-confirm")));
        click("erase-confirm");
        wait.until(d -> d.findElement(By.id("status")).getText().contains("deleted"));
        assertThat(server.get("/session/summary", "X-Session-ID", session).statusCode()).isEqualTo(404);
        assertThat(text("session-id")).isEqualTo("none yet");
        assertThat(browser.findElements(By.cssSelector("#chat-log li"))).isEmpty();

        assertNoConsoleErrors();

        // The server goes away: the page says so in words, and keeps what the person typed.
        server.close();
        server = null;
        browser.findElement(By.id("chat-input")).sendKeys("Are you still there?");
        click("chat-send");
        wait.until(d -> d.findElement(By.id("status")).getText().contains("Cannot reach the Mosaic server"));
        assertThat(browser.findElement(By.id("chat-input")).getDomProperty("value")).isEqualTo("Are you still there?");
    }

    @Test
    void careRepliesAreCalmAndOffTopicMessagesAreDeclinedPlainly() throws IOException {
        server = new TestServer(Map.of("MOSAIC_CARE_REGION", "gb"), Clock.systemUTC());
        open();
        chat("I'm a data analyst and I want to move into a product manager role within a year.");
        assertThat(browser.findElement(By.id("metric-cards")).isDisplayed()).isTrue();

        // A crisis: the fixed reply, the region's resources as a list, no next step, the metrics out of the way.
        chat("I have been thinking about ending my life since I lost my job");
        WebElement crisis = lastCoachReply();
        assertThat(crisis.getDomAttribute("class")).contains("care");
        assertThat(crisis.findElement(By.className("badge")).getText()).isEqualTo("care");
        assertThat(crisis.getText()).contains("You matter", "bigger than any career question", "I'm here");
        List<WebElement> resources = crisis.findElements(By.cssSelector(".resources li"));
        assertThat(resources).extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("Samaritans", "116 123"))
                .anySatisfy(line -> assertThat(line).contains("Emergency services", "999"));
        assertThat(crisis.findElement(By.cssSelector("[aria-label='Where to get help now']")).isDisplayed()).isTrue();
        assertThat(crisis.findElements(By.className("next"))).isEmpty();
        assertThat(crisis.getText()).doesNotContain("Next step", "- Samaritans");
        assertThat(browser.findElement(By.id("metric-cards")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("trend-chart")).isDisplayed()).isFalse();
        screenshot("care-crisis", 1280);

        // Off-topic: said plainly, no next step; the page stays calm.
        chat("what's 17 times 23?");
        WebElement declined = lastCoachReply();
        assertThat(declined.findElement(By.className("badge")).getText()).isEqualTo("not a career question");
        assertThat(declined.getText()).contains("career coach");
        assertThat(declined.findElements(By.className("next"))).isEmpty();
        assertThat(browser.findElement(By.id("metric-cards")).isDisplayed()).isFalse();

        // Back to careers: the first answer is gentle, without a next step; the one after brings the metrics back.
        chat("How do I prepare for a product manager interview?");
        assertThat(lastCoachReply().findElements(By.className("next"))).isEmpty();
        assertThat(browser.findElement(By.id("metric-cards")).isDisplayed()).isFalse();
        chat("How long should my CV be for product manager roles?");
        assertThat(lastCoachReply().getText()).contains("Next step:");
        assertThat(browser.findElement(By.id("metric-cards")).isDisplayed()).isTrue();

        // Where to turn is always one click away, whatever the triage made of a message.
        browser.findElement(By.cssSelector("#help summary")).click();
        assertThat(browser.findElements(By.cssSelector("#help-resources li"))).extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("Samaritans", "116 123"));
        assertNoConsoleErrors();
    }

    @Test
    void rateLimitsAreExplainedWithTheWait() {
        server = new TestServer(Map.of("MOSAIC_RATE_LIMIT_PER_SESSION", "2"), Clock.systemUTC());
        open();
        for (int i = 0; i < 3 && !text("status").contains("Too many requests"); i++) {
            chatAndWait("I want to move into data analysis, message " + i);
        }
        assertThat(text("status")).containsPattern("Too many requests\\. Please try again in \\d+ seconds?\\.");
        assertThat(browser.findElement(By.id("status")).getAttribute("role")).isEqualTo("alert");
        assertNoConsoleErrors();
    }

    @Test
    void thePageIsUsableFromTheKeyboardAndEveryControlHasALabel() {
        server = new TestServer();
        open();
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to the coach");
        assertThat(focused.getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
        List<?> unlabelled = (List<?>) js("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id)");
        assertThat(unlabelled).isEmpty();
        // Type and send a message with the keyboard only.
        browser.findElement(By.id("chat-input")).sendKeys("I feel stuck and want a new direction");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("chat-send");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#chat-log li.coach")).size() == 1);
        assertThat(lowContrastText()).as("text under WCAG AA contrast (4.5:1)").isEmpty();
        assertNoConsoleErrors();
    }

    /** Every visible element with text of its own whose colour on its background is under 4.5:1 (WCAG 2 AA). */
    private List<?> lowContrastText() {
        return (List<?>) js("""
                const rgb = (s) => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                  const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
                const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
                const background = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                  if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
                const low = [];
                for (const e of document.querySelectorAll('body *')) {
                  if (!(e instanceof HTMLElement) || e.offsetParent === null || e.disabled) continue;
                  if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
                  const a = lum(rgb(getComputedStyle(e).color)); const b = lum(background(e));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  if (ratio < 4.5) low.push(`${e.tagName}#${e.id}.${e.className} ${ratio.toFixed(2)}: ${e.textContent.trim().slice(0, 40)}`);
                }
                return low;""");
    }

    private void open() {
        browser.get(server.uri("/").toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Sends a message and waits for the coach's reply to appear. */
    private void chat(String message) {
        int before = browser.findElements(By.cssSelector("#chat-log li.coach")).size();
        chatAndWait(message);
        wait.until(d -> d.findElements(By.cssSelector("#chat-log li.coach")).size() == before + 1);
    }

    /** Sends a message and waits until the page is ready for the next one, whatever the answer was. */
    private void chatAndWait(String message) {
        WebElement input = browser.findElement(By.id("chat-input"));
        input.clear();
        input.sendKeys(message);
        click("chat-send");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("chat-send")));
    }

    private WebElement lastCoachReply() {
        List<WebElement> replies = browser.findElements(By.cssSelector("#chat-log li.coach"));
        assertThat(replies).isNotEmpty();
        return replies.get(replies.size() - 1);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** A screenshot of the whole page at this width (the window is made as tall as the page first). */
    private void screenshot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        int height = ((Number) js("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(width, Math.min(height + 20, 12_000)));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("mosaic-" + name + ".png"), png);
    }

    /** Console errors and warnings of the page: script errors, CSP violations, failed loads. */
    private void assertNoConsoleErrors() {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                // The failed requests the test provokes on purpose (404 after erasure, 429) are logged by Chromium.
                .filter(message -> !message.matches(".*the server responded with a status of (404|429).*"))
                .toList();
        assertThat(problems).as("console errors").isEmpty();
    }
}
