package io.github.eduroadmap.imports.internal.markdown;

import io.github.eduroadmap.imports.internal.table.Layout;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link SourceDocument} as GitHub-flavoured Markdown: paragraphs, then the table as a pipe table.
 *
 * <p>Markdown has one header row and no merged cells: the grid's first row is the header; a cell spanning columns
 * is its text followed by empty cells; a section row is its text in bold in the first column; a cell merged from
 * above is empty. Line breaks inside a cell become {@code <br>}, inside a paragraph a backslash hard break. Markdown's
 * punctuation is escaped with a backslash so that the text shows as it is: {@code \ ` * _ [ ] < > |}, {@code &} as
 * {@code &amp;}, and a line that would start a heading, quote or list. Markdown is for reading; it is not read back.
 */
public final class MarkdownWriter {

    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d+)([.)])");

    /** Creates a writer. */
    public MarkdownWriter() {}

    /**
     * Writes a document in UTF-8 with LF line ends.
     *
     * @param document the document
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(SourceDocument document, OutputStream out) {
        try {
            out.write(toMarkdown(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a document as Markdown.
     *
     * @param document the document
     * @return the Markdown text, ending with a line break
     */
    public String toMarkdown(SourceDocument document) {
        StringBuilder md = new StringBuilder();
        for (SourceBlock block : document.blocks()) {
            if (md.length() > 0) {
                md.append('\n');
            }
            if (block instanceof SourceBlock.Paragraph p) {
                String[] lines = p.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    md.append(lineStart(escape(lines[i].strip())));
                    md.append(i + 1 < lines.length ? "\\\n" : "\n");
                }
            } else if (block instanceof SourceBlock.Grid g) {
                table(md, g);
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, SourceBlock.Grid g) {
        int width = Layout.width(g);
        if (g.rows().isEmpty()) {
            return;
        }
        row(md, g.rows().get(0), width, false);
        md.append('|');
        for (int i = 0; i < width; i++) {
            md.append(" --- |");
        }
        md.append('\n');
        for (SourceBlock.Row row : g.rows().subList(1, g.rows().size())) {
            row(md, row, width, Layout.isSection(row, width));
        }
    }

    private static void row(StringBuilder md, SourceBlock.Row row, int width, boolean section) {
        List<SourceCell> columns = Layout.byColumn(row, width);
        md.append('|');
        for (SourceCell c : columns) {
            String text = c == null || c.mergedFromAbove() ? "" : cell(c.text());
            if (section && !text.isEmpty()) {
                text = "**" + text + "**";
            }
            md.append(text.isEmpty() ? " |" : " " + text + " |");
        }
        md.append('\n');
    }

    private static String cell(String text) {
        String[] lines = text.strip().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append("<br>");
            }
            sb.append(escape(lines[i].strip()));
        }
        return sb.toString();
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '>':
                case '|':
                    sb.append('\\').append(c);
                    break;
                case '&':
                    sb.append("&amp;");
                    break;
                case '\t':
                    sb.append(' ');
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes what would make a paragraph's line a heading, list item or rule. */
    private static String lineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char c = line.charAt(0);
        if (c == '#' || c == '-' || c == '+' || c == '=' || c == '~') {
            return "\\" + line;
        }
        Matcher m = LIST_NUMBER.matcher(line);
        if (m.find()) {
            return m.group(1) + "\\" + line.substring(m.group(1).length());
        }
        return line;
    }
}
