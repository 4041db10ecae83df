package bank.bonafide.edge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Why the web container would refuse a request path before any application sees it, in words a client can act on.
 *
 * <p>Mirrors what Payara 6 refuses with a bare 400: Grizzly's URI decoder (UTF-8, the listener's {@code uri-encoding};
 * an encoded slash is refused while {@code encoded-slash-enabled} is off, the default) and the container's
 * normalisation (NUL, backslash, not starting with {@code /}, climbing above the root). A path this class passes is left
 * to the container exactly as before; the answer never quotes the path back.
 */
public final class UnservablePath {

    private UnservablePath() {
    }

    /**
     * @param rawPath the request path as it arrived (percent escapes not yet decoded, no query), one char per byte of
     *                the request line, as Grizzly reads it
     * @return the reason the path cannot be served, or empty when the container will take it
     */
    public static Optional<String> why(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of("The request has no path.");
        }
        Decoded decoded = decode(rawPath);
        if (decoded.refusal() != null) {
            return Optional.of(decoded.refusal());
        }
        String path = decoded.path();
        if (path.indexOf('\0') >= 0) {
            return Optional.of("The request path holds a NUL character.");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("The request path holds a backslash; paths separate their parts with '/'.");
        }
        if (path.charAt(0) != '/') {
            return Optional.of("The request path must start with '/'.");
        }
        return climbsAboveRoot(path)
                ? Optional.of("The request path climbs above the root of the server with '..'.")
                : Optional.empty();
    }

    /** The path with its escapes decoded as UTF-8, or why it cannot be decoded. */
    private record Decoded(String path, String refusal) {
    }

    private static Decoded decode(String rawPath) {
        if (rawPath.chars().allMatch(c -> c != '%' && c < 0x80)) {
            // Every request passes here: plain ASCII needs no decoding (nearly every path the applications serve).
            return new Decoded(rawPath, null);
        }
        byte[] bytes = new byte[rawPath.length()];
        int length = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            int b = rawPath.charAt(i);
            if (b == '%') {
                int high = i + 1 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int low = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return new Decoded(null, "The request path holds a '%' that is not followed by two hexadecimal digits.");
                }
                b = high * 16 + low;
                i += 2;
                if (b == '/') {
                    return new Decoded(null, "The request path holds an encoded slash (%2F), which this server does not accept.");
                }
            } else if (b > 0xFF) {
                // Not a byte: Grizzly never hands over such a char, and no UTF-8 decoding could produce the path.
                return new Decoded(null, NOT_UTF_8);
            }
            bytes[length++] = (byte) b;
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString(), null);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(null, NOT_UTF_8);
        }
    }

    private static final String NOT_UTF_8 = "The request path is not valid UTF-8 once its percent escapes are decoded.";

    /** "/a/../.." climbs out; "/a/./b/../c" and "//x" do not (adjacent slashes collapse, as the container does). */
    private static boolean climbsAboveRoot(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return true;
                }
                segments.pop();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.push(segment);
            }
        }
        return false;
    }
}
