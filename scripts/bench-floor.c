/* The floor for lantu's benchmark: libcmark-gfm parsing and rendering every page of a
 * corpus and writing it, with nothing else. Usage: bench-floor OUT PART PARTS FILE...
 * renders the files whose index % PARTS == PART (run one process per core). */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 5) { fprintf(stderr, "usage: %s OUT PART PARTS FILE...\n", argv[0]); return 2; }
    const char *out = argv[1];
    int part = atoi(argv[2]), parts = atoi(argv[3]);
    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tasklist"};
    for (int i = 4; i < argc; i++) {
        if ((i - 4) % parts != part) continue;
        FILE *in = fopen(argv[i], "rb");
        if (!in) { perror(argv[i]); return 1; }
        fseek(in, 0, SEEK_END);
        long size = ftell(in);
        fseek(in, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, in);
        fclose(in);
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
        for (int e = 0; e < 4; e++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[e]));
        cmark_parser_feed(parser, text, got);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
        char path[4096];
        snprintf(path, sizeof path, "%s/%d.html", out, i);
        FILE *o = fopen(path, "wb");
        fputs(html, o);
        fclose(o);
        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
        free(text);
    }
    return 0;
}
