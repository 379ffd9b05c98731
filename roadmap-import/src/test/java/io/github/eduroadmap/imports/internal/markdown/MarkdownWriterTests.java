package io.github.eduroadmap.imports.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.table.Golden;
import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTests {

    private final SourceDocument sample = Samples.roadmapLike();

    @Test
    void writesAGitHubTableWithEscapedPipesAndLineBreaks() throws IOException {
        String md = new MarkdownWriter().toMarkdown(sample);
        Golden.assertMatches(
                Path.of("src/test/resources/markdown/roadmap-like.golden.md"),
                md,
                "MarkdownWriterTests#writesAGitHubTableWithEscapedPipesAndLineBreaks");
    }

    @Test
    void escapesMarkdownSoTheTextShowsAsItIs() {
        assertThat(MarkdownWriter.escape("a|b *c* _d_ <br> [e] `f` \\ & x"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\<br\\> \\[e\\] \\`f\\` \\\\ &amp; x");
    }

    @Test
    void keepsParagraphLinesFromBecomingListsOrHeadings() {
        SourceDocument d = new SourceDocument(
                "t", List.of(new SourceBlock.Paragraph(1, "# не заголовок\n- не список\n1. не нумерация\nтекст")));
        assertThat(new MarkdownWriter().toMarkdown(d))
                .isEqualTo("\\# не заголовок\\\n\\- не список\\\n1\\. не нумерация\\\nтекст\n");
    }
}
