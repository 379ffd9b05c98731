package io.github.eduroadmap.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of a document: read whole, within the size limit, without a byte order mark, with the line and column of
 * any byte offset; YAML is also checked to be UTF-8 without control characters.
 */
public final class Input {

    /** The bytes; a UTF-8 byte order mark is removed. */
    public final byte[] bytes;

    /** The name of the source in messages. */
    public final String source;

    private Input(byte[] bytes, String source) {
        this.bytes = bytes;
        this.source = source;
    }

    /**
     * Reads a file whole.
     *
     * @param path the file
     * @param maxBytes the size limit
     * @return the input, named by the path as given
     * @throws UncheckedIOException when the file cannot be read
     * @throws ReadFailure when the file is larger than the limit
     */
    public static Input of(Path path, long maxBytes) {
        try {
            if (Files.size(path) <= maxBytes) {
                return checked(Files.readAllBytes(path), path.toString(), maxBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e, e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return of(in, path.toString(), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e, e);
        }
    }

    /**
     * Reads a stream whole; does not close it.
     *
     * @param in the stream
     * @param source the name in messages
     * @param maxBytes the size limit
     * @return the input
     * @throws UncheckedIOException when the stream fails
     * @throws ReadFailure when the stream holds more than the limit
     */
    public static Input of(InputStream in, String source, long maxBytes) {
        byte[] b;
        try {
            b = readAtMost(in, (int) maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e, e);
        }
        return checked(b, source, maxBytes);
    }

    /**
     * Takes bytes already in memory, without copying them (unless a byte order mark is to be removed).
     *
     * @param bytes the bytes
     * @param source the name in messages
     * @param maxBytes the size limit
     * @return the input
     * @throws ReadFailure when there are more bytes than the limit
     */
    public static Input of(byte[] bytes, String source, long maxBytes) {
        return checked(bytes, source, maxBytes);
    }

    /**
     * Reads up to {@code max} bytes; when the stream tells its size, into one array of that size, copied once.
     */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        int size = in.available();
        if (size <= 0 || size >= max) {
            return in.readNBytes(max);
        }
        byte[] b = new byte[size];
        int n = in.readNBytes(b, 0, size);
        if (n < size) {
            return Arrays.copyOf(b, n);
        }
        int next = in.read();
        if (next < 0) {
            return b;
        }
        byte[] rest = in.readNBytes(max - size - 1);
        byte[] all = Arrays.copyOf(b, size + 1 + rest.length);
        all[size] = (byte) next;
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    /**
     * Reads characters whole and encodes them as UTF-8; does not close the reader.
     *
     * @param reader the characters
     * @param source the name in messages
     * @param maxBytes the size limit, applied to the UTF-8 encoding
     * @return the input
     * @throws UncheckedIOException when the reader fails
     * @throws ReadFailure when the text is longer than the limit or holds an unpaired surrogate
     */
    public static Input of(Reader reader, String source, long maxBytes) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) >= 0) {
                sb.append(buf, 0, n);
                if (sb.length() > maxBytes) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e, e);
        }
        return of(sb, source, maxBytes);
    }

    /**
     * Encodes characters as UTF-8.
     *
     * @param text the characters
     * @param source the name in messages
     * @param maxBytes the size limit, applied to the UTF-8 encoding
     * @return the input
     * @throws ReadFailure when the text is longer than the limit or holds an unpaired surrogate
     */
    public static Input of(CharSequence text, String source, long maxBytes) {
        String s = text.toString();
        if (!hasSurrogate(s)) {
            return checked(s.getBytes(StandardCharsets.UTF_8), source, maxBytes);
        }
        CharsetEncoder enc = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer out;
        try {
            out = enc.encode(CharBuffer.wrap(s));
        } catch (CharacterCodingException e) {
            int at = firstUnpairedSurrogate(s);
            int[] lc = lineColumn(s, at);
            throw new ReadFailure(
                    lc[0],
                    lc[1],
                    "",
                    String.format("an unpaired surrogate U+%04X", (int) s.charAt(at)),
                    "Unicode text");
        }
        byte[] b = new byte[out.remaining()];
        out.get(b);
        return checked(b, source, maxBytes);
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int firstUnpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return 0;
    }

    private static int[] lineColumn(CharSequence s, int at) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static Input checked(byte[] b, String source, long maxBytes) {
        Input in = new Input(b, source);
        if (b.length > maxBytes) {
            int[] lc = in.lineColumn((int) maxBytes);
            throw new ReadFailure(
                    lc[0],
                    lc[1],
                    "",
                    "the document is larger than the limit of " + maxBytes + " bytes",
                    "at most " + maxBytes + " bytes (ReadLimits.maxDocumentBytes)");
        }
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (b.length >= 2
                && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw new ReadFailure(1, 1, "", "a UTF-16 byte order mark", "a document encoded in UTF-8");
        }
        return start == 0 ? in : new Input(Arrays.copyOfRange(b, start, b.length), source);
    }

    /**
     * Checks what the JSON parser lets through when it decodes UTF-8: overlong forms (C0, C1, E0 80-9F, F0 80-8F),
     * encoded surrogates (ED A0-BF) and code points past U+10FFFF (F4 90-BF, F5-FF). The parser itself refuses stray
     * and missing continuation bytes and control characters. Thirty-two bytes are looked at a time, with one branch:
     * the usual document has none of these lead bytes, so the check costs a fraction of parsing.
     *
     * @return this input
     * @throws ReadFailure at the first byte at fault
     */
    public Input checkedAsJsonText() {
        byte[] b = bytes;
        int n = b.length;
        int i = 0;
        for (; i + 32 <= n; i += 32) {
            long suspects = suspectLeads((long) LONGS.get(b, i))
                    | suspectLeads((long) LONGS.get(b, i + 8))
                    | suspectLeads((long) LONGS.get(b, i + 16))
                    | suspectLeads((long) LONGS.get(b, i + 24));
            if (suspects != 0) {
                checkLeads(i, i + 32);
            }
        }
        checkLeads(i, n);
        return this;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Returns the top bit of each of the eight bytes of {@code w} that is C0, C1 or E0 to FF, the only leads that
     * {@link #checkLeads} can refuse; exact, byte by byte, so Cyrillic (D0, D1) and "«»" (C2) are never suspects.
     */
    private static long suspectLeads(long w) {
        // bit 7 of a byte: the byte is C0 to FF (bits 7 and 6 set); the bits shifted across bytes are masked off
        long leads = w & (w << 1);
        // the low six bits with bit 5 flipped are at most 0x21 for C0, C1 and E0 to FF, and 0x22 to 0x3F for C2 to DF:
        // adding 0x5E sets bit 7 for the latter, and carries no byte into the next
        long fine = ((w ^ 0x2020202020202020L) & 0x3F3F3F3F3F3F3F3FL) + 0x5E5E5E5E5E5E5E5EL;
        return leads & ~fine & 0x8080808080808080L;
    }

    private void checkLeads(int from, int to) {
        byte[] b = bytes;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c < 0xC0 || c >= 0xC2 && c < 0xE0) {
                continue;
            }
            int next = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
            if (c < 0xC2
                    || c == 0xE0 && next < 0xA0
                    || c == 0xED && next >= 0xA0
                    || c == 0xF0 && next < 0x90
                    || c == 0xF4 && next >= 0x90
                    || c >= 0xF5) {
                int[] lc = lineColumn(i);
                throw new ReadFailure(
                        lc[0],
                        lc[1],
                        "",
                        String.format("invalid UTF-8: byte 0x%02X", c),
                        "well-formed UTF-8 (RFC 3629)");
            }
        }
    }

    /**
     * Checks that the bytes are well-formed UTF-8 without the characters YAML forbids, before a YAML parser decodes
     * them.
     *
     * @return this input
     * @throws ReadFailure at the first byte at fault
     */
    public Input checkedAsYamlText() {
        validate(0);
        return this;
    }

    /**
     * Checks the bytes from {@code start}: well-formed UTF-8 without control characters other than tab, line feed and
     * carriage return, and without the characters YAML forbids (DEL, C1 controls but NEL, U+FFFE, U+FFFF).
     */
    private void validate(int start) {
        byte[] b = bytes;
        int n = b.length;
        int i = start;
        while (i < n) {
            if (i + 8 <= n) {
                // eight bytes at a time while they are printable ASCII, line breaks, tabs and two-byte letters
                int fine = fineYamlBytes((long) LONGS.get(b, i));
                if (fine != 0) {
                    i += fine;
                    continue;
                }
            }
            int c = b[i];
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            if (c >= 0) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    fail(i, String.format("a control character U+%04X%s", c, c == 0 ? " (NUL)" : ""));
                }
                i++;
                continue;
            }
            if (c >= (byte) 0xC3 && c <= (byte) 0xDF && i + 1 < n && (b[i + 1] & 0xC0) == 0x80) {
                i += 2; // two bytes, neither overlong nor a C1 control: Cyrillic and most of Europe
                continue;
            }
            int cp;
            int len;
            if ((c & 0xE0) == 0xC0) {
                len = 2;
                cp = c & 0x1F;
            } else if ((c & 0xF0) == 0xE0) {
                len = 3;
                cp = c & 0x0F;
            } else if ((c & 0xF8) == 0xF0) {
                len = 4;
                cp = c & 0x07;
            } else {
                fail(i, String.format("invalid UTF-8: byte 0x%02X", c & 0xFF));
                return;
            }
            if (i + len > n) {
                fail(i, "invalid UTF-8: a sequence cut off by the end of the document");
            }
            for (int k = 1; k < len; k++) {
                int cc = b[i + k];
                if ((cc & 0xC0) != 0x80) {
                    fail(i, String.format("invalid UTF-8: byte 0x%02X", c & 0xFF));
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (len == 2 && cp < 0x80
                    || len == 3 && cp < 0x800
                    || len == 4 && (cp < 0x10000 || cp > 0x10FFFF)
                    || cp >= 0xD800 && cp <= 0xDFFF) {
                fail(i, String.format("invalid UTF-8: byte 0x%02X", c & 0xFF));
            }
            if (cp >= 0x80 && cp <= 0x9F && cp != 0x85) {
                fail(i, String.format("a control character U+%04X", cp));
            }
            if (cp == 0xFFFE || cp == 0xFFFF) {
                fail(i, String.format("a non-character U+%04X", cp));
            }
            i += len;
        }
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Tells how many of eight bytes, starting at a character boundary, are surely fine for {@link #validate}: 8, or 7
     * when the last is the lead of a letter that ends in the next eight, or 0 when a byte needs the byte-by-byte check.
     * Surely fine are printable ASCII (0x20 to 0x7E), tab, line feed, carriage return, and two-byte sequences whose
     * lead is C3 to DF (Cyrillic among them) followed by a continuation byte; every other lead (C0 to C2, which hold
     * the overlong forms and the C1 controls, and E0 to FF) and every misplaced continuation byte needs the check.
     *
     * @param w the eight bytes, the first in the lowest bits
     * @return 8, 7 or 0
     */
    static int fineYamlBytes(long w) {
        long high = w & HIGH_BITS; // not ASCII
        long bit6 = (w << 1) & HIGH_BITS;
        long bit5 = (w << 2) & HIGH_BITS;
        long continuation = high & ~bit6; // 10xxxxxx
        long lead = high & bit6; // 11xxxxxx
        // a lead of two bytes (bit 5 clear) whose low five bits are 3 or more: C3 to DF
        long twoByteLead = lead & ~bit5 & (((w & 0x1F1F1F1F1F1F1F1FL) + 0x7D7D7D7D7D7D7D7DL) & HIGH_BITS);
        if (lead != twoByteLead || continuation != twoByteLead << 8) {
            return 0;
        }
        // ASCII below 0x20 or DEL, other than tab, line feed and carriage return
        long control = ~high & ~((w & 0x7F7F7F7F7F7F7F7FL) + 0x6060606060606060L) & HIGH_BITS;
        long allowed = zeroBytes(w ^ 0x0909090909090909L)
                | zeroBytes(w ^ 0x0A0A0A0A0A0A0A0AL)
                | zeroBytes(w ^ 0x0D0D0D0D0D0D0D0DL);
        if ((control & ~allowed) != 0 || zeroBytes(w ^ 0x7F7F7F7F7F7F7F7FL) != 0) {
            return 0;
        }
        return twoByteLead < 0 ? 7 : 8; // the sign bit: the last byte is a lead
    }

    /** Returns the top bit of each byte of {@code x} that is zero, exactly. */
    private static long zeroBytes(long x) {
        return ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x) & HIGH_BITS;
    }

    private void fail(int at, String problem) {
        int[] lc = lineColumn(at);
        throw new ReadFailure(
                lc[0], lc[1], "", problem, "UTF-8 text without control characters but tab and line breaks");
    }

    /**
     * Returns the line and column of a byte offset: lines end at LF, CR LF or CR; columns count code points.
     *
     * @param offset the byte offset
     * @return {line, column}, both from 1
     */
    public int[] lineColumn(int offset) {
        byte[] b = bytes;
        int end = Math.min(offset, b.length);
        int line = 1;
        int col = 1;
        for (int i = 0; i < end; i++) {
            int c = b[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
                col = 1;
            } else if ((c & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
