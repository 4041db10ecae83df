package bank.bonafide.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session as the server sees it: cookies, the Keycloak sign-in form, JSF forms with their view state.
 * Redirects are followed by hand, so that a probe can see a redirect to the sign-in page for what it is.
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Cookies by name, for every server on 127.0.0.1 (as a browser keeps them: not by port). Kept by hand because the
     * JDK's CookieManager drops what Keycloak sets on a bare IP address and the session would never stick.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Opens {@code url} and signs in at Keycloak as {@code user}; the page first asked for, as the server answers it. */
    HttpResponse<String> signIn(String url, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(get(url));
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException(url + " did not lead to the Keycloak sign-in form: " + page.statusCode() + " " + page.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        return follow(post(action, Map.of("username", user, "password", password, "credentialId", "")));
    }

    /** The server's first answer to a GET, redirects not followed. */
    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** Submits JSF form {@code form} of the page at {@code url} with {@code fields} and {@code button}; the page it leads to. */
    HttpResponse<String> submit(String url, String form, Map<String, String> fields, String button) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(get(url));
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            String text = page.body().replaceAll("(?s)<(script|style).*?</\\1>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            throw new IllegalStateException(url + " has no JSF form (" + page.statusCode() + " " + page.uri() + "): "
                    + text.substring(0, Math.min(400, text.length())));
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(form, form);
        fields.forEach((field, value) -> posted.put(form + ":" + field, value));
        posted.put(form + ":" + button, button);
        posted.put("jakarta.faces.ViewState", state.group(1));
        return follow(post(page.uri().toString(), posted));
    }

    /**
     * Submits JSF form {@code form} of the page at {@code url} as a browser would: every field the page rendered with
     * its value (the selected option of a menu, the text of a box), {@code overrides} on top (short names, without the
     * form's prefix), and {@code button}. The view state is the page's own unless {@code viewState} forges one ("" leaves
     * it out). Returns the server's answer after redirects.
     */
    HttpResponse<String> submitAsBrowser(String url, String form, Map<String, String> overrides, String button, String viewState)
            throws IOException, InterruptedException {
        PreparedPost post = prepare(url, form, overrides, button);
        if (viewState != null) {
            if (viewState.isEmpty()) {
                post.fields().remove("jakarta.faces.ViewState");
            } else {
                post.fields().put("jakarta.faces.ViewState", viewState);
            }
        }
        return send(post);
    }

    /** A form post read off its page, ready to be sent: for drills that release several at the same moment. */
    record PreparedPost(String url, Map<String, String> fields) {
    }

    /** Opens the page and fills form {@code form} as {@link #submitAsBrowser} does, without sending it yet. */
    PreparedPost prepare(String url, String form, Map<String, String> overrides, String button) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(get(url));
        Map<String, String> posted = renderedFields(page.body(), form);
        if (posted.isEmpty()) {
            throw new IllegalStateException(url + " has no form " + form + " (" + page.statusCode() + " " + page.uri() + ")");
        }
        overrides.forEach((field, value) -> posted.put(form + ":" + field, value));
        posted.put(form + ":" + button, button);
        return new PreparedPost(page.uri().toString(), posted);
    }

    /** Sends a prepared post; the server's answer after redirects. */
    HttpResponse<String> send(PreparedPost post) throws IOException, InterruptedException {
        return follow(post(post.url(), post.fields()));
    }

    /** The page's own view state, for a forgery to be told apart from it. */
    String viewState(String url) throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(follow(get(url)).body());
        return state.find() ? state.group(1) : "";
    }

    private static final Pattern FORM = Pattern.compile("(?s)<form[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea([^>]*)>(.*?)</textarea>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>");

    /** Every field of the form as the page rendered it (name to value), as a browser would send it unchanged. */
    static Map<String, String> renderedFields(String html, String formId) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (!form.group(1).equals(formId)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String body = form.group(2);
            for (Matcher input = INPUT.matcher(body); input.find(); ) {
                String attributes = input.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null || "file".equals(type) || "submit".equals(type) || "button".equals(type)
                        || ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
                    continue;
                }
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? ("checkbox".equals(type) ? "on" : "") : unescape(value));
            }
            for (Matcher area = TEXTAREA.matcher(body); area.find(); ) {
                String name = attribute(area.group(1), "name");
                if (name != null) {
                    fields.put(name, unescape(area.group(2)));
                }
            }
            for (Matcher select = SELECT.matcher(body); select.find(); ) {
                String name = attribute(select.group(1), "name");
                String chosen = null;
                for (Matcher option = OPTION.matcher(select.group(2)); option.find(); ) {
                    String value = attribute(option.group(1), "value");
                    if (chosen == null || option.group(1).contains("selected")) {
                        chosen = value;
                    }
                }
                if (name != null && chosen != null) {
                    fields.put(name, unescape(chosen));
                }
            }
            Matcher state = VIEW_STATE.matcher(body);
            if (state.find()) {
                fields.put("jakarta.faces.ViewState", state.group(1));
            }
            return fields;
        }
        return new LinkedHashMap<>();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            String attributes = set.toLowerCase(java.util.Locale.ROOT);
            if (value.isEmpty() || attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(response.uri().resolve(location).toString());
        }
        return response;
    }

    /** What a person reads on the page: the text without markup, scripts and styles. */
    static String visibleText(String html) {
        return html == null ? "" : html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Whether an answer sends the browser to Keycloak's sign-in (or refuses outright) instead of showing the page. */
    static boolean signedOut(HttpResponse<String> answer) {
        return answer.statusCode() == 401 || answer.statusCode() == 403
                || answer.statusCode() / 100 == 3 && answer.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth");
    }
}
