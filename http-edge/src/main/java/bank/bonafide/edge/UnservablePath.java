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
     * @param rawPath the request path as it arrived (percent escapes not yet decoded, no query); characters up to
     *                U+00FF stand for the bytes of the request line, as Grizzly reads it
     * @return the reason the path cannot be served, or empty when the container will take it
     */
    public static Optional<String> why(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of("The request has no path.");
        }
        byte[] bytes = new byte[rawPath.length() * 3];
        int length = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            int b;
            if (c == '%') {
                int high = i + 1 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int low = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return Optional.of("The request path holds a '%' that is not followed by two hexadecimal digits.");
                }
                b = high * 16 + low;
                i += 2;
                if (b == '/') {
                    return Optional.of("The request path holds an encoded slash (%2F), which this server does not accept.");
                }
            } else if (c > 0xFF) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                continue;
            } else {
                b = c;
            }
            bytes[length++] = (byte) b;
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Optional.of("The request path is not valid UTF-8 once its percent escapes are decoded.");
        }
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
