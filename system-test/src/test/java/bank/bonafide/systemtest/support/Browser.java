package bank.bonafide.systemtest.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded), with a fresh profile,
 * so each browser starts signed out.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() throws java.io.IOException {
        profile = Files.createTempDirectory("bonafide-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,1400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Fetches a link with this browser's session, as clicking its download would (headless Chromium saves no files). */
    public java.net.http.HttpResponse<byte[]> fetch(String url) throws java.io.IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Opens {@code url} and submits its JSF form {@code form} with {@code fields} (ids without the form's prefix) and
     * button {@code button}, with this browser's session, as the browser would; the response as the server sent it
     * (headers included, which the browser does not show).
     */
    public java.net.http.HttpResponse<String> submit(String url, String form, java.util.Map<String, String> fields, String button)
            throws java.io.IOException, InterruptedException {
        String page = new String(fetch(url).body(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!state.find()) {
            throw new AssertionError(url + " has no JSF form:\n" + page);
        }
        java.util.Map<String, String> posted = new java.util.LinkedHashMap<>();
        posted.put(form, form);
        fields.forEach((field, value) -> posted.put(form + ":" + field, value));
        posted.put(form + ":" + button, button);
        posted.put("jakarta.faces.ViewState", state.group(1));
        String body = posted.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .header("Cookie", cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url}; if Keycloak asks for a login, signs in as {@code user} (password user + "-demo"). */
    public void openSignedIn(String url, String user) {
        driver.get(url);
        if (!driver.findElements(By.id("kc-form-login")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(user + "-demo");
            driver.findElement(By.id("kc-login")).click();
        }
        waitUntil(d -> !d.getCurrentUrl().contains("/realms/") && !d.getCurrentUrl().contains("/Callback"));
    }

    /** Waits up to 30 s; a page replaced by a postback while the condition reads it counts as "not yet". */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waitUntil(condition, Duration.ofSeconds(30));
    }

    /** The same with a longer wait, for work the server does in the background (a report over months of figures). */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> replacedMidRead(() -> condition.apply(d)));
    }

    public void waitForText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> textPresent(d, locator, text));
        } catch (RuntimeException e) {
            throw new AssertionError("waiting for '" + text + "' in " + locator + "; the browser shows "
                    + driver.getCurrentUrl() + ":\n" + pageText(), e);
        }
    }

    /**
     * Like Selenium's textToBePresentInElementLocated, but also rides out chromedriver's "node does not belong to
     * the document" error, which it raises instead of a stale element when a postback replaces the page mid-read.
     */
    private static boolean textPresent(WebDriver d, By locator, String text) {
        return replacedMidRead(() -> !d.findElements(locator).isEmpty() && d.findElement(locator).getText().contains(text));
    }

    /** False instead of the errors a read raises when a postback replaces the page under it. */
    private static boolean replacedMidRead(java.util.function.Supplier<Boolean> read) {
        try {
            return read.get();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    private String pageText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return driver.getPageSource();
        }
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
